// Folds a bounce text into one lower-case line for matching, keeping a map back to the
// caller's offsets so every piece of evidence can point at the original text.
//
// Why: servers fold long replies. Gmail repeats the code on every line (`550-5.7.26 ...`,
// last line `550 5.7.26 ...`), GMX repeats `554-` (providers.md §10), Postfix wraps at 78
// columns. A phrase split over such a fold must still match (pages.md §1).

export interface Normalized {
  /** Lower case, white space folded to single spaces, continuation prefixes removed. */
  text: string;
  /** `map[i]` is the offset in the original of `text[i]`; `map[text.length]` is the original length. */
  map: Int32Array;
}

const FIRST_REPLY = /(?:^|[\s;:(<"'[=#])([245]\d\d)([ -])(?:#?([245]\.\d{1,3}\.\d{1,3})\b)?/;

/** Ranges `[start, end)` of repeated `NNN-x.y.z` continuation prefixes to drop. */
function continuationRanges(input: string): Array<[number, number]> {
  const first = FIRST_REPLY.exec(input);
  if (!first || first[2] !== '-') return [];
  const code = first[1] ?? '';
  const status = first[3] ?? '';
  const firstEnd = first.index + first[0].length;
  // A later `NNN-` or final `NNN ` preceded by white space, optionally followed by the same status.
  const statusPart = status ? `(?:#?${status.replace(/\./g, '\\.')}\\s)?` : '';
  const re = new RegExp(`(?<=\\s)${code}[ -]${statusPart}`, 'g');
  re.lastIndex = firstEnd;
  const ranges: Array<[number, number]> = [];
  for (let m = re.exec(input); m; m = re.exec(input)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

export function normalize(input: string): Normalized {
  const ranges = continuationRanges(input);
  let out = '';
  // Lower-casing may lengthen a non-ASCII character (U+0130 → 2 code units); 3x is the bound.
  let map = new Int32Array(input.length + 1);
  let n = 0;
  const put = (s: string, at: number) => {
    if (n + s.length >= map.length) {
      const bigger = new Int32Array(map.length * 3 + 4);
      bigger.set(map);
      map = bigger;
    }
    out += s;
    for (let k = 0; k < s.length; k++) map[n++] = at;
  };
  let r = 0;
  let pendingSpace = -1; // original offset of a white-space run not yet written
  let runStart = -1; // start of a run of plain lower-case ASCII copied as one slice
  const flush = (end: number) => {
    if (runStart < 0) return;
    const len = end - runStart;
    if (n + len >= map.length) {
      const bigger = new Int32Array((n + len) * 3 + 4);
      bigger.set(map);
      map = bigger;
    }
    out += input.slice(runStart, end);
    for (let k = runStart; k < end; k++) map[n++] = k;
    runStart = -1;
  };
  for (let i = 0; i < input.length; i++) {
    const range = ranges[r];
    if (range && i >= range[0]) {
      if (i < range[1]) {
        flush(i);
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      r++;
    }
    const code = input.charCodeAt(i);
    // White space and control characters (binary input) both fold into one space.
    if (code <= 32 || code === 0x7f || code === 0xa0 || code === 0x2028 || code === 0x2029) {
      flush(i);
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (n > 0) put(' ', pendingSpace);
      pendingSpace = -1;
    }
    if (code < 128 && !(code >= 65 && code <= 90)) {
      if (runStart < 0) runStart = i;
      continue;
    }
    flush(i);
    put(code < 128 ? String.fromCharCode(code + 32) : (input[i] ?? '').toLowerCase(), i);
  }
  flush(input.length);
  map[n] = input.length;
  return { text: out, map: map.slice(0, n + 1) };
}

/** Maps a `[start, end)` range of the normalised text back to the original. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start] ?? 0;
  const lastChar = n.map[Math.max(start, end - 1)] ?? s;
  return [s, end > start ? lastChar + 1 : s];
}
