// Representative bounce lines through the generic phrase rules (src/rules/generic.ts), in the
// wrappers they arrive in: bare replies, `Diagnostic-Code: smtp; ...`, Postfix's "host ... said:
// ... (in reply to ... command)", Exim's "SMTP error from remote mail server after ...", upper case,
// folded `550-` continuation lines; plus texts that are no bounce at all.
// All fixtures are made up (example.* domains, documentation IP ranges).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.ts';
import type { ClassifyContext, Verdict } from '../../src/core/types.ts';

type Expect = Partial<Pick<Verdict, 'reason' | 'category' | 'permanence' | 'actor' | 'bounce' | 'hardBounce'>>;

const HOST = 'host mx.example.net[192.0.2.1] said:';

const cases: Array<[string, Expect, ClassifyContext?]> = [
  // user unknown, in its wrappers
  ['550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table', { reason: 'userunknown', category: 'user_unknown', permanence: 'permanent', actor: 'sender', bounce: true, hardBounce: true }],
  ['Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>... User Unknown', { reason: 'userunknown', permanence: 'permanent', actor: 'sender', hardBounce: true }],
  [`${HOST} 550 5.1.1 <user@example.net>: Recipient address rejected: User unknown in virtual alias table (in reply to RCPT TO command)`, { reason: 'userunknown', actor: 'sender', hardBounce: true }],
  ['SMTP ERROR FROM REMOTE MAIL SERVER AFTER RCPT TO:<USER@EXAMPLE.COM>: 550 NO SUCH USER HERE', { reason: 'userunknown', category: 'user_unknown', hardBounce: true }],
  ['550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient’s email address for typos or\n550 5.1.1 unnecessary spaces.', { reason: 'userunknown', permanence: 'permanent', hardBounce: true }],
  ['Sorry, no mailbox here by that name. (#5.1.1)', { reason: 'userunknown', hardBounce: true }],
  ['450 4.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table', { reason: 'userunknown', permanence: 'temporary', actor: 'sender' }],
  // the same words after DATA are a filter's verdict (Sisimai Filtered)
  [`${HOST} 550 Unknown user user@example.net (in reply to end of DATA command)`, { reason: 'filtered', category: 'policy', actor: 'recipient', hardBounce: false }],
  // mailbox
  ['452 4.2.2 <user@example.com>... Mailbox Full', { reason: 'mailboxfull', category: 'mailbox_full', permanence: 'temporary', actor: 'recipient', hardBounce: false }],
  ['552 5.2.2 Quota exceeded (mailbox for user is full)', { reason: 'mailboxfull', permanence: 'permanent', actor: 'recipient' }],
  ['525 5.7.13 Disabled recipient address', { reason: 'suspend', category: 'mailbox_disabled', actor: 'recipient', hardBounce: false }],
  ['550 5.1.6 recipient no longer on server: user@example.com', { reason: 'hasmoved', category: 'user_unknown', hardBounce: true }],
  // the envelope sender's domain does not resolve: the sender's DNS, not a receiver's policy (providers.md §18)
  [`${HOST} 450 4.1.8 <bounces@mail.example.com>: Sender address rejected: Domain not found (in reply to RCPT TO command)`, { reason: 'rejected', category: 'domain_error', permanence: 'temporary', actor: 'sender' }],
  ['553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist', { reason: 'rejected', category: 'domain_error', permanence: 'permanent', actor: 'sender' }],
  // a remote's own 4xx timeout reply is retried; once the sending MTA gave up (Action: failed) it is final
  ['451 4.4.2 Timeout - closing connection', { reason: 'expired', category: 'network', permanence: 'temporary', actor: 'none' }],
  ['451 4.4.2 Timeout - closing connection', { reason: 'expired', permanence: 'permanent', actor: 'recipient_admin' }, { action: 'failed' }],
  // a bare connection failure is retried (providers.md §18: network/temporary/none); final once the MTA gave up
  ['connect to mx.example.net[192.0.2.1]:25: Connection timed out', { reason: 'expired', permanence: 'temporary', actor: 'none' }],
  ['connect to mx.example.net[192.0.2.1]:25: Connection timed out', { reason: 'expired', permanence: 'permanent', actor: 'recipient_admin' }, { action: 'failed' }],
  ["unable to connect to remote server [192.0.2.9:25]: Operation timed out. I'm not going to try again; this message has been in the queue too long.", { permanence: 'permanent', actor: 'recipient_admin' }],
  // Gmail's per-recipient rate limit in its 'email' wording: not a disabled mailbox despite 4.2.1
  ['450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time.', { reason: 'speeding', category: 'rate_limit', permanence: 'temporary', actor: 'none' }],
  // greylisting (providers.md §18)
  ['450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html', { category: 'greylist', permanence: 'temporary', actor: 'none', bounce: true }],
  ['451 4.7.1 Greylisting in action, please come back later', { category: 'greylist', permanence: 'temporary', actor: 'none' }],
  // relaying, block lists, reverse DNS
  ['554 5.7.1 <user@example.com>: Relay access denied', { reason: 'norelaying', category: 'relay_denied', permanence: 'permanent', actor: 'recipient_admin' }],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org; see http://bl.example.org/', { reason: 'blocked', category: 'blocklist', permanence: 'permanent', actor: 'esp' }],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org; see http://bl.example.org/', { reason: 'blocked', actor: 'sender' }, { setup: 'dedicated' }],
  ['554 5.7.1 <sender@example.com>: Sender address rejected: Sender address [sender@example.com] blocked using dbl.example.org', { reason: 'blocked', category: 'blocklist', actor: 'sender' }],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org; Error: open resolver', { reason: 'blocked', actor: 'recipient_admin' }],
  ['550 5.7.1 Service unavailable: the sending IP address has a poor reputation', { reason: 'badreputation', category: 'reputation', actor: 'esp' }],
  ['450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]', { reason: 'requireptr', category: 'authentication', permanence: 'temporary', actor: 'esp' }],
  ['550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 192.0.2.1', { reason: 'requireptr', permanence: 'permanent', actor: 'esp' }],
  // authentication
  ['550 Bad SPF records for [example.com:192.0.2.2], see http://spf.pobox.com/', { reason: 'authfailure', category: 'authentication', permanence: 'permanent', actor: 'sender' }],
  ['550 5.7.1 Email rejected per DMARC policy for example.com', { reason: 'authfailure', category: 'authentication', actor: 'sender' }],
  ['535 5.7.8 Authentication credentials invalid', { reason: 'securityerror', category: 'authentication', actor: 'sender' }],
  // size and content
  ['552 5.3.4 Message size exceeds fixed limit', { reason: 'mesgtoobig', category: 'message_too_large', permanence: 'permanent', actor: 'sender' }],
  ['552 5.2.3 Message length exceeds administrative limit', { reason: 'exceedlimit', category: 'message_too_large', actor: 'sender' }],
  [`${HOST} 554 5.7.1 This message has been scored as spam with a probability of more than 90% (in reply to end of DATA command)`, { reason: 'spamdetected', category: 'content', actor: 'sender' }],
  // no message content has been sent at RCPT, so "spam" there is not a verdict on the content
  [`${HOST} 554 5.7.1 Spam source detected (in reply to RCPT TO command)`, { reason: 'securityerror', bounce: true }],
  ['550 Virus Detected; Content Rejected', { reason: 'virusdetected', category: 'content', actor: 'sender' }],
  ['This message is not RFC 5322 compliant. There are multiple Subject headers.', { reason: 'notcompliantrfc', category: 'content', actor: 'sender' }],
  ['550 5.7.0 Local Policy Violation', { reason: 'policyviolation', category: 'policy', actor: 'recipient_admin' }],
  // rate limits
  ['451 4.7.1 <mx.example.net[192.0.2.1]>: Client host rejected: Please try again slower', { reason: 'speeding', category: 'rate_limit', permanence: 'temporary', actor: 'none' }],
  ['421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later', { reason: 'toomanyconn', category: 'rate_limit', permanence: 'temporary', actor: 'none' }],
  [`${HOST} 552 Too many recipients (in reply to RCPT TO command)`, { reason: 'toomanyconn', permanence: 'temporary', actor: 'none' }],
  // network, expiry, TLS
  ['connect to mx.example.net[192.0.2.1]:25: No route to host', { reason: 'networkerror', category: 'network', permanence: 'temporary', actor: 'none' }],
  ['connect to mx.example.net[192.0.2.1]:25: No route to host', { reason: 'networkerror', permanence: 'permanent', actor: 'recipient_admin' }, { action: 'failed' }],
  ['status=deferred (connect to mx.example.net[192.0.2.1]:25: No route to host)', { reason: 'networkerror', permanence: 'temporary', actor: 'none' }],
  ['554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>', { reason: 'expired', category: 'expired', permanence: 'permanent', actor: 'recipient_admin' }],
  ['530 5.7.0 Must issue a STARTTLS command first', { reason: 'failedstarttls', category: 'tls', actor: 'esp' }],
  // the sender's side and the domain
  ['553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist', { reason: 'rejected', permanence: 'permanent', actor: 'sender', hardBounce: false }],
  [`${HOST} 550 5.7.1 Access denied (in reply to MAIL FROM command)`, { reason: 'rejected', actor: 'sender', hardBounce: false }],
  ['Host or domain name not found. Name service error for name=example.invalid type=A: Host not found', { reason: 'hostunknown', category: 'domain_error', actor: 'sender', hardBounce: true }],
  ['556 5.1.10 <user@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)', { reason: 'notaccept', category: 'domain_error', permanence: 'permanent', hardBounce: true }],
  // complaint reports are not bounces of an address but still need action
  ['This is an email abuse report for an email message received from IP 192.0.2.1 on Thu, 2 May 2024 10:00:00 +0000', { reason: 'feedback', category: 'complaint', actor: 'sender', hardBounce: false }],
  // no failure at all
  ['Thanks for the meeting yesterday, see you soon.', { bounce: false, category: 'not_bounce', actor: 'none' }],
  ['', { bounce: false, category: 'not_bounce' }],
  ['250 2.0.0 OK: queued as 1A2B3C4D', { reason: 'delivered', bounce: false, category: 'not_bounce', hardBounce: false }],
  ['250 Ok', { reason: 'delivered', bounce: false }],
  ['Automatic reply: I am out of the office until 12 May and will reply upon my return.', { reason: 'vacation', bounce: false, category: 'not_bounce', actor: 'none' }],
  // words that phrase rules look for, in ordinary prose
  ['We have a strict refund policy.', { bounce: false }],
  ['Please check your spam folder for our reply.', { bounce: false }],
  ['Our brand has a great reputation with customers.', { bounce: false }],
  ['Your order has been delayed by two days.', { bounce: false }],
  ['We updated the SPF record of our domain yesterday.', { bounce: false }],
];

describe('generic phrase rules', () => {
  it.each(cases)('%s', (line, expected, ctx) => {
    const v = classify(line, ctx);
    expect(v).toMatchObject(expected);
    if (v.bounce) expect(v.nextSteps.length).toBeGreaterThan(0);
  });

  it('point the evidence at the words that matched', () => {
    const line = 'Diagnostic-Code: smtp; 550 5.7.1 <user@example.com>: Relay access denied';
    const v = classify(line);
    const text = v.evidence.find((e) => e.kind === 'text');
    expect(text && line.slice(text.start, text.end).toLowerCase()).toBe('relay access denied');
  });
});
