// Splits pasted text into the pieces to explain: one bounce line each, or the whole text when it is
// one reply folded over several lines. Pure, so it is unit-tested without a DOM.

/** A line that opens a server reply: "550 5.1.1 …", "421-4.7.0 …", "… said: 554 5.7.1 …", "Diagnostic-Code: smtp; 550 …". */
const OPENS_REPLY = /(?:^|[\s;:(<"'[=#])[45]\d\d[ -]+#?[245]\.\d{1,3}\.\d{1,3}|^\s*[45]\d\d[ -]|^\s*#?[45]\.\d{1,3}\.\d{1,3}\s/;
/** RFC 5321 §4.2.1: every line of a multiline reply but the last has a hyphen after the code. */
const CONTINUED = /^\s*([45]\d\d)-/;
/** Signs of a failure notice in a line without codes (a folded part of a reply, or a bare phrase). */
const LOOKS_LIKE_BOUNCE = /[45]\d\d[ -]|[45]\.\d{1,3}\.\d{1,3}|undeliverable|delivery (?:has )?failed|rejected|blocked|does not exist|unknown|quota|deferred/i;

/** Most pieces explained at once (one card each); the UI says when there were more. */
export const MAX_PIECES = 50;

/**
 * One line → itself. Several lines → one piece per reply: a line that opens a reply starts a piece,
 * the lines after it that open none (a wrapped or folded reply) join it, and the "550-" lines of a
 * multiline reply stay together. When no line opens a reply, the whole text is one piece.
 */
export function splitInput(input: string): string[] {
  return splitPieces(input).slice(0, MAX_PIECES);
}

/** splitInput without the limit, so the caller can say how many were left out. */
export function splitPieces(input: string): string[] {
  const text = input.trim();
  if (!text) return [];
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  if (lines.length === 1) return [text];
  const pieces: string[][] = [];
  const preamble: string[] = [];
  let openCode: string | undefined;
  for (const line of lines) {
    const current = pieces[pieces.length - 1];
    const continues = openCode !== undefined && line.trimStart().startsWith(openCode);
    if (current && (continues || !OPENS_REPLY.test(line))) {
      current.push(line);
    } else if (OPENS_REPLY.test(line)) {
      pieces.push([line]);
    } else {
      preamble.push(line);
      continue;
    }
    openCode = CONTINUED.exec(line)?.[1];
  }
  if (pieces.length === 0) return [text];
  // A lead-in such as "host mx.example.net said:" belongs to the first reply.
  if (preamble.length && pieces[0]) pieces[0] = [...preamble, ...pieces[0]];
  const joined = pieces.map((p) => p.join('\n')).filter((p) => LOOKS_LIKE_BOUNCE.test(p));
  return joined.length === 1 ? [text] : joined;
}

/** True when the text starts like a raw email (RFC 5322 header fields), e.g. a pasted .eml. */
export function looksLikeEmail(text: string): boolean {
  const head = text.trimStart().slice(0, 4000);
  const fields = head.match(/^(?:from|to|subject|date|received|message-id|content-type|mime-version|return-path|x-[\w-]+):[ \t]/gim);
  return /^[\w-]+:[ \t]/.test(head) && (fields?.length ?? 0) >= 3;
}
