// Finds a text the background read (a notice recipient's reply, an event's message) where the
// page shows it, so it can be marked there.

import type { Flat } from './flat.ts';

interface Folded {
  text: string;
  /** For each folded character, its offset in the flat text. */
  map: number[];
}

/** Lower case, typographic quotes made plain, white space runs as one space; with an offset map. */
function fold(text: string): Folded {
  let out = '';
  const map: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (/\s/.test(c)) {
      if (space) continue;
      c = ' ';
      space = true;
    } else space = false;
    out += c === '\u2019' || c === '\u2018' ? "'" : c.toLowerCase();
    map.push(i);
  }
  return { text: out, map };
}

const foldNeedle = (s: string): string => fold(s).text.trim();

/**
 * Where `needle` stands in the flat text, as [start, end) pairs (every occurrence), compared without
 * case and white space differences: a decoder unfolds a reply the page shows over several lines.
 * When the whole is not there (the decoder joined or cut parts), its first words are, up to the
 * end of their line.
 */
export function locate(flat: Flat, needle: string, cache?: { folded?: Folded }): Array<[number, number]> {
  const folded = (cache && (cache.folded ??= fold(flat.text))) || fold(flat.text);
  const n = foldNeedle(needle);
  if (!n) return [];
  const out: Array<[number, number]> = [];
  for (let at = folded.text.indexOf(n); at >= 0 && out.length < 20; at = folded.text.indexOf(n, at + n.length)) {
    out.push([folded.map[at]!, folded.map[at + n.length - 1]! + 1]);
  }
  if (out.length) return out;
  // Not whole: its first words, or else its reply and status codes ("Status code: 550 5.1.10" and
  // "Reported error: 550 5.1.10 …" of an Exchange NDR), each marked to the end of its line.
  const head = n.slice(0, 40).replace(/\s\S*$/, '');
  const code = /^[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}/.exec(n)?.[0];
  for (const part of [head.length >= 12 ? head : '', code ?? '']) {
    for (let at = part ? folded.text.indexOf(part) : -1; at >= 0 && out.length < 20; at = folded.text.indexOf(part, at + 1)) {
      const start = folded.map[at]!;
      const nl = flat.text.indexOf('\n', start);
      out.push([start, nl < 0 ? flat.text.length : nl]);
    }
    if (out.length) return out;
  }
  return out;
}
