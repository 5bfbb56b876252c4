// Splits an mbox file into messages. Format: RFC 4155 (application/mbox): each message starts
// with a "From_" line, `From <sender> <asctime date>`, at the start of the file or after a blank
// line; the From_ line itself is not part of the message. Body lines that began with "From "
// were quoted as ">From " by the writer (mboxo/mboxrd), so a bare `From ` after a blank line
// that also looks like `From addr date` is a separator.

const FROM_LINE = /^From \S*[ \t]+.*\d{1,2}:\d{2}/;

/** True when the text starts like an mbox (a From_ line), not like a single message. */
export function looksLikeMbox(text: string): boolean {
  const firstEnd = text.search(/\r\n|\r|\n/);
  return FROM_LINE.test(firstEnd < 0 ? text : text.slice(0, firstEnd));
}

/**
 * Messages of an mbox, each without its From_ line and with line ends as given. A text that does
 * not start with a From_ line is returned whole, as one message.
 */
export function splitMbox(text: string): string[] {
  if (!looksLikeMbox(text)) return text.trim() ? [text] : [];
  const nl = /\r\n|\r|\n/g;
  const messages: string[] = [];
  let start = -1; // start of the current message's content
  let lineStart = 0;
  let prevBlank = true;
  for (;;) {
    const m = nl.exec(text);
    const lineEnd = m ? m.index : text.length;
    const next = m ? m.index + m[0].length : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (prevBlank && line.startsWith('From ') && FROM_LINE.test(line)) {
      if (start >= 0) messages.push(text.slice(start, lineStart));
      start = next;
    }
    prevBlank = line.trim() === '';
    if (!m) break;
    lineStart = next;
  }
  if (start >= 0 && start < text.length) messages.push(text.slice(start));
  return messages.map((m) => m.replace(/(?:\r\n|\r|\n)$/, '')).filter((m) => m.trim() !== '');
}
