// au (KDDI) EZweb mobile mail notices ("Mail System Error - Returned Mail" from Postmaster@ezweb.ne.jp
// or au.com). Their first sentence is au's own verdict, written before the addresses:
//   The user(s) account is disabled.                      (suspend: an unpaid or closed contract)
//   The user(s) account is temporarily over quota.        (mailboxfull)
//   Your message was not delivered within 0 days and 1 hours.   (expired)
// A refusal at `>>> RCPT TO` is the remote's reply about the address instead, and `X-SPASIGN: NG`
// marks mail that au's own spam filter (the recipient's filter settings) refused.
// (Sisimai Lhost::EZweb: header signals, $refailures, the RCPT rule and X-SPASIGN; BSD-2-Clause.)

import { header } from '../headers.ts';
import type { Reason } from '../../types.ts';
import type { Finding, Input } from '../types.ts';

export const EZWEB_VERDICTS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['mailboxfull', ['The user(s) account is temporarily over quota']],
  ['suspend', ['The user(s) account is disabled.', 'The user(s) account is temporarily limited.']],
  ['expired', ['Your message was not delivered within ']],
];

/** At least two of the signals au's notices carry (one alone is too common). */
export function isEzweb(input: Input): boolean {
  const from = input.from;
  const received = input.headers.get('received') ?? [];
  const id = header(input.headers, 'message-id');
  const signals = [
    from.includes('Postmaster@ezweb.ne.jp') || from.includes('Postmaster@au.com'),
    input.subject.trim() === 'Mail System Error - Returned Mail',
    received.some((r) => r.includes('ezweb.ne.jp (EZweb Mail) with') || r.includes('.au.com (')),
    id.endsWith('.ezweb.ne.jp>') || id.endsWith('.au.com>'),
  ];
  return signals.filter(Boolean).length >= 2;
}

/** au's own verdict sentence stands as the diagnostic unless the remote refused the address at RCPT. */
export function ezwebFinding(input: Input, f: Finding): Finding {
  if (/^[ \t]*>>>[ \t]*RCPT\b/im.test(input.body)) return f;
  if (header(input.headers, 'x-spasign').trim().toUpperCase() === 'NG') return { ...f, formatReason: 'filtered' };
  const phrases = EZWEB_VERDICTS.flatMap(([, p]) => p);
  const line = input.body.split('\n').find((l) => phrases.some((p) => l.includes(p)));
  return line ? { ...f, diagnostic: line.trim(), command: '' } : f;
}
