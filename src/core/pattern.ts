// Text patterns and code conditions (reply code, status, provider code) of the rule tables
// compiled to data, and the few functions that test them.
//
// Why data and not one closure per pattern: V8 keeps type feedback and optimised code per
// closure, so hundreds of pattern closures each start cold in the interpreter and warm up one by
// one; a single runPattern() warms up once for every table (issue 3 speed target).

import type { Condition, TextPattern } from './types.ts';

/** A text hit in the normalised text. */
export interface Hit {
  start: number;
  end: number;
}

const LITERAL = 0;
const REGEXP = 1;
const SEQUENCE = 2;

/** One shape for every kind, so the code that reads it sees one object layout. */
export interface PatternCode {
  kind: typeof LITERAL | typeof REGEXP | typeof SEQUENCE;
  /** LITERAL: the lower-case string. */
  literal: string;
  /** REGEXP: the expression without the `g` flag (exec starts at 0 every time). */
  re: RegExp | null;
  /** SEQUENCE: lower-case strings that must occur in this order. */
  parts: readonly string[];
}

export function compilePatternCode(p: TextPattern): PatternCode {
  if (typeof p === 'string') return { kind: LITERAL, literal: p.toLowerCase(), re: null, parts: [] };
  if (p instanceof RegExp) return { kind: REGEXP, literal: '', re: new RegExp(p.source, p.flags.replace('g', '')), parts: [] };
  return { kind: SEQUENCE, literal: '', re: null, parts: (p as readonly string[]).map((s) => s.toLowerCase()) };
}

export function runPattern(p: PatternCode, text: string): Hit[] | null {
  if (p.kind === LITERAL) {
    const i = text.indexOf(p.literal);
    return i < 0 ? null : [{ start: i, end: i + p.literal.length }];
  }
  if (p.kind === REGEXP) {
    const m = p.re!.exec(text);
    return m ? [{ start: m.index, end: m.index + m[0].length }] : null;
  }
  const hits: Hit[] = [];
  let from = 0;
  for (const part of p.parts) {
    const i = text.indexOf(part, from);
    if (i < 0) return null;
    hits.push({ start: i, end: i + part.length });
    from = i + part.length;
  }
  return hits;
}

/** True when one of `res` matches all of a non-empty `code`. */
export function anyTest(res: readonly RegExp[], code: string): boolean {
  if (code === '') return false;
  for (const re of res) if (re.test(code)) return true;
  return false;
}

/** A provider-code condition: an expression, or the set of codes (upper case). */
export interface ProviderCodeTest {
  re: RegExp | null;
  codes: ReadonlySet<string> | null;
}

/** `5xx`, `55x`, `554`: x stands for any digit. */
export function codeTest(list: readonly string[]): RegExp[] {
  return list.map((c) => new RegExp(`^${c.toLowerCase().replace(/x/g, '\\d')}$`));
}

/**
 * `5.7.1`, `5.7.*`, `*.7.1`, `4.7.5*`, `5.7.6??` style: `*` stands for one whole part or the rest of a part,
 * `?` for exactly one digit (so `5.7.6??` is Microsoft's 5.7.600–699 range and not 5.7.64).
 */
export function statusTest(list: readonly string[]): RegExp[] {
  return list.map(
    (c) =>
      new RegExp(
        `^${c
          .split('.')
          .map((part) => (part === '*' ? '\\d+' : part.replace(/\?/g, '\\d').replace(/\*/g, '\\d*')))
          .join('\\.')}$`,
      ),
  );
}

export function providerCodeTest(spec: NonNullable<Condition['providerCode']>): ProviderCodeTest {
  if (spec instanceof RegExp) return { re: new RegExp(spec.source, spec.flags.replace('g', '')), codes: null };
  return { re: null, codes: new Set((spec as readonly string[]).map((s) => s.toUpperCase())) };
}

export function providerCodeOf(test: ProviderCodeTest, codes: string[]): string | null {
  for (const c of codes) if (test.re ? test.re.test(c) : test.codes!.has(c)) return c;
  return null;
}
