// Splits an mbox file into messages. Format: RFC 4155 (application/mbox): each message starts
// with a "From_" line, `From <sender> <asctime date>`; the From_ line itself is not part of the
// message. Writers quote body lines that begin with "From " as ">From " (mboxo/mboxrd), so a line
// that is a full From_ line (sender, weekday, month, time, year) is a separator wherever it
// stands, as Sisimai's reader treats it; a file that does not start with one may still hold
// several messages (a notice pasted above a forwarded mbox).

// `From sender Thu Apr 29 23:34:45 2015`, `From sender Mon 1 Jan 2018 00:00:00 +0000`,
// `From () 2019-04-29 23:34:45 +0900`.
const FROM_LINE =
  /^From \S+\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+(?:[A-Z][a-z]{2}\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2})\b.{0,40}?\d{1,2}:\d{1,2}.{0,40}?\b\d{4}\b|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2})/;

/** Index of the next line at or after `from` that starts with "From " (after CR, LF or CRLF), or -1. */
function nextFromLine(text: string, from: number): number {
  for (let at = text.indexOf('From ', from); at >= 0; at = text.indexOf('From ', at + 5)) {
    const before = text.charCodeAt(at - 1);
    if (before === 10 || before === 13) return at;
  }
  return -1;
}

/**
 * Messages of an mbox, each without its From_ line and with line ends as given. Text before the
 * first From_ line (a file that does not start with one) is a message of its own.
 */
export function splitMbox(text: string): string[] {
  // Most files are one message with no From_ line at all: skip the line scan.
  if (!text.startsWith('From ') && !/[\r\n]From /.test(text)) return text.trim() ? [text.replace(/(?:\r\n|\r|\n)$/, '')] : [];
  const messages: string[] = [];
  let start = 0; // start of the current message's content
  // Only lines that start with "From " can be From_ lines: jump from one to the next instead of
  // reading every line (a 10 MB mailbox has hundreds of thousands).
  for (let lineStart = text.startsWith('From ') ? 0 : nextFromLine(text, 0); lineStart >= 0; lineStart = nextFromLine(text, lineStart + 5)) {
    let lineEnd = lineStart;
    for (let c = text.charCodeAt(lineEnd); lineEnd < text.length && c !== 10 && c !== 13; c = text.charCodeAt(++lineEnd));
    if (!FROM_LINE.test(text.slice(lineStart, lineEnd))) continue;
    messages.push(text.slice(start, lineStart));
    start = lineEnd === text.length ? lineEnd : lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  messages.push(text.slice(start));
  return messages.map((m) => m.replace(/(?:\r\n|\r|\n)$/, '')).filter((m) => m.trim() !== '');
}
