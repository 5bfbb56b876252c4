// One scan of a text finds every prefilter literal (prefilter.ts) it contains, for all rules at once
// (issue 3: "a combined prefilter ... never run every pattern on every line"). Before, each rule
// searched the text for its own literals, so one text was searched a few hundred times; now the
// literals are indexed by a hash of their first three characters (clashes are checked), the text
// is walked once, and each rule asks whether one of its literal ids was seen.
//
// Literals are interned once, when a rule is compiled; the index is shared by every compiled
// rule, so rules of any registry (tests build their own) can use it.

/** Literal → id. */
const ids = new Map<string, number>();
const literals: string[] = [];
/**
 * Literals of three or more characters, chained by a hash of their first three: `heads[h]` is the
 * first id of chain h (-1: none), `next[id]` the id after it. Flat typed arrays, not a Map: the
 * scan looks up one key per character of the text.
 */
const HEAD_BITS = 12;
const heads = new Int32Array(1 << HEAD_BITS).fill(-1);
let next = new Int32Array(64);
/** Literals shorter than three characters: looked for with `includes`. */
const short: number[] = [];

/** The text of the last scan, and per literal id the scan number that saw it. */
let scanned: string | null = null;
let scan = 0;
let seen = new Uint32Array(64);

function headHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - HEAD_BITS);
}

/** The id of a literal, adding it to the index the first time. */
export function internNeedle(literal: string): number {
  let id = ids.get(literal);
  if (id !== undefined) return id;
  id = literals.length;
  literals.push(literal);
  ids.set(literal, id);
  if (id >= seen.length) {
    const bigger = new Uint32Array(seen.length * 2);
    bigger.set(seen);
    seen = bigger;
    const biggerNext = new Int32Array(next.length * 2);
    biggerNext.set(next);
    next = biggerNext;
  }
  if (literal.length < 3) short.push(id);
  else {
    const h = headHash(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2));
    next[id] = heads[h]!;
    heads[h] = id;
  }
  // A literal added after a scan was not looked for in it.
  scanned = null;
  return id;
}

function scanText(text: string): void {
  scanned = text;
  scan++;
  if (scan === 0xffffffff) {
    seen.fill(0);
    scan = 1;
  }
  for (const id of short) if (text.includes(literals[id]!)) seen[id] = scan;
  const last = text.length - 3;
  if (last < 0) return;
  let b = text.charCodeAt(0);
  let c = text.charCodeAt(1);
  for (let i = 0; i <= last; i++) {
    const a = b;
    b = c;
    c = text.charCodeAt(i + 2);
    for (let id = heads[headHash(a, b, c)]!; id >= 0; id = next[id]!) {
      if (seen[id] !== scan && text.startsWith(literals[id]!, i)) seen[id] = scan;
    }
  }
}

/** True when `text` contains at least one of the literals `needleIds` names. */
export function containsAny(text: string, needleIds: readonly number[]): boolean {
  if (text !== scanned) scanText(text);
  for (const id of needleIds) if (seen[id] === scan) return true;
  return false;
}
