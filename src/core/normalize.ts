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
  const out: string[] = [];
  const map: number[] = [];
  let r = 0;
  let pendingSpace = -1; // original offset of a white-space run not yet written
  for (let i = 0; i < input.length; i++) {
    const range = ranges[r];
    if (range && i >= range[0]) {
      if (i < range[1]) {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      r++;
    }
    const ch = input[i] ?? '';
    const code = ch.charCodeAt(0);
    // White space and control characters (binary input) both fold into one space.
    if (code <= 32 || code === 0x7f || code === 0xa0 || ch === '\u2028' || ch === '\u2029') {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (out.length > 0) {
        out.push(' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    const lower = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch) : ch.toLowerCase();
    for (let k = 0; k < lower.length; k++) {
      out.push(lower[k] ?? '');
      map.push(i);
    }
  }
  map.push(input.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}

/** Maps a `[start, end)` range of the normalised text back to the original. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start] ?? 0;
  const lastChar = n.map[Math.max(start, end - 1)] ?? s;
  return [s, end > start ? lastChar + 1 : s];
}
