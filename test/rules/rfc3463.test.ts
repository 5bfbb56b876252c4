// Bare codes: RFC 3463 / IANA enhanced status codes (src/rules/rfc3463.ts) and RFC 5321 reply
// codes (src/rules/reply-codes.ts). The words are neutral, so only the codes decide.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.ts';
import type { Verdict } from '../../src/core/types.ts';
import { rfc3463 } from '../../src/rules/rfc3463.ts';

type Expect = Partial<Pick<Verdict, 'reason' | 'category' | 'permanence' | 'actor' | 'bounce' | 'hardBounce' | 'ruleId'>>;

const statusCases: Array<[string, Expect]> = [
  ['550 5.1.1 Not delivered', { reason: 'userunknown', category: 'user_unknown', permanence: 'permanent', actor: 'sender', bounce: true, hardBounce: true }],
  ['Diagnostic-Code: SMTP; 550 5.1.2 Not delivered', { reason: 'hostunknown', category: 'domain_error', actor: 'sender', hardBounce: true }],
  ['553 5.1.3 Not delivered', { reason: 'userunknown', hardBounce: true }],
  ['550 5.1.6 Not delivered', { reason: 'hasmoved', category: 'user_unknown', hardBounce: true }],
  ['553 5.1.8 Not delivered', { reason: 'rejected', category: 'domain_error', actor: 'sender', hardBounce: false }],
  ['556 5.1.10 Not delivered', { reason: 'notaccept', category: 'domain_error', permanence: 'permanent', hardBounce: true }],
  ['550 5.2.1 Not delivered', { reason: 'filtered', category: 'mailbox_disabled', actor: 'recipient', hardBounce: false }],
  // X.2.2 "should be used as a persistent transient failure", but the class the server chose decides.
  ['552 5.2.2 Not delivered', { reason: 'mailboxfull', category: 'mailbox_full', permanence: 'permanent', actor: 'recipient', hardBounce: false }],
  ['452 4.2.2 Not delivered', { reason: 'mailboxfull', permanence: 'temporary', actor: 'recipient' }],
  ['552 5.2.3 Not delivered', { reason: 'exceedlimit', category: 'message_too_large', actor: 'sender' }],
  ['452 4.3.1 Not delivered', { reason: 'systemfull', permanence: 'temporary', actor: 'none' }],
  ['554 5.3.0 Not delivered', { reason: 'systemerror', permanence: 'permanent', actor: 'recipient_admin' }],
  ['451 4.3.0 Not delivered', { reason: 'onhold', permanence: 'temporary', actor: 'none' }],
  ['552 5.3.4 Not delivered', { reason: 'mesgtoobig', category: 'message_too_large', actor: 'sender' }],
  ['421 4.4.2 Not delivered', { reason: 'networkerror', category: 'network', permanence: 'temporary', actor: 'none' }],
  ['550 5.4.4 Not delivered', { reason: 'hostunknown', hardBounce: true }],
  ['451 4.4.4 Not delivered', { reason: 'networkerror', permanence: 'temporary', hardBounce: false }],
  ['554 5.4.6 Not delivered', { reason: 'networkerror', permanence: 'permanent', actor: 'recipient_admin' }],
  ['554 5.4.7 Not delivered', { reason: 'expired', category: 'expired', permanence: 'permanent' }],
  ['452 4.5.3 Not delivered', { reason: 'toomanyconn', category: 'rate_limit', permanence: 'temporary', actor: 'none' }],
  ['554 5.6.0 Not delivered', { reason: 'contenterror', category: 'content', actor: 'sender' }],
  ['550 5.7.1 Not delivered', { reason: 'securityerror', category: 'policy', permanence: 'permanent', actor: 'sender' }],
  ['451 4.7.1 Not delivered', { reason: 'securityerror', permanence: 'temporary', actor: 'none' }],
  ['550 5.7.1 Not delivered', { reason: 'securityerror', actor: 'sender' }],
  ['525 5.7.13 Not delivered', { reason: 'suspend', category: 'mailbox_disabled', actor: 'recipient' }],
  ['550 5.7.17 Not delivered', { reason: 'hasmoved', hardBounce: true }],
  ['550 5.7.23 Not delivered', { reason: 'authfailure', category: 'authentication', actor: 'sender' }],
  ['550 5.7.25 Not delivered', { reason: 'requireptr', category: 'authentication', actor: 'esp' }],
  ['550 5.7.26 Not delivered', { reason: 'authfailure', category: 'authentication', actor: 'sender' }],
  // X.7.27 is the sender's own null MX: the recipient must not be dropped.
  ['550 5.7.27 Not delivered', { reason: 'rejected', category: 'domain_error', actor: 'sender', hardBounce: false }],
  ['421 4.7.28 Not delivered', { reason: 'spamdetected', category: 'reputation', permanence: 'temporary', actor: 'esp' }],
  ['550 5.7.30 Not delivered', { reason: 'failedstarttls', category: 'tls' }],
  ['550 5.7.999 Not delivered', { reason: 'securityerror', ruleId: 'rfc3463/x.7.other' }],
  ['550 5.0.0 Not delivered', { reason: 'onhold', permanence: 'permanent', bounce: true, hardBounce: false }],
  ['250 2.1.5 Not delivered', { reason: 'delivered', bounce: false }],
  ['250 2.6.0 Queued', { reason: 'delivered', bounce: false, category: 'not_bounce' }],
];

