// Property-based tests of the email reader (issue 7 "Bad input"): parseEmail and parseMailbox
// never throw and always return at least one well-formed record (shape.ts) or a record with a
// clear `error`, whatever the bytes: random strings and bytes, header soup, random MIME trees
// with broken base64/quoted-printable and boundaries, mboxes of random messages.
// Big inputs (deep nesting, 10,000 recipients) are in hostile.fuzz.test.ts, under a time limit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmail, parseMailbox } from '../../src/core/email/index.ts';
import { anyText, bounceText, brokenBase64, brokenQp, headerSoup, runs } from './arbitraries.ts';
import { dsnFields, message, mimeTree } from './mime.ts';
import { recordsProblems } from './shape.ts';

async function wellFormed(raw: string | Uint8Array, messages = 1) {
  const email = await parseEmail(raw);
  expect(recordsProblems(email)).toEqual([]);
  const box = await parseMailbox(raw);
  expect(recordsProblems(box, messages)).toEqual([]);
  return { email, box };
}

const lineEnds = (s: string, eol: string) => s.replace(/\r\n?|\n/g, eol);
const strip = (rs: Array<{ evidence: unknown }>) => rs.map(({ evidence: _e, ...r }) => r);

describe('parseEmail / parseMailbox under random input', () => {
  it('any string gives well-formed records', async () => {
    await fc.assert(fc.asyncProperty(anyText, async (t) => void (await wellFormed(t, Infinity))), runs(300));
  });

  it('any bytes (valid UTF-8 or not) give well-formed records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (b) => void (await wellFormed(b, Infinity))),
      runs(300),
    );
  });

  it('header soup over a bounce-like body gives well-formed records', async () => {
    await fc.assert(
      fc.asyncProperty(headerSoup, fc.constantFrom('\n\n', '\n', '\r\n\r\n', ''), bounceText, async (h, sep, body) => {
        await wellFormed(`${h}${sep}${body}`, Infinity);
      }),
      runs(300),
    );
  });

  it('random MIME trees (nested multiparts and messages, broken encodings) give well-formed records', async () => {
    await fc.assert(
      fc.asyncProperty(mimeTree, headerSoup, fc.boolean(), async (tree, extra, bounceHeaders) => {
        await wellFormed(message(tree, extra, bounceHeaders), Infinity);
      }),
      runs(250),
    );
  });

  it('a report keeps its recipient however broken the human-readable part is (base64 or quoted-printable)', async () => {
    const notice = (cte: string, body: string) =>
      [
        'From: MAILER-DAEMON@mta.example.net',
        'Subject: Undelivered Mail Returned to Sender',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        `Content-Transfer-Encoding: ${cte}`,
        '',
        body,
        '--b',
        'Content-Type: message/delivery-status',
        '',
        dsnFields(['kept@example.org']),
        '--b--',
      ].join('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(brokenBase64.map((b) => notice('base64', b)), brokenQp.map((q) => notice('quoted-printable', q))),
        async (text) => {
          const { email } = await wellFormed(text);
          expect(email.map((r) => r.recipient)).toContain('kept@example.org');
          expect(email.find((r) => r.recipient === 'kept@example.org')).toMatchObject({ bounce: true, status: '5.1.1' });
        },
      ),
      runs(200),
    );
  });

  it('an mbox of random messages gives records numbered 1..n in order', async () => {
    const from = (i: number) => `From MAILER-DAEMON Thu Apr 29 23:34:${String(i % 60).padStart(2, '0')} 2021`;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(headerSoup, bounceText), { minLength: 1, maxLength: 6 }), async (msgs) => {
        const text = msgs.map(([h, b], i) => `${from(i)}\n${h}\n\n${b}\n`).join('\n');
        const box = await parseMailbox(text);
        expect(recordsProblems(box, msgs.length)).toEqual([]);
      }),
      runs(150),
    );
  });

  it('LF, CRLF and CR line ends read the same (random DSN trees)', async () => {
    await fc.assert(
      fc.asyncProperty(mimeTree, async (tree) => {
        const lf = message(tree, '', true).replace(/\r/g, '');
        const want = strip(await parseEmail(lf));
        expect(strip(await parseEmail(lineEnds(lf, '\r\n')))).toEqual(want);
        expect(strip(await parseEmail(lineEnds(lf, '\r')))).toEqual(want);
      }),
      runs(120),
    );
  });
});
