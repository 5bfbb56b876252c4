// splitMbox (src/core/email/mbox.ts) jumps from one "From " line start to the next; it must split
// exactly where reading every line would (RFC 4155 From_ lines, any of CRLF, LF and CR line ends).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMbox } from '../../../src/core/email/mbox.ts';

const FROM_LINE =
  /^From \S+\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+(?:[A-Z][a-z]{2}\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2})\b.{0,40}?\d{1,2}:\d{1,2}.{0,40}?\b\d{4}\b|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2})/;

/** The line-by-line reading: every line is tested. */
function reference(text: string): string[] {
  const nl = /\r\n|\r|\n/g;
  const messages: string[] = [];
  let start = 0;
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

const LINES = [
  'From MAILER-DAEMON Thu Apr 29 23:34:45 2021',
  'From () 2019-04-29 23:34:45 +0900',
  'From someone',
  '>From MAILER-DAEMON Thu Apr 29 23:34:45 2021',
  'Subject: x From MAILER-DAEMON Thu Apr 29 23:34:45 2021',
  'Subject: delivery failed',
  '550 5.1.1 user unknown',
  '',
  ' ',
];

describe('splitMbox', () => {
  it('splits where a line-by-line reading does', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom('\n', '\r\n', '\r', '')), { maxLength: 30 })
      .map((parts) => parts.map(([line, end]) => line + end).join(''));
    fc.assert(fc.property(text, (t) => {
        expect(splitMbox(t)).toEqual(reference(t));
      }), { numRuns: 500 });
  });
});
