// The building blocks: mbox splitting (RFC 4155), RFC 3464 field groups, MIME decoding.

import { describe, expect, it } from 'vitest';
import { splitMbox } from '../../../src/core/email/index.ts';
import { parseDsn } from '../../../src/core/email/dsn.ts';
import { parseMessage } from '../../../src/core/email/mime.ts';
import { decodeCharset, decodeQuotedPrintable } from '../../../src/core/email/bytes.ts';
import { htmlToText } from '../../../src/core/email/html.ts';

describe('splitMbox', () => {
  it('splits on From_ lines and drops them', () => {
    const text = 'From a@example.org Tue May 21 09:00:00 2024\nSubject: one\n\nbody\n\nFrom b@example.org Tue May 21 09:05:00 2024\nSubject: two\n\nbody\n';
    expect(splitMbox(text)).toEqual(['Subject: one\n\nbody\n', 'Subject: two\n\nbody']);
  });

  it('keeps a single message whole, and ignores quoted or prose From lines', () => {
    const text = 'Subject: x\n\n>From the team\nFrom me to you, at 10:30\n';
    expect(splitMbox(text)).toEqual([text.replace(/\n$/, '')]);
  });

  it('handles CR-only and CRLF files and the ISO date form', () => {
    const text = 'From () 2024-05-21 09:00:00 +0000\r\nSubject: one\r\n\r\nx\r\nFrom () 2024-05-21 09:01:00 +0000\r\nSubject: two\r\n';
    expect(splitMbox(text)).toHaveLength(2);
    expect(splitMbox(text.replace(/\r\n/g, '\r'))).toHaveLength(2);
  });

  it('treats text before the first From_ line as a message', () => {
    expect(splitMbox('Subject: a\n\nx\n\nFrom MAILER-DAEMON  Thu Apr 29 23:34:45 2015\nSubject: b\n')).toHaveLength(2);
  });
});

describe('parseDsn', () => {
  it('reads per-message and per-recipient groups, unfolding Diagnostic-Code', () => {
    const dsn = parseDsn(
      'Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; <a@example.net>\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; [198.51.100.1]\nDiagnostic-Code: smtp; 550 5.1.1\n    user unknown\n\nFinal-Recipient: rfc822; b@example.net\nAction: delayed\nStatus: 4.4.7\n',
    );
    expect(dsn.reportingMta).toBe('mx.example.org');
    expect(dsn.recipients).toHaveLength(2);
    expect(dsn.recipients[0]).toMatchObject({ finalRecipient: 'a@example.net', remoteMta: '198.51.100.1', diagnosticType: 'SMTP', diagnosticCode: '550 5.1.1 user unknown' });
    expect(dsn.recipients[1]).toMatchObject({ finalRecipient: 'b@example.net', action: 'delayed', status: '4.4.7' });
  });

  it('splits recipients that have no blank line between them, in any field order', () => {
    const dsn = parseDsn('Action: failed\nFinal-Recipient: rfc822; a@example.net\nOriginal-Recipient: rfc822; a@example.net\nStatus: 5.0.0\nAction: failed\nFinal-Recipient: rfc822; b@example.net\nStatus: 5.1.1\n');
    expect(dsn.recipients.map((r) => r.finalRecipient)).toEqual(['a@example.net', 'b@example.net']);
  });

  it('keeps a Diagnostic-Code wrapped without indentation', () => {
    const dsn = parseDsn('Final-Recipient: rfc822; a@example.net\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 rejected because\nyour IP is listed\n');
    expect(dsn.recipients[0]!.diagnosticCode).toBe('554 5.7.1 rejected because your IP is listed');
  });
});

describe('MIME', () => {
  it('decodes base64 and quoted-printable parts in their charset', () => {
    const msg = parseMessage(
      'Content-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nw4kgY2hvdcOp\n--x\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nd=E9j=E0 soft=\nbreak\n--x--\n',
    );
    expect(msg.parts.map((p) => p.text.trim())).toEqual(['É choué', 'déjà softbreak']);
  });

  it('decodes ISO-2022-JP text', () => {
    expect(decodeCharset('\x1b$B%a!<%k\x1b(B', 'iso-2022-jp')).toBe('メール');
  });

  it('keeps the plain alternative and reads HTML-only notices as text', () => {
    expect(htmlToText('<p>Your message to <b>a@example.net</b> couldn&#39;t be delivered.</p><p>550&nbsp;5.1.1</p>')).toBe(
      "Your message to a@example.net couldn't be delivered.\n\n550 5.1.1",
    );
    const msg = parseMessage('Content-Type: multipart/alternative; boundary="y"\n\n--y\nContent-Type: text/plain\n\nplain\n--y\nContent-Type: text/html\n\n<p>html</p>\n--y--\n');
    expect(msg.parts.map((p) => p.text.trim())).toEqual(['plain']);
  });

  it('quoted-printable soft line breaks join', () => {
    expect(decodeQuotedPrintable('a=\nb=3D')).toBe('ab=');
  });
});
