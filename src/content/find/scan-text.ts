// The generic finder: reads a subtree's visible text line by line and keeps the lines a server's
// failure reply is on (prefilter.ts LINE), joining what pages split: a multiline reply
// ("550-5.7.26 …" lines, RFC 5321 §4.2.1), a bare code with its text on the next line
// ("550<br>5.7.606 Access denied"), a lead-in ("host mx.example.net said:") with the reply below,
// and indented continuation lines of a folded reply (Postfix, sendmail). Site adapters
// (sites/*.ts) read what they know better; this one works on any page.

import { flatten, segmentsOf, type Flat, type Segment } from './flat.ts';
import { ADDRESS, ADDRESS_ONLY, BARE_CODE, CONTINUED, LEAD_IN, LINE } from './prefilter.ts';

/** Most characters sent for one finding; a line longer than this is cut around its code. */
export const MAX_SNIPPET = 2000;
const MAX_CANDIDATES = 2000;
const MAX_JOINED = 8;

export type { Segment } from './flat.ts';

export interface Candidate {
  /** The snippet as read (white space folded within lines, lines joined by "\n"). */
  text: string;
  /** An address shown next to it (same table row), when there is one. */
  recipient?: string;
  /** The text nodes to mark (from the reply code to the end of the snippet), in document order. */
  segments: Segment[];
}

/** An address that fills a cell of the snippet's table row (ESP logs show one event per row). */
function rowRecipient(seg: Segment | undefined, text: string): string | undefined {
  if (ADDRESS.test(text)) return undefined; // the snippet names it itself; the core extracts it
  const row = seg?.node.parentElement?.closest('tr');
  for (const cell of Array.from(row?.cells ?? [])) {
    const value = cell.textContent?.trim() ?? '';
    if (value.length <= 320 && ADDRESS_ONLY.test(value)) return value.replace(/^<|>$/g, '');
  }
  return undefined;
}

interface Line {
  start: number;
  end: number;
  /** The line starts with white space (a folded continuation in a <pre> or plain-text body). */
  indented: boolean;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, indented: lead > 0 && /^[ \t\u00a0]/.test(raw) });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

const slice = (flat: Flat, l: Line): string => flat.text.slice(l.start, l.end);

/** How many lines after `i` belong to the reply that starts on line `i`. */
function extent(flat: Flat, all: Line[], i: number): number {
  let last = i;
  let text = slice(flat, all[i]!);
  for (let k = 0; k < MAX_JOINED && last + 1 < all.length; k++) {
    const next = all[last + 1]!;
    const nextText = slice(flat, next);
    const code = CONTINUED.exec(text)?.[1];
    const joins =
      (code !== undefined && nextText.startsWith(code)) || // 550-… then 550 …
      BARE_CODE.test(text) || // 550 then 5.7.606 …
      LEAD_IN.test(text) || // said: then the reply
      (next.indented && !LINE.test(nextText) && !/^[\w-]+:\s/.test(nextText)); // folded continuation
    if (!joins) break;
    last++;
    text = nextText;
  }
  return last;
}

/** Candidate bounce snippets under `root`, in document order; `skip` rejects subtrees read elsewhere. */
export function findCandidates(root: Element, skip?: (el: Element) => boolean): Candidate[] {
  const flat = flatten(root, skip);
  return candidatesIn(flat);
}

export function candidatesIn(flat: Flat): Candidate[] {
  const all = lines(flat.text);
  const out: Candidate[] = [];
  for (let i = 0; i < all.length && out.length < MAX_CANDIDATES; i++) {
    const first = all[i]!;
    const firstText = slice(flat, first);
    let hit = LINE.exec(firstText);
    // A code alone on its line, or a lead-in, with the reply on the next line.
    const opener = !hit && (BARE_CODE.test(firstText) || LEAD_IN.test(firstText)) && i + 1 < all.length;
    if (!hit && !(opener && LINE.test(slice(flat, all[i + 1]!)))) continue;
    const lastIndex = extent(flat, all, i);
    const last = all[lastIndex]!;
    i = lastIndex;
    let from = first.start;
    let to = last.end;
    hit ??= /[45]\d\d/.exec(firstText);
    const codeAt = first.start + (hit ? hit.index + Math.max(0, hit[0].search(/[45]|[a-z]/i)) : 0);
    if (to - from > MAX_SNIPPET) {
      from = Math.max(from, codeAt - 200);
      to = Math.min(to, from + MAX_SNIPPET);
    }
    const text = flat.text
      .slice(from, to)
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n');
    // The whole line is read (a lead-in like "host mx.example.net said:" names the server); the
    // mark starts at the reply code.
    const segments = segmentsOf(flat, Math.max(from, codeAt), to);
    if (!segments.length) continue;
    const recipient = rowRecipient(segments[0], text);
    out.push({ text, segments, ...(recipient ? { recipient } : {}) });
  }
  return out;
}
