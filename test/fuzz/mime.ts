// MIME messages for the fuzz tests: random trees (multipart inside multipart, message/rfc822
// inside both, delivery-status reports, broken encodings and boundaries) and fixed builders for
// the extremes (50+ levels of nesting, 10,000 recipients). RFC 2045/2046, RFC 3464, RFC 6522.

import fc from 'fast-check';
import { address, bounceText, brokenBase64, brokenQp, headerSoup, replyCode, statusCode } from './arbitraries.ts';

export type Node =
  | { kind: 'leaf'; type: string; cte: string; charset: string; body: string }
  | { kind: 'multipart'; subtype: string; boundary: string; close: boolean; children: Node[] }
  | { kind: 'message'; headers: string; inner: Node };

/** An RFC 3464 delivery-status body for the given recipients. */
export function dsnFields(recipients: readonly string[], status = '5.1.1', code = '550'): string {
  const per = recipients.map(
    (r) => `Final-Recipient: rfc822; ${r}\nAction: failed\nStatus: ${status}\nDiagnostic-Code: smtp; ${code} ${status} <${r}>: User unknown\n`,
  );
  return ['Reporting-MTA: dns; mta.example.net\n', ...per].join('\n');
}

const dsnBody = fc
  .tuple(fc.array(address, { minLength: 1, maxLength: 4 }), statusCode, replyCode)
  .map(([rs, s, c]) => dsnFields(rs, s, c));

const leaf = fc.record({
  kind: fc.constant('leaf' as const),
  type: fc.constantFrom(
    'text/plain', 'text/html', 'message/delivery-status', 'message/global-delivery-status', 'message/feedback-report',
    'text/rfc822-headers', 'application/octet-stream', 'image/png', 'text/x-weird', '', 'multipart/alternative',
  ),
  cte: fc.constantFrom('7bit', '8bit', 'base64', 'quoted-printable', 'x-uuencode', '', 'BASE64'),
  charset: fc.constantFrom('utf-8', 'iso-8859-1', 'iso-2022-jp', 'windows-1252', 'utf-16', 'bogus-charset', ''),
  body: fc.oneof(bounceText, dsnBody, brokenBase64, brokenQp, fc.string({ unit: 'binary', maxLength: 80 })),
});

const boundary = fc.oneof(
  fc.constantFrom('b', 'b1', '=_part', '----=_NextPart_000', 'b b', '"', ''),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\r\n]/.test(s)),
);

/** Random MIME trees, a few levels deep. */
export const mimeTree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('multipart' as const),
        subtype: fc.constantFrom('mixed', 'report', 'alternative', 'related', 'x-unknown'),
        boundary,
        close: fc.boolean(),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('message' as const), headers: headerSoup, inner: tie('node') }) },
  ),
})).node;

function encode(body: string, cte: string): string {
  const c = cte.toLowerCase();
  if (c === 'base64') return Buffer.from(body, 'utf8').toString('base64').replace(/(.{76})/g, '$1\n');
  if (c === 'quoted-printable') return body.replace(/=/g, '=3D');
  return body;
}

/** The entity's header lines and body (no blank line between: `entity()` adds it). */
function parts(n: Node): { head: string[]; body: string } {
  if (n.kind === 'leaf') {
    const ct = n.type ? [`Content-Type: ${n.type}${n.charset ? `; charset=${n.charset}` : ''}`] : [];
    return { head: [...ct, ...(n.cte ? [`Content-Transfer-Encoding: ${n.cte}`] : [])], body: encode(n.body, n.cte) };
  }
  if (n.kind === 'message') return { head: ['Content-Type: message/rfc822'], body: `${n.headers}\n${entity(n.inner)}` };
  const q = /[\s"]/.test(n.boundary) ? `'${n.boundary}'` : `"${n.boundary}"`;
  const kids = n.children.map((c) => `--${n.boundary}\n${entity(c)}\n`).join('');
  return {
    head: [`Content-Type: multipart/${n.subtype}; report-type=delivery-status; boundary=${q}`],
    body: `preamble\n${kids}${n.close ? `--${n.boundary}--\n` : ''}`,
  };
}

export function entity(n: Node): string {
  const { head, body } = parts(n);
  return `${head.join('\n')}\n\n${body}`;
}

/** A whole message: bounce-like top headers (sometimes), random extra headers, the tree. */
export function message(n: Node, extraHeaders: string, bounceHeaders: boolean): string {
  const top = bounceHeaders ? 'From: MAILER-DAEMON@mta.example.net\nSubject: Undelivered Mail Returned to Sender\n' : '';
  return `${top}${extraHeaders}${extraHeaders ? '\n' : ''}MIME-Version: 1.0\n${entity(n)}`;
}

/** A DSN nested `depth` levels deep: multipart/mixed inside multipart/mixed (or message/rfc822 inside message/rfc822). */
export function deeplyNested(depth: number, via: 'multipart' | 'message', recipient = 'deep@example.net'): string {
  let inner = `Content-Type: multipart/report; report-type=delivery-status; boundary="r"\n\n--r\nContent-Type: text/plain\n\nDelivery to ${recipient} failed.\n--r\nContent-Type: message/delivery-status\n\n${dsnFields([recipient])}\n--r--\n`;
  for (let d = depth; d > 0; d--) {
    inner =
      via === 'multipart'
        ? `Content-Type: multipart/mixed; boundary="n${d}"\n\n--n${d}\n${inner}\n--n${d}--\n`
        : `Content-Type: message/rfc822\n\nFrom: MAILER-DAEMON@mta${d}.example.net\nSubject: Returned mail\n${inner}`;
  }
  return `From: MAILER-DAEMON@mta.example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n${inner}`;
}

/** One RFC 3464 report that lists `n` failed recipients (r1@example.com … rn@example.com). */
export function manyRecipients(n: number): { text: string; recipients: string[] } {
  const recipients = Array.from({ length: n }, (_, i) => `r${i + 1}@example.com`);
  const text = [
    'From: MAILER-DAEMON@mta.example.net',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered to one or more recipients.',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    dsnFields(recipients),
    '--b--',
    '',
  ].join('\n');
  return { text, recipients };
}
