// Hand-written scans in the MIME reader (quoted-printable escapes, charset checks, the blank line
// that ends a header) must give what the regular expressions they replace gave.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCharset, decodeQuotedPrintable } from '../../../src/core/email/bytes.ts';
import { splitEntity } from '../../../src/core/email/headers.ts';
import { originalStart } from '../../../src/core/email/original.ts';
import { oneLine } from '../../../src/core/email/util.ts';

const NON_LATIN1 = /[\u0100-\uffff]/;

function qpReference(text: string): string {
  const joined = text.replace(/(?<![ \t])[ \t]*=\r?\n/g, '');
  const decoded = joined.replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (!NON_LATIN1.test(decoded)) return decoded;
  return Array.from(new TextEncoder().encode(decoded), (b) => String.fromCharCode(b)).join('');
}

function entityReference(text: string): { head: string; body: string } {
  const m = /\n[ \t]*\n/.exec(text);
  if (!m) return { head: text, body: '' };
  return { head: text.slice(0, m.index), body: text.slice(m.index + m[0].length) };
}

/** originalStart as it was with one lookbehind pattern (before the blank lines were found by indexOf). */
function originalReference(body: string): number {
  const markers = /^-+ ?This is a copy of the message|^--- ?Below this line is a copy of the message|^Original message headers:$/im;
  const m = markers.exec(body);
  if (m) return m.index;
  const block = /(?<=\n[ \t]*\n)(?:Received|Return-Path|DKIM-Signature|Message-I[dD]|From|Date|MIME-Version|Subject|To):[^\n]*\n(?:[ \t][^\n]*\n)*[A-Za-z][\w-]*:/g;
  const notice = /^(?:From:.*(?:mailer-daemon|postmaster|mail delivery)|Subject:.*(?:returned mail|undeliver|failure|delivery status))/im;
  for (let b = block.exec(body); b; b = block.exec(body)) {
    const head = body.slice(b.index, body.indexOf('\n\n', b.index) >>> 0);
    if (head.split('\n').filter((l) => /^[A-Za-z][\w-]*:/.test(l)).length >= 3 && !notice.test(head)) return b.index;
  }
  return -1;
}

// Strings made of the characters these scans care about, so the interesting cases come up often.
const soup = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));

describe('fast paths', () => {
  it('quoted-printable escapes decode as the regular expression did', () => {
    const text = soup(['=', '=', '3', 'D', 'a', 'F', 'g', '0', '9', ' ', '\t', '\n', '\r', 'é', '€', 'x']);
    fc.assert(
      fc.property(text, (t) => {
        expect(decodeQuotedPrintable(t)).toBe(qpReference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('a line is folded to one as the regular expression folded it', () => {
    const text = soup([' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', 'a', 'b c', '.']);
    fc.assert(
      fc.property(text, (t) => {
        expect(oneLine(t)).toBe(t.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 3000 },
    );
  });

  it('text that needs no charset decoding is returned as it is', () => {
    for (const s of ['plain 7-bit', 'tab\tand\nnewline', 'already decoded: ü €', '\u0100', '']) expect(decodeCharset(s)).toBe(s);
    expect(decodeCharset('\u00c3\u00bc')).toBe('ü'); // UTF-8 bytes of ü as a byte string
    expect(decodeCharset('\u001b$B$3$s\u001b(B', '')).not.toBe('\u001b$B$3$s\u001b(B'); // ISO-2022-JP
  });

  it('a header ends at the first line of spaces and tabs only, as the regular expression found', () => {
    const text = soup(['Subject: x', 'From: a@b', '\n', '\n', ' ', '\t', 'body', '\r']).map((t) => `To: y\n${t}`);
    fc.assert(
      fc.property(text, (t) => {
        expect(splitEntity(t)).toEqual(entityReference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('the original message starts where the lookbehind pattern found its header block', () => {
    const parts = ['\n', '\n', ' ', '\t', 'From: a@b\n', 'From: MAILER-DAEMON@x\n', 'Subject: hi\n', 'Date: Mon\n', 'To: c@d\n', ' folded\n', 'X-A: 1\n', 'text ', 'Received: by x\n',
      // Every field name the block may start with, and near misses (the scan tests the first letter first).
      'Return-Path: <a@b>\n', 'DKIM-Signature: v=1\n', 'Message-Id: <m@x>\n', 'MIME-Version: 1.0\n', 'received: lower\n', 'Date'];
    fc.assert(
      fc.property(soup(parts), (t) => {
        expect(originalStart(t)).toBe(originalReference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
