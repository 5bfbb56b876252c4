// One scan of a text finds every prefilter literal (prefilter.ts) it contains, for all rules at once
// (issue 3: "a combined prefilter ... never run every pattern on every line"). Before, each rule
// searched the text for its own literals, so one text was searched a few hundred times; now the
// literals are indexed by their first three characters, the text is walked once, and each rule
// asks whether one of its literal ids was seen.
//
// Literals are interned once, when a rule is compiled; the index is shared by every compiled
// rule, so rules of any registry (tests build their own) can use it.

/** Literal → id. */
const ids = new Map<string, number>();
const literals: string[] = [];
/** Key of a literal's first three characters → ids of the literals that start with them. */
const byHead = new Map<number, number[]>();
/** Literals shorter than three characters: looked for with `includes`. */
const short: number[] = [];

/** The text of the last scan, and per literal id the scan number that saw it. */
let scanned: string | null = null;
let scan = 0;
let seen = new Uint32Array(64);

/** Three UTF-16 units folded into one small integer (a Map key V8 keeps unboxed); clashes are checked by startsWith. */
function headKey(a: number, b: number, c: number): number {
  return ((a & 0x3ff) << 20) | ((b & 0x3ff) << 10) | (c & 0x3ff);
}

/** The id of a literal, adding it to the index the first time. */
export function internNeedle(literal: string): number {
  let id = ids.get(literal);
  if (id !== undefined) return id;
  id = literals.length;
  literals.push(literal);
  ids.set(literal, id);
  if (literal.length < 3) short.push(id);
  else {
    const key = headKey(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2));
    const list = byHead.get(key);
    if (list) list.push(id);
    else byHead.set(key, [id]);
  }
  if (id >= seen.length) {
    const bigger = new Uint32Array(seen.length * 2);
    bigger.set(seen);
    seen = bigger;
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
    const list = byHead.get(headKey(a, b, c));
    if (list === undefined) continue;
    for (const id of list) {
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
