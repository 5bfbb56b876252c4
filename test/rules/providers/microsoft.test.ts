// Microsoft rules on lines that differ from the rule examples: other IPs and phrasings, MTA/DSN
// wrappers, folded or lower-cased text, with and without the receiving host, and the sending setup.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/index.ts';
import type { Actor, Category, ClassifyContext, Permanence, Reason } from '../../../src/core/types.ts';

interface Case {
  line: string;
  ctx?: ClassifyContext;
  want: { ruleId?: string; reason: Reason; category: Category; actor: Actor; permanence: Permanence };
}

const OLC = { host: 'hotmail-com.olc.protection.outlook.com' };
const EOP = { host: 'example-com.mail.protection.outlook.com' };

const cases: Case[] = [
  // Exchange's own status codes identify Microsoft without its host (providers.md §3 quotes them alone).
  {
    line: '550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)',
    want: { ruleId: 'microsoft/recipient-org-block', reason: 'blocked', category: 'blocklist', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 5.7.511 Access denied, banned sender[192.0.2.4]. To request removal from this list please forward this message to delist@messaging.microsoft.com',
    want: { ruleId: 'microsoft/banned-sender-511', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP',
    want: { ruleId: 'microsoft/outbound-tenant-threshold', reason: 'speeding', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
  // Block list S3140 / S3150 (and the AS prefix), in several wrappers.
  {
    line: "Diagnostic-Code: smtp; 550 5.7.1 Unfortunately, messages from [203.0.113.200] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    want: { ruleId: 'microsoft/network-block-list', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "host hotmail-com.olc.protection.outlook.com[52.101.8.44] said: 550 5.7.1 Unfortunately, messages from [192.0.2.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). (in reply to MAIL FROM command)",
    want: { ruleId: 'microsoft/network-block-list', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "smtp;550 5.7.1 unfortunately, messages from [198.51.100.3] weren't sent. please contact your internet service provider since part of their network is on our block list (as3140).",
    want: { ruleId: 'microsoft/network-block-list', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'microsoft/network-block-list', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "550 5.7.1 Unfortunately, messages from [192.0.2.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list.",
    ctx: { host: 'mx1.hotmail.com' },
    want: { ruleId: 'microsoft/block-list', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  // Outlook.com legacy codes.
  {
    line: "421 RP-002 (SNT004-MC2F7) Unfortunately, some messages from 192.0.2.3 weren't sent. Please try again.",
    want: { ruleId: 'microsoft/rp-rate-limit', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '550 SC-001 Mail rejected by Outlook.com for policy reasons',
    want: { ruleId: 'microsoft/sc-001', reason: 'badreputation', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "550 SC-004 (COL0-MC1-F2) Unfortunately, messages from 203.0.113.3 weren't sent.",
    ctx: { setup: 'self-hosted' },
    want: { ruleId: 'microsoft/sc-004', reason: 'blocked', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "550 DY-001 (BAY0-MC3-F9) Unfortunately, messages from 198.51.100.77 weren't sent.",
    want: { ruleId: 'microsoft/dy-001', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "550 OU-001 (SNT004-MC1F43) Unfortunately, messages from [203.0.113.1] weren't sent.",
    want: { ruleId: 'microsoft/ou-001', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  // Exchange Online banned IPs and block lists.
  {
    line: '550 5.7.621 Access denied, banned sending IP [198.51.100.12]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
    want: { ruleId: 'microsoft/banned-sending-ip', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 5.7.606 Access denied, banned sending IP [198.51.100.12].',
    ctx: EOP,
    want: { ruleId: 'microsoft/banned-sending-ip', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 5.7.511 Access denied, banned sender[192.0.2.8]. To request removal from this list please forward this message to delist@messaging.microsoft.com.',
    want: { ruleId: 'microsoft/banned-sender-511', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 5.7.513 Service unavailable, Client host [192.0.2.90] blocked by example.org using Customer Block list (AS16012607)',
    ctx: EOP,
    want: { ruleId: 'microsoft/recipient-org-block', reason: 'blocked', category: 'blocklist', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 Service unavailable, Client host [198.51.100.5] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.5 AS(1450)',
    ctx: EOP,
    want: { ruleId: 'microsoft/spamhaus', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  // Authentication.
  {
    line: "Remote Server returned '550 5.7.509 Access denied, sending domain [EXAMPLE.ORG] does not pass DMARC verification and has a DMARC policy of reject.'",
    want: { ruleId: 'microsoft/dmarc-reject', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: "550 5.7.515 Access denied, sending domain EXAMPLE.COM doesn't meet the required authentication level.",
    want: { ruleId: 'microsoft/auth-level', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    ctx: { host: 'outlook.com' },
    want: { ruleId: 'microsoft/spf-violation', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::1] must pass either SPF or DKIM validation, this message is not signed',
    want: { ruleId: 'microsoft/ipv6-spf-dkim', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::2] must have a reverse DNS record.',
    ctx: { setup: 'self-hosted' },
    want: { ruleId: 'microsoft/ipv6-ptr', reason: 'blocked', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  // Throttling: IP reputation belongs to the IP owner; busy/connection limits clear by themselves.
  {
    line: '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113)',
    want: { ruleId: 'microsoft/ip-reputation-throttle', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation.',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'microsoft/ip-reputation-throttle', reason: 'badreputation', category: 'reputation', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: '554 4.4.7 Message expired: unable to deliver in 840 minutes.<451 4.7.651 The mail server [198.51.100.61] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S844) [AM7EUR06FT034.eop-eur06.prod.protection.outlook.com]>',
    want: { ruleId: 'microsoft/ip-reputation-throttle', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'host outlook-com.olc.protection.outlook.com[52.101.42.17] said: 451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761) (in reply to RCPT TO command)',
    want: { ruleId: 'microsoft/server-busy', reason: 'systemerror', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '554 4.4.7 Message expired: unable to deliver in 1440 minutes.<451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77714)>',
    want: { ruleId: 'microsoft/throttle-expired', reason: 'expired', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '451 4.7.500 Server busy. Please try again later from [198.51.100.200]. (AS843)',
    want: { ruleId: 'microsoft/server-busy', reason: 'systemerror', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115)',
    ctx: OLC,
    want: { ruleId: 'microsoft/max-connections', reason: 'toomanyconn', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '451 4.7.603 Access denied, please try again later.',
    ctx: { host: 'outlook-com.olc.protection.outlook.com' },
    want: { ruleId: 'microsoft/temporarily-restricted', reason: 'blocked', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  // Recipient address and mailbox.
  {
    line: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nobody@example.com not found by SMTP address lookup',
    want: { ruleId: 'microsoft/recipient-not-found', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host example-com.mail.protection.outlook.com[198.51.100.2] said: 550 5.4.1 <nobody@example.com>: Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [DB3PEPF0000885D.eurprd02.prod.outlook.com] (in reply to RCPT TO command)',
    want: { ruleId: 'microsoft/dbeb-unknown-recipient', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    want: { ruleId: 'microsoft/dbeb-unknown-recipient', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 Requested action not taken: mailbox unavailable (-1234567890:4567:-2147467259)',
    want: { ruleId: 'microsoft/mailbox-unavailable', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.5.0 Requested action not taken: mailbox unavailable.',
    ctx: { host: 'hotmail.com' },
    want: { ruleId: 'microsoft/mailbox-unavailable', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '552 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause',
    want: { ruleId: 'microsoft/mailbox-full', reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '452 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded',
    want: { ruleId: 'microsoft/recipient-thread-limit', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: "550 5.2.121 RESOLVER.RST.RecipP2PMessageRateLimitExceeded; recipient's per hour message receive limit from specific sender exceeded",
    want: { ruleId: 'microsoft/per-hour-receive-limit', reason: 'speeding', category: 'rate_limit', actor: 'sender', permanence: 'permanent' },
  },
  // The recipient organisation's own rules.
  {
    line: '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this recipient',
    want: { ruleId: 'microsoft/group-restriction', reason: 'rejected', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member",
    want: { ruleId: 'microsoft/group-restriction', reason: 'rejected', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized; sender not in allowed-senders list',
    want: { ruleId: 'microsoft/group-restriction', reason: 'rejected', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 Delivery not authorized, message refused',
    ctx: EOP,
    want: { ruleId: 'microsoft/delivery-not-authorized', reason: 'rejected', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 5.7.950 Delivery not authorized, message refused.',
    ctx: EOP,
    want: { ruleId: 'microsoft/transport-rule', reason: 'policyviolation', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  // The sender's own Microsoft 365 tenant: the sender acts, whatever the setup.
  {
    line: '550 5.1.8 Access denied, bad outbound sender. AS(42004) [VI1PR08MB1234.eurprd08.prod.outlook.com]',
    want: { ruleId: 'microsoft/outbound-sender-blocked', reason: 'rejected', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.7.501 Access denied, spam abuse detected. The sending account has been banned due to detected spam activity. [DM5PR11MB1234.namprd11.prod.outlook.com]',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'microsoft/outbound-sender-blocked', reason: 'rejected', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [AM0PR02MB1234.eurprd02.prod.outlook.com]',
    want: { ruleId: 'microsoft/outbound-tenant-threshold', reason: 'speeding', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.7.57 Client not authenticated to send mail. Client was not authenticated to send anonymous mail during MAIL FROM',
    want: { ruleId: 'microsoft/client-not-authenticated', reason: 'securityerror', category: 'relay_denied', actor: 'sender', permanence: 'permanent' },
  },
  // TLS, DANE and MTA-STS failures at the destination.
  {
    line: '451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
    want: { ruleId: 'microsoft/tls-dane-mta-sts', reason: 'failedstarttls', category: 'tls', actor: 'recipient_admin', permanence: 'temporary' },
  },
  {
    line: "550 5.7.322 certificate-expired: Destination mail server's certificate is expired.",
    want: { ruleId: 'microsoft/tls-dane-mta-sts', reason: 'failedstarttls', category: 'tls', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '451 4.4.8 MX hosts of example.net failed MTA-STS validation.',
    want: { ruleId: 'microsoft/tls-dane-mta-sts', reason: 'failedstarttls', category: 'tls', actor: 'recipient_admin', permanence: 'temporary' },
  },
  // Expiry and connection failures.
  {
    line: '550 5.4.300 Message expired [BN8NAM12FT010.eop-nam12.prod.protection.outlook.com]',
    want: { ruleId: 'microsoft/message-expired', reason: 'expired', category: 'network', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 5.4.316 Message expired, connection refused(Socket error code 10061)',
    ctx: { host: 'outlook.office365.com' },
    want: { ruleId: 'microsoft/message-expired', reason: 'expired', category: 'network', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 4.4.7 QUEUE.Expired; message expired [Message=Socket error code 10060] [LastAttemptedServerName=mx.example.net] [PH0PR11MB7777.namprd11.prod.outlook.com]',
    want: { ruleId: 'microsoft/message-expired', reason: 'expired', category: 'network', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.example.net] [DM6PR11MB1111.namprd11.prod.outlook.com]',
    want: { ruleId: 'microsoft/connection-deferred', reason: 'networkerror', category: 'network', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds',
    want: { ruleId: 'microsoft/bare-lf', reason: 'contenterror', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
];

describe('microsoft rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('microsoft');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('reads Microsoft’s own codes out of the text', () => {
    expect(classify("550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. ... on our block list (S3150).").providerCode).toBe('S3150');
    expect(classify("421 RP-001 (COL004-MC1F5) Unfortunately, some messages from 192.0.2.3 weren't sent.").providerCode).toBe('RP-001');
  });

  it('keeps Microsoft’s rules off other servers’ texts', () => {
    // A generic block-list reply from an unknown server must not be labelled Microsoft.
    expect(classify('550 5.7.1 Your IP is on our block list').provider).not.toBe('microsoft');
    expect(classify('554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>').provider).not.toBe('microsoft');
  });

  it('names Microsoft and gives steps for the actor', () => {
    const v = classify('550 5.7.606 Access denied, banned sending IP [192.0.2.4]. To request removal from this list please visit https://sender.office.com/');
    expect(v.summary).toMatch(/Microsoft/);
    expect(v.nextSteps.length).toBeGreaterThan(0);
    expect(v.links.map((l) => l.url)).toContain('https://sender.office.com/');
    const own = classify('550 5.7.606 Access denied, banned sending IP [192.0.2.4]. To request removal from this list please visit https://sender.office.com/', { setup: 'dedicated' });
    expect(own.actor).toBe('sender');
    expect(own.nextSteps.join(' ')).toMatch(/sender\.office\.com/);
  });
});
