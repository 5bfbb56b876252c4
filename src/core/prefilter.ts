// Literal prefilter for text patterns: for each pattern, a few lower-case literals of which at
// least one must occur in any text the pattern matches. A rule whose literals are all absent is
// skipped without running its regular expressions (issue 3: "never run every pattern on every
// line"). The literals are read from the pattern itself, so tables need no extra data, and a
// pattern whose literals cannot be told (`null`) is always run: the prefilter only ever skips
// rules that could not match.

import type { TextPattern } from './types.ts';

const NON_LITERAL_ESCAPES = /[bBdDsSwWnrtvf0-9pPuxck]/;
// Sticky: read at an index without slicing the source (slicing made long alternations quadratic).
const QUANTIFIER = /(?:[?*+]|\{\d+(?:,\d*)?\})/y;

/** The quantifier that starts at `i` of `src`, or "". */
function quantifierAt(src: string, i: number): string {
  QUANTIFIER.lastIndex = i;
  return QUANTIFIER.exec(src)?.[0] ?? '';
}

/** Index just past the group or class that opens at `i` (`(` or `[`), escapes respected. */
function closeOf(src: string, i: number): number {
  if (src[i] === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') j = closeOf(src, j) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return src.length;
}

/** Top-level alternatives of a source. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[' || c === '(') j = closeOf(src, j) - 1;
    else if (c === '|') {
      out.push(src.slice(start, j));
      start = j + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** Optional when followed by `?`, `*` or `{0,...}`. */
function optional(q: string): boolean {
  return q === '?' || q === '*' || q.startsWith('{0');
}

/** Literals one of which every match of this alternative contains, or null. */
function alternativeNeedles(alt: string): string[] | null {
  let run = '';
  let best = '';
  const groups: string[] = [];
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < alt.length; ) {
    const c = alt[i]!;
    let literal: string | null = null;
    let atom = true;
    let next = i + 1;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      next = i + 2;
      if (!NON_LITERAL_ESCAPES.test(e)) literal = e;
      // Escapes that span more characters: \xHH, \uHHHH, \u{...}, \p{...}, \cX, \k<name>.
      else if (e === 'x') next = i + 4;
      else if (e === 'u') next = alt[i + 2] === '{' ? alt.indexOf('}', i) + 1 : i + 6;
      else if ((e === 'p' || e === 'P') && alt[i + 2] === '{') next = alt.indexOf('}', i) + 1;
      else if (e === 'c') next = i + 3;
      else if (e === 'k' && alt[i + 2] === '<') next = alt.indexOf('>', i) + 1;
    } else if (c === '[' || c === '(') {
      next = closeOf(alt, i);
    } else if (c === '^' || c === '$' || c === '?' || c === '*' || c === '+' || (c === '{' && quantifierAt(alt, i) !== '')) {
      // Anchors, and quantifiers already consumed (a stray one is skipped).
      atom = false;
      if (c === '{') next = i + quantifierAt(alt, i).length;
    } else if (c !== '.') {
      literal = c;
    }
    const q = atom ? quantifierAt(alt, next) : '';
    if (c === '(') {
      const inner = alt.slice(i + 1, next - 1);
      // Look-arounds assert; they never consume a required literal of their own.
      if (!optional(q) && !/^\?(?:[=!]|<[=!])/.test(inner)) groups.push(inner.replace(/^\?(?::|<[^>]*>)/, ''));
    }
    if (literal !== null && !optional(q)) {
      run += literal.toLowerCase();
      if (q) endRun();
    } else endRun();
    i = next + q.length;
    // A lazy marker after a quantifier.
    if (q && alt[i] === '?') i++;
  }
  endRun();
  if (best.length >= 3) return [best];
  for (const g of groups) {
    const inner = sourceNeedles(g);
    if (inner && inner.every((n) => n.length >= 3)) return inner;
  }
  return best ? [best] : null;
}

function sourceNeedles(src: string): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(src)) {
    const n = alternativeNeedles(alt);
    if (!n) return null;
    out.push(...n);
  }
  return out;
}

/** Lower-case literals one of which any text matching `p` contains; null when unknown. */
export function needlesOf(p: TextPattern): string[] | null {
  if (typeof p === 'string') return [p.toLowerCase()];
  if (p instanceof RegExp) return /[uv]/.test(p.flags) ? null : sourceNeedles(p.source);
  const parts = (p as readonly string[]).map((s) => s.toLowerCase());
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest ? [longest] : null;
}

/** The union over any-of patterns; null if one of them cannot be told. */
export function needlesOfAll(list: readonly TextPattern[]): string[] | null {
  const out = new Set<string>();
  for (const p of list) {
    const n = needlesOf(p);
    if (!n) return null;
    for (const s of n) out.add(s);
  }
  return [...out];
}
