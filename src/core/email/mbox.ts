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

/** True when the text starts like an mbox (a From_ line), not like a single message. */
export function looksLikeMbox(text: string): boolean {
  const firstEnd = text.search(/\r\n|\r|\n/);
  return FROM_LINE.test(firstEnd < 0 ? text : text.slice(0, firstEnd));
}

/**
 * Messages of an mbox, each without its From_ line and with line ends as given. Text before the
 * first From_ line (a file that does not start with one) is a message of its own.
 */
export function splitMbox(text: string): string[] {
  // Most files are one message with no From_ line at all: skip the line scan.
  if (!text.startsWith('From ') && !/[\r\n]From /.test(text)) return text.trim() ? [text.replace(/(?:\r\n|\r|\n)$/, '')] : [];
  const nl = /\r\n|\r|\n/g;
  const messages: string[] = [];
  let start = 0; // start of the current message's content
  let lineStart = 0;
  for (;;) {
    const m = nl.exec(text);
    const lineEnd = m ? m.index : text.length;
    const next = m ? m.index + m[0].length : text.length;
    if (text.startsWith('From ', lineStart) && FROM_LINE.test(text.slice(lineStart, lineEnd))) {
      messages.push(text.slice(start, lineStart));
      start = next;
    }
    if (!m) break;
    lineStart = next;
  }
  messages.push(text.slice(start));
  return messages.map((m) => m.replace(/(?:\r\n|\r|\n)$/, '')).filter((m) => m.trim() !== '');
}
