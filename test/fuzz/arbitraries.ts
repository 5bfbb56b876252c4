// fast-check generators for bounce-like text: tokens the core reacts to (reply codes, RFC 3463
// status codes, provider codes, hosts, addresses, phrases) mixed with noise, so the generated
// inputs reach deep into the matcher instead of stopping at "no code found".
// Only documentation ranges: example.com/.net/.org, .invalid, 192.0.2.x, 198.51.100.x, 203.0.113.x.

import fc from 'fast-check';

/** Fixed unless FUZZ_SEED is set: a failure replays with the seed printed by fast-check. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_240_607);
/** Scales every property's run count (FUZZ_RUNS=5 for a long local soak). */
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
export const runs = (n: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(n * SCALE)) });

const digit = fc.integer({ min: 0, max: 9 });
export const replyCode = fc.oneof(
  fc.constantFrom('550', '554', '552', '553', '551', '421', '450', '451', '452', '250', '500', '535'),
  fc.tuple(fc.constantFrom(2, 4, 5), digit, digit).map((d) => d.join('')),
);
export const statusCode = fc.oneof(
  fc.constantFrom('5.1.1', '5.7.1', '4.7.0', '5.7.26', '5.2.2', '4.2.2', '5.4.1', '5.7.606', '4.4.7', '2.0.0'),
  fc.tuple(fc.constantFrom(2, 4, 5), fc.nat(999), fc.nat(999)).map((d) => d.join('.')),
);
export const providerCode = fc.constantFrom(
  '[CS02]', '[HM08]', '(CS01)', 'TSS04', 'TS03', 'S3150', 'RL000001', 'OFR_506', 'AS(201806281)', '[TSS09]', 'IPTS04', 'SC-001', 'DY-001',
);
export const ip = fc.tuple(fc.constantFrom('192.0.2', '198.51.100', '203.0.113'), fc.nat(255)).map(([n, h]) => `${n}.${h}`);
export const host = fc.constantFrom(
  'mx.example.net', 'mx01.mail.icloud.com', 'gmail-smtp-in.l.google.com', 'example-com.mail.protection.outlook.com',
  'mta7.am0.yahoodns.net', 'mx.example.invalid', 'mx00.t-online.de', 'mx-in.comcast.net', 'eu-smtp-inbound-1.mimecast.com',
);
export const address = fc.tuple(fc.constantFrom('sam', 'ana', 'a.b+tag', 'x'), fc.constantFrom('example.com', 'example.net', 'example.org', 'icloud.com', 'gmail.com'))
  .map(([l, d]) => `${l}@${d}`);
export const phrase = fc.constantFrom(
  'Message rejected due to local policy', 'User unknown', 'mailbox unavailable', 'Mailbox full', 'quota exceeded',
  'blocked using zen.spamhaus.org', 'temporarily deferred due to unexpected volume', 'Greylisted, try again later',
  'This mail is unauthenticated', 'does not exist', 'Recipient address rejected:', 'Relay access denied',
  'Host or domain name not found', 'Connection timed out', 'TLS is required', 'message too large', 'rate limited',
  'Please visit https://support.apple.com/en-us/HT204137', 'see https://postmaster.yahooinc.com/error-codes',
  'Access denied. AS(201806281)', 'in reply to RCPT TO command', 'retry timeout exceeded', 'spam detected',
  'Diagnostic-Code: smtp;', 'Action: failed', 'Status: 5.1.1', 'Remote-MTA: dns;', 'said:', '<<< ', '#',
);

/** Characters that separate and wrap: folds, continuation prefixes, brackets, control bytes. */
const glue = fc.constantFrom(' ', ' ', '  ', '\n', '\r\n', '\r', '\t', '; ', ': ', '-', '(', ')', '<', '>', '[', ']', '"', '\u0000', '\u00a0', '\u2028', '=');

/** A bounce-like line: tokens the core looks for, glue and a little noise, in any order. */
export const bounceText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: replyCode },
      { weight: 3, arbitrary: statusCode },
      { weight: 1, arbitrary: providerCode },
      { weight: 1, arbitrary: ip },
      { weight: 1, arbitrary: host.map((h) => `host ${h}[${'192.0.2.1'}]`) },
      { weight: 1, arbitrary: address.map((a) => `<${a}>`) },
      { weight: 4, arbitrary: phrase },
      { weight: 1, arbitrary: fc.tuple(replyCode, statusCode).map(([r, s]) => `${r}-${s} `) },
      { weight: 4, arbitrary: glue },
      { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** Any string at all, including lone surrogates and control characters. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ maxLength: 200 }),
);

const headerName = fc.oneof(
  fc.constantFrom(
    'From', 'To', 'Subject', 'Content-Type', 'Content-Transfer-Encoding', 'MIME-Version', 'X-Failed-Recipients', 'Auto-Submitted',
    'Return-Path', 'Message-ID', 'Received', 'X-Mailer', 'Precedence', 'X-Autoreply', 'Reporting-MTA', 'Final-Recipient',
  ),
  fc.string({ minLength: 1, maxLength: 10 }),
);
const encodedWord = fc
  .tuple(fc.constantFrom('utf-8', 'iso-8859-1', 'bogus', ''), fc.constantFrom('B', 'Q', 'b', 'x'), fc.string({ maxLength: 20 }))
  .map(([cs, enc, t]) => `=?${cs}?${enc}?${t}?=`);
const headerValue = fc.oneof(
  bounceText,
  encodedWord,
  fc.constantFrom(
    'Undelivered Mail Returned to Sender', 'Mail delivery failed: returning message to sender', 'MAILER-DAEMON@example.net',
    'multipart/report; report-type=delivery-status; boundary="b"', 'multipart/mixed; boundary=', 'multipart/mixed',
    'text/plain; charset=bogus-8', 'text/html', 'message/rfc822', 'base64', 'quoted-printable', 'auto-replied',
  ),
  fc.string({ maxLength: 40 }),
);
/** Header lines in any order, some folded, some broken (no colon, empty name, bare CR). */
export const headerSoup = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.tuple(headerName, headerValue).map(([n, v]) => `${n}: ${v}`) },
      { weight: 1, arbitrary: headerValue.map((v) => `\t${v}`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    ),
    { maxLength: 16 },
  )
  .map((lines) => lines.join('\n'));

/** Broken base64: valid chunks cut at odd places, junk characters, `=` in the middle. */
export const brokenBase64 = fc
  .tuple(bounceText, fc.nat(7), fc.string({ unit: 'binary-ascii', maxLength: 10 }), fc.boolean())
  .map(([t, cut, junk, pad]) => {
    const b = Buffer.from(t, 'utf8').toString('base64');
    const broken = b.slice(0, Math.max(0, b.length - cut)) + junk + (pad ? '==' : '');
    return broken.replace(/(.{76})/g, '$1\n');
  });

/** Broken quoted-printable: stray `=`, bad hex, soft breaks at line ends and mid-text. */
export const brokenQp = fc
  .array(fc.oneof(bounceText, fc.constantFrom('=', '=\n', '=ZZ', '=4', '=3D', '=C3=A9', '= \n', '=\r\n', '=0')), { maxLength: 16 })
  .map((p) => p.join(''));
