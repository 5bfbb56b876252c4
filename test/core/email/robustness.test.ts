// Line ends and bad input: every fixture reads the same with LF, CRLF and CR-only (old Mac) line
// ends; nothing thrown for empty, binary, huge or broken input (contract.md, command line).

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmail, parseMailbox } from '../../../src/core/email/index.ts';

const dir = new URL('../../fixtures/bounces/', import.meta.url);
const names = readdirSync(dir).filter((n) => !n.startsWith('.'));
const lf = (name: string) => readFileSync(new URL(name, dir), 'latin1').replace(/\r\n?/g, '\n');
const strip = (records: Array<{ evidence: unknown }>) => records.map(({ evidence: _e, ...r }) => r);

describe('line ends', () => {
  for (const name of names) {
    it(`${name}: CRLF and CR give the LF records`, async () => {
      const want = strip(await parseMailbox(lf(name)));
      expect(strip(await parseMailbox(lf(name).replace(/\n/g, '\r\n')))).toEqual(want);
      expect(strip(await parseMailbox(lf(name).replace(/\n/g, '\r')))).toEqual(want);
    });
  }
});

describe('bad input', () => {
  it('empty input is one record that is no bounce', async () => {
    for (const raw of ['', '\n', new Uint8Array(0)]) {
      const records = await parseMailbox(raw);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ bounce: false, msgindex: 1, recipient: '' });
    }
  });

  it('binary data is no bounce and does not throw', async () => {
    const bytes = new Uint8Array(64 * 1024);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const records = await parseEmail(bytes);
    expect(records[0]!.bounce).toBe(false);
  });

  // Speed on 10 MB is a benchmark (scripts/bench-input.mjs); here only the answer, inside vitest's timeout.
  it('a 10 MB message parses', async () => {
    const head = lf('exim.eml');
    const huge = head + '\n' + 'A'.repeat(76).concat('\n').repeat(140_000);
    const records = await parseEmail(huge);
    expect(records.map((r) => r.recipient)).toEqual(['erin@example.net', 'frank@example.net']);
  });

  it('a huge single line does not hang', async () => {
    const records = await parseEmail(`Subject: x\n\n${'a@b.c '.repeat(500_000)}`);
    expect(records.length).toBeGreaterThan(0);
  });

  it('long runs of spaces, colons or brackets in a notice stay linear', async () => {
    const head = 'From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\n';
    const sp = ' '.repeat(100_000);
    const texts = [
      `${head}a@example.net${sp}x\n`,
      `${head}<a@example.net>:\nRemote host said: 550${sp}Giving up on${sp}\n`,
      `${head}The following address(es) failed:\n\n  a@example.net\n    SMTP error from remote mail server after RCPT TO${sp}x\n    host x${sp}[\n`,
      `${head}   ----- The following addresses had permanent fatal errors -----\n<a@example.net>\n    (reason: ${')'.repeat(50_000)}${sp}\n`,
    ];
    // A quadratic reader would hit vitest's timeout here; the answers are what is asserted.
    for (const text of texts) {
      const records = await parseEmail(text);
      expect(records.map((r) => r.recipient)).toContain('a@example.net');
    }
  });

  it('broken base64 and a missing closing boundary still give the report', async () => {
    const text = [
      'From: MAILER-DAEMON@mx.example.org',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      'Content-Transfer-Encoding: base64',
      '',
      'VGhpcyBpcyB0aGUgbWFpbCBzeXN0ZW0*&^%$ broken!!',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; wendy@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 No such user',
    ].join('\n');
    const [r] = await parseEmail(text);
    expect(r).toMatchObject({ recipient: 'wendy@example.net', status: '5.1.1', action: 'failed', bounce: true });
  });

  it('deeply nested multiparts stop at a depth limit', async () => {
    let body = 'Final-Recipient: rfc822; x@example.net\nAction: failed\nStatus: 5.1.1\n';
    for (let i = 0; i < 50; i++) body = `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n${body}\n--n${i}--\n`;
    await expect(parseEmail(`From: MAILER-DAEMON@example.org\n${body}`)).resolves.toBeInstanceOf(Array);
  });
});
