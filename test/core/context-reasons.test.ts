// What the notice's structure adds to classify() (ClassifyContext formatReason, fallbackReason,
// commandKnown; src/core/structure.ts), and the decoder facts that feed it (PowerMTA bounce
// categories, Exchange 2003 status codes). Sisimai 5.1.0p3's order: sisimai.md "How Sisimai decides".

import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify.ts';
import { parseEmail } from '../../src/core/email/index.ts';

describe('fallbackReason: only when no text rule decides', () => {
  it('applies when no rule matches', () => {
    expect(classify('The message could not be handed over', { fallbackReason: 'expired' }).reason).toBe('expired');
  });
  it('applies over a status that only gives the class (X.0.0)', () => {
    expect(classify('550 5.0.0 Nope', { fallbackReason: 'expired' }).reason).toBe('expired');
  });
  it('yields to a text rule', () => {
    expect(classify('552 5.2.2 Mailbox full', { fallbackReason: 'expired' }).reason).toBe('mailboxfull');
  });
  it('onhold / undefined never replace a specific status rule', () => {
    expect(classify('550 5.1.1 Nope', { fallbackReason: 'onhold' }).reason).toBe('userunknown');
    expect(classify('The message could not be handed over', { fallbackReason: 'onhold' }).reason).toBe('onhold');
  });
});

describe('formatReason: kept unless the text names a definite cause', () => {
  it('stands over a vague text', () => {
    expect(classify('Your post was not accepted', { formatReason: 'rejected' }).reason).toBe('rejected');
  });
  it('yields to a definite cause', () => {
    expect(classify('552 5.2.2 Mailbox full', { formatReason: 'rejected' }).reason).toBe('mailboxfull');
  });
  it('an agreeing text keeps its own rule (no swap to filtered)', () => {
    const v = classify('550 User unknown', { formatReason: 'userunknown', commandKnown: true });
    expect([v.reason, v.ruleId]).toEqual(['userunknown', 'generic/user-unknown']);
  });
});

describe('commandKnown: unknown-user words outside RCPT are filtered (Sisimai Reason::Filtered)', () => {
  it('no command and no 5.1.x status in a whole notice → filtered, soft', () => {
    const v = classify('550 User unknown', { commandKnown: true });
    expect([v.reason, v.hardBounce]).toEqual(['filtered', false]);
  });
  it('a single line alone keeps userunknown', () => {
    expect(classify('550 User unknown').reason).toBe('userunknown');
  });
  it('a 5.1.1 status, an RCPT reply or a reply naming the address stays userunknown', () => {
    expect(classify('550 5.1.1 User unknown', { commandKnown: true }).reason).toBe('userunknown');
    expect(classify('550 User unknown', { commandKnown: true, command: 'RCPT' }).reason).toBe('userunknown');
    expect(classify('550 <user@example.com>: User unknown', { commandKnown: true }).reason).toBe('userunknown');
  });
  it('a directory lookup is userunknown whatever the command', () => {
    expect(classify('User J. Doe (user@example.com) not listed in Domino Directory', { commandKnown: true }).reason).toBe('userunknown');
  });
  it('after DATA a 5.1.1 status still wins (notStatus)', () => {
    expect(classify('host mx.example.net[192.0.2.1] said: 550 5.1.1 Unknown user (in reply to end of DATA command)').reason).toBe('userunknown');
    expect(classify('host mx.example.net[192.0.2.1] said: 550 5.2.1 Unknown user (in reply to end of DATA command)').reason).toBe('filtered');
  });
});

describe('a lookup failure under a 4.x.x status is a network error, not a dead domain', () => {
  it('NXDOMAIN while retrying', () => {
    const v = classify("451 4.4.0 DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid");
    expect([v.reason, v.hardBounce]).toEqual(['networkerror', false]);
  });
  it('a Null MX stays notaccept', () => {
    expect(classify("DNS Error: DNS type 'mx' lookup of example.com responded with code NOERROR The domain example.com doesn't receive email according to the administrator: returned NULL MX").reason).toBe('notaccept');
  });
});

const dsn = (extra: string, diag: string) =>
  [
    'From: MAILER-DAEMON@mta.example.org', 'To: sender@example.org', 'Subject: Delivery report', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '', '--b1', 'Content-Type: text/plain', '',
    'Delivery failed.', '', '--b1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns;mta.example.org', '',
    'Final-Recipient: rfc822;user@example.net', 'Action: failed', 'Status: 5.2.1', 'Remote-MTA: dns;mx.example.net',
    `Diagnostic-Code: smtp;${diag}`, extra, '', '--b1--', '',
  ].join('\n');

describe('decoder facts', () => {
  it("PowerMTA's bounce category states the reason", async () => {
    const [r] = await parseEmail(dsn('X-PowerMTA-BounceCategory: bad-mailbox', '550 5.2.1 <user@example.net>... User Unknown'));
    expect([r?.reason, r?.hardBounce]).toEqual(['userunknown', true]);
  });
  it('without it, the same reply at no known command is filtered', async () => {
    const [r] = await parseEmail(dsn('X-Other: 1', '550 5.2.1 <user@example.net>... User Unknown'));
    expect(r?.reason).toBe('filtered');
  });
  it('an Exchange 2003 000C05A6 status is an unknown recipient', async () => {
    const mail = [
      'From: postmaster@example.org', 'To: sender@example.org', 'Subject: Undeliverable: hello', '',
      'Your message did not reach some or all of the intended recipients.', '',
      'The following recipient(s) could not be reached:', '',
      '      user@example.net on Thu, 29 Apr 2010 00:00:00 -0000',
      '            The recipient name is not recognized',
      '            MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6)', '',
    ].join('\n');
    const [r] = await parseEmail(mail);
    expect([r?.recipient, r?.reason]).toEqual(['user@example.net', 'userunknown']);
  });
});