const replyCases: Array<[string, Expect]> = [
  // a bare 550 is no proof of a dead address (RFC 5321 §4.2.2 lists several meanings)
  ['550 Not delivered', { reason: 'onhold', permanence: 'permanent', bounce: true, hardBounce: false }],
  ['421 mx.example.net closing connection', { reason: 'systemerror', permanence: 'temporary', actor: 'none' }],
  ['451 Try later', { reason: 'systemerror', permanence: 'temporary', actor: 'none' }],
  ['452 Not now', { permanence: 'temporary', actor: 'none' }],
  ['552 Not delivered', { reason: 'mailboxfull', actor: 'recipient' }],
  ['521 mx.example.net', { reason: 'notaccept', hardBounce: true }],
  ['502 Not implemented', { reason: 'syntaxerror', actor: 'esp' }],
  ['502 Not implemented', { reason: 'syntaxerror', actor: 'sender' }],
  ['host mx.example.net[192.0.2.1] said: 550 Unacceptable (in reply to MAIL FROM command)', { reason: 'rejected', actor: 'sender', hardBounce: false }],
  ['host mx.example.net[192.0.2.1] said: 553 Not allowed (in reply to RCPT TO command)', { reason: 'userunknown' }],
  ['SMTP error from remote mail server after initial connection: 554 Go elsewhere', { reason: 'blocked' }],
  ['441 Not now', { reason: 'onhold', permanence: 'temporary', actor: 'none' }],
  ['571 Not delivered', { reason: 'onhold', permanence: 'permanent' }],
  ['250 Message accepted', { reason: 'delivered', bounce: false }],
];

describe('RFC 3463 enhanced status codes', () => {
  it.each(statusCases)('%s', (line, expected) => {
    expect(classify(line)).toMatchObject(expected);
  });

  it('covers every registered subject.detail', () => {
    const registered: Record<string, number> = { 0: 0, 1: 10, 2: 4, 3: 6, 4: 7, 5: 6, 6: 10, 7: 30 };
    for (const [subject, last] of Object.entries(registered)) {
      for (let detail = 0; detail <= last; detail++) {
        if (subject === '1' && detail === 5) continue; // X.1.5 "Destination address valid" is only a success code
        const v = classify(`550 5.${subject}.${detail} Not delivered`);
        expect(v.ruleId, `5.${subject}.${detail}`).toMatch(/^rfc3463\/x\.\d+\.\d+(?:-transient)?$/);
      }
    }
  });

  it('quote the RFC and name who controls the subject', () => {
    for (const rule of rfc3463.rules) expect(rule.explanation ?? '', rule.id).toMatch(/RFC|IANA/);
  });
});

describe('RFC 5321 reply codes', () => {
  it.each(replyCases)('%s', (line, expected) => {
    const setup = expected.actor === 'sender' && line.startsWith('502') ? 'self-hosted' : 'shared';
    expect(classify(line, { setup })).toMatchObject(expected);
  });
});
