// Google rules on lines that differ from the rule examples: other phrasings and scopes, folded
// multi-line replies, MTA/DSN wrappers, with and without the receiving host, and the sending setup.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/index.ts';
import type { Actor, Category, ClassifyContext, Permanence, Reason } from '../../../src/core/types.ts';

interface Case {
  line: string;
  ctx?: ClassifyContext;
  want: { ruleId?: string; reason: Reason; category: Category; actor: Actor; permanence: Permanence };
}

const cases: Case[] = [
  {
    line: "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
    want: { ruleId: 'google/not-authorized-direct', reason: 'norelaying', category: 'policy', actor: 'esp', permanence: 'permanent' },
  },
  // Gmail's own wording names Google without a Google host or "gsmtp" (providers.md §4 quotes the lines alone).
  {
    line: '421 4.7.28 Gmail has detected that this message exceeded the quota for sending messages that have the same Message-ID:',
    want: { ruleId: 'google/duplicate-message-id', reason: 'policyviolation', category: 'content', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: '552 5.7.0 This message was blocked because its content presents a potential security issue.',
    want: { ruleId: 'google/blocked-attachment', reason: 'policyviolation', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.',
    want: { ruleId: 'google/unsolicited-rate-ip', reason: 'blocked', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  // Address and mailbox.
  {
    line: "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. Learn more at\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser z5si123456qkj.88 - gsmtp",
    want: { ruleId: 'google/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host gmail-smtp-in.l.google.com[142.250.102.27] said: 550-5.1.1 The email account that you tried to reach does not exist. (in reply to RCPT TO command)',
    want: { ruleId: 'google/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.1.1 The email account that you tried to reach does not exist.',
    ctx: { host: 'gmail.com' },
    want: { ruleId: 'google/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "553-5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors. - gsmtp",
    want: { ruleId: 'google/domain-not-found', reason: 'hostunknown', category: 'domain_error', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "DNS Error: 12345678 DNS type 'mx' lookup of exampel.invalid responded with code NXDOMAIN Domain name not found: exampel.invalid Learn more at https://support.google.com/mail/?p=BadRcptDomain",
    want: { ruleId: 'google/domain-not-found', reason: 'hostunknown', category: 'domain_error', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "550 5.1.10 The domain example.org doesn't receive email according to the administrator: returned Null MX. https://support.google.com/mail/answer/6596",
    want: { ruleId: 'google/null-mx', reason: 'notaccept', category: 'domain_error', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "Diagnostic-Code: smtp; 452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp",
    want: { ruleId: 'google/over-quota', reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'temporary' },
  },
  {
    line: "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp",
    want: { ruleId: 'google/over-quota-inactive', reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '550-5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp',
    want: { ruleId: 'google/disabled-account', reason: 'suspend', category: 'mailbox_disabled', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-4.2.1 prevents additional messages from being delivered. Please resend your\n450 4.2.1 message at a later time. https://support.google.com/mail/?p=ReceivingRatePerm - gsmtp',
    want: { ruleId: 'google/receiving-too-quickly', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. - gsmtp',
    want: { ruleId: 'google/receiving-too-quickly', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'permanent' },
  },
  {
    line: '550 5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP relay sending limits please contact your administrator - gsmtp',
    want: { ruleId: 'google/sending-limit', reason: 'speeding', category: 'rate_limit', actor: 'sender', permanence: 'permanent' },
  },
  // Reputation and rate limits: the scope named in the text decides the actor.
  {
    line: '421-4.7.0 [198.51.100.4 15] Our system has detected that this message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp',
    want: { ruleId: 'google/ip-reputation', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '421-4.7.0 This message is suspicious due to the very low reputation of the sending domain. - gsmtp',
    want: { ruleId: 'google/domain-reputation', reason: 'badreputation', category: 'reputation', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address [192.0.2.44 19]. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp',
    want: { ruleId: 'google/unsolicited-rate-ip', reason: 'blocked', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address [192.0.2.44 19]. - gsmtp',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'google/unsolicited-rate-ip', reason: 'blocked', category: 'reputation', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: '550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. - gsmtp',
    want: { ruleId: 'google/unsolicited-rate-ip', reason: 'blocked', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain [example.com 14]. To protect our users from spam, mail sent from your domain has been temporarily rate limited. - gsmtp',
    want: { ruleId: 'google/unsolicited-rate-domain', reason: 'blocked', category: 'reputation', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: 'smtp; 421-4.7.28 Gmail has detected an unusual rate of mail originating from your DKIM domain [example.net 11]. - gsmtp',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'google/unsolicited-rate-domain', reason: 'blocked', category: 'reputation', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: '421-4.7.28 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:. - gsmtp',
    want: { ruleId: 'google/duplicate-message-id', reason: 'policyviolation', category: 'content', actor: 'sender', permanence: 'temporary' },
  },
  // Content and format.
  {
    line: '550-5.7.1 [192.0.2.8 12] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp',
    want: { ruleId: 'google/spam-content', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 Our system has detected that this message is likely unsolicited mail.',
    ctx: { host: 'aspmx.l.google.com' },
    want: { ruleId: 'google/spam-content', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '552-5.7.0 Our system detected an illegal attachment on your message. - gsmtp',
    want: { ruleId: 'google/blocked-attachment', reason: 'policyviolation', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550-5.7.1 Messages missing a valid Message-ID: header are not accepted. https://support.google.com/mail/?p=RfcMessageNonCompliant - gsmtp',
    want: { ruleId: 'google/not-rfc5322', reason: 'notcompliantrfc', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "552-5.3.4 Your message exceeded Google's message size limits. Please visit https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. - gsmtp",
    want: { ruleId: 'google/message-too-large', reason: 'mesgtoobig', category: 'message_too_large', actor: 'sender', permanence: 'permanent' },
  },
  // Authentication, including the 2024 bulk-sender codes.
  {
    line: '550-5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail policy (-all). - gsmtp',
    want: { ruleId: 'google/spf-hardfail', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "451-4.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication. - gsmtp",
    want: { ruleId: 'google/dmarc-reject', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: "550-5.7.27 Your email has been blocked because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. - gsmtp",
    want: { ruleId: 'google/bulk-spf', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM. - gsmtp",
    want: { ruleId: 'google/bulk-dkim', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: "550-5.7.32 Your email has been blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. - gsmtp",
    want: { ruleId: 'google/bulk-alignment', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "550-5.7.40 Your email has been blocked because the sending domain doesn't have a DMARC record. - gsmtp",
    want: { ruleId: 'google/bulk-no-dmarc', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp',
    want: { ruleId: 'google/unauthenticated', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'temporary' },
  },
  {
    // No "gsmtp" and no host: "Gmail requires" still names the provider.
    line: '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    want: { ruleId: 'google/unauthenticated', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550-5.7.24 The SPF record of the sending domain has one or more suspicious entries. - gsmtp',
    want: { ruleId: 'google/spf-suspicious', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '421-4.7.0 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. - gsmtp',
    want: { ruleId: 'google/ptr', reason: 'requireptr', category: 'authentication', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: "421-4.7.23 The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. - gsmtp",
    ctx: { setup: 'self-hosted' },
    want: { ruleId: 'google/ptr', reason: 'requireptr', category: 'authentication', actor: 'sender', permanence: 'temporary' },
  },
  // TLS, admin rules, relay.
  {
    line: "421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. - gsmtp",
    want: { ruleId: 'google/tls-required', reason: 'failedstarttls', category: 'tls', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. - gcdp 123abc - gsmtp',
    want: { ruleId: 'google/admin-policy', reason: 'policyviolation', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 This message violates example.org email policy. - gcdp a1b2 - gsmtp',
    want: { ruleId: 'google/admin-policy', reason: 'policyviolation', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '421 4.7.0 IP not in whitelist for RCPT domain, closing connection.',
    ctx: { host: 'aspmx.l.google.com' },
    want: { ruleId: 'google/ip-not-allowlisted', reason: 'blocked', category: 'policy', actor: 'recipient_admin', permanence: 'temporary' },
  },
  {
    line: '550 5.7.0 Mail relay denied [192.0.2.3]. Invalid credentials for relay for one of the domains in: example.com - gsmtp',
    want: { ruleId: 'google/relay-denied', reason: 'norelaying', category: 'relay_denied', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "550-5.7.1 [203.0.113.5] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. - gsmtp",
    want: { ruleId: 'google/not-authorized-direct', reason: 'norelaying', category: 'policy', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '552-5.3.4 The number of attachments (120) exceeds Google\'s limit of 100 attachments. - gsmtp',
    want: { ruleId: 'google/header-or-attachment-limit', reason: 'exceedlimit', category: 'message_too_large', actor: 'sender', permanence: 'permanent' },
  },
  // Loops, system trouble, timeouts: nobody acts while retries run.
  {
    line: '554-5.4.6 Message exceeded 50 hops, this may indicate a mail loop. - gsmtp',
    want: { ruleId: 'google/mail-loop', reason: 'networkerror', category: 'network', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '421-4.4.5 Server busy, try again later. - gsmtp',
    want: { ruleId: 'google/temporary-system-problem', reason: 'systemerror', category: 'other', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '421 4.7.0 Connection expired, try reconnecting. - gsmtp',
    want: { ruleId: 'google/connection-timeout', reason: 'expired', category: 'network', actor: 'none', permanence: 'temporary' },
  },
];

describe('google rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('google');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('treats Gmail’s own connection failure notice as a deferral while Gmail retries, and final once it gives up', () => {
    const line = 'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.org. 203.0.113.4: timed out]';
    const delayed = classify(line, { action: 'delayed' });
    expect([delayed.ruleId, delayed.reason, delayed.category, delayed.permanence, delayed.actor]).toEqual(['google/outbound-connect-failed', 'expired', 'network', 'temporary', 'none']);
    const failed = classify(line, { action: 'failed' });
    expect([failed.permanence, failed.actor]).toEqual(['permanent', 'recipient_admin']);
    const wording = classify('Technical details of temporary failure: The recipient server did not accept our requests to connect. [mx.example.org. 203.0.113.4: connection refused]');
    expect([wording.ruleId, wording.permanence, wording.actor]).toEqual(['google/outbound-connect-delayed', 'temporary', 'none']);
  });

  it('names Google and gives steps for the actor', () => {
    const v = classify('421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP Netblock [192.0.2.0/24 20]. - gsmtp');
    expect(v.summary).toMatch(/Gmail/);
    expect(v.nextSteps.join(' ')).toMatch(/ESP/);
    expect(v.links.map((l) => l.url)).toContain('https://postmaster.google.com/');
  });
});
