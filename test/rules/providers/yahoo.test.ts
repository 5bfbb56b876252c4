// Yahoo / AOL rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
// wrappers, with and without the receiving host, 421s that are permanent, and the sending setup.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/index.ts';
import type { Actor, Category, ClassifyContext, Permanence, Reason } from '../../../src/core/types.ts';

interface Case {
  line: string;
  ctx?: ClassifyContext;
  want: { ruleId?: string; reason: Reason; category: Category; actor: Actor; permanence: Permanence };
}

const YAHOO_MX = { host: 'mta7.am0.yahoodns.net' };

const cases: Case[] = [
  // TS / TSS deferrals: IP reputation, temporary, the IP owner acts.
  {
    line: 'host mta6.am0.yahoodns.net[67.195.204.72] said: 421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)',
    want: { ruleId: 'yahoo/deferred-reputation', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'yahoo/deferred-reputation', reason: 'badreputation', category: 'reputation', actor: 'sender', permanence: 'temporary' },
  },
  {
    line: 'smtp; 421 4.7.0 [TS02] Messages from 192.0.2.6 temporarily deferred due to user complaints - 4.16.55.1',
    want: { ruleId: 'yahoo/deferred-reputation', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '421 4.7.0 [IPTS04] Messages from 192.0.2.6 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html',
    want: { ruleId: 'yahoo/deferred-reputation', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
  {
    // An ESP's expiry notice wrapping the deferral: now final, still the IP's reputation.
    line: '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.7.0 [TSS04] Messages from 198.51.100.2 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1>',
    want: { ruleId: 'yahoo/deferred-reputation', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  // Permanent although 421 / 553.
  {
    line: '421 4.7.1 [TS03] All messages from 198.51.100.33 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    want: { ruleId: 'yahoo/permanently-deferred', reason: 'rejected', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 553 5.7.2 [TSS11] All messages from 192.0.2.70 will be permanently deferred; Retrying will NOT succeed.',
    want: { ruleId: 'yahoo/permanently-deferred', reason: 'rejected', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    // Same wording without the bracket code: the Yahoo host identifies it.
    line: '421 4.7.0 Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
    ctx: YAHOO_MX,
    want: { ruleId: 'yahoo/deferred-reputation', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '553 5.7.2 All messages from 192.0.2.70 will be permanently deferred; Retrying will NOT succeed.',
    ctx: { host: 'yahoo.com' },
    want: { ruleId: 'yahoo/permanently-deferred', reason: 'rejected', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  // Spamhaus listings.
  {
    line: "553 5.7.1 Connections will not be accepted from 192.0.2.2, because the ip is in Spamhaus's list",
    ctx: { host: 'aol.com' },
    want: { ruleId: 'yahoo/spamhaus', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "553 5.7.1 [TSS07] Connections will not be accepted from 192.0.2.2, because the ip is in Spamhaus's list; see https://help.yahoo.com/kb/postmaster/SLN5070.html",
    want: { ruleId: 'yahoo/spamhaus', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.2, because the ip is in Spamhaus's list",
    ctx: { setup: 'self-hosted' },
    want: { ruleId: 'yahoo/spamhaus', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  // Policy, content and authentication.
  {
    line: '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://senders.yahooinc.com/error-codes',
    want: { ruleId: 'yahoo/policy-content', reason: 'policyviolation', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '554 5.7.9 Message not accepted for policy reasons.',
    ctx: YAHOO_MX,
    want: { ruleId: 'yahoo/policy-content', reason: 'policyviolation', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host mx-aol.mail.gm0.yahoodns.net[98.136.96.74] said: 550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. (in reply to end of DATA command)',
    want: { ruleId: 'yahoo/unauthenticated', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '554 5.7.5 (AU01) Message not accepted for policy reasons.',
    ctx: { host: 'yahoo.com' },
    want: { ruleId: 'yahoo/dkim-invalid', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain',
    want: { ruleId: 'yahoo/unresolvable-domain', reason: 'rejected', category: 'domain_error', actor: 'sender', permanence: 'temporary' },
  },
  // Address and mailbox.
  {
    line: "554 delivery error: dd This user doesn't have a aol.com account (nobody@aol.com) [0] - mta1234.mail.ne1.yahoo.com",
    want: { ruleId: 'yahoo/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 554 delivery error: dd Not a valid recipient - atlas104.free.mail.bf1.yahoo.com',
    want: { ruleId: 'yahoo/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '552 1 Requested mail action aborted, mailbox not found',
    ctx: { host: 'mx-aol.mail.gm0.yahoodns.net' },
    want: { ruleId: 'yahoo/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '554 delivery error: dd Sorry your message to nobody@yahoo.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta4020.mail.ir2.yahoo.com',
    want: { ruleId: 'yahoo/disabled-account', reason: 'suspend', category: 'mailbox_disabled', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '554 30 Sorry, your message to nobody@aol.jp cannot be delivered. This mailbox is disabled (554.30)',
    want: { ruleId: 'yahoo/disabled-account', reason: 'suspend', category: 'mailbox_disabled', actor: 'recipient', permanence: 'permanent' },
  },
  // Rate limits that clear by themselves.
  {
    line: '450 User is receiving mail too quickly',
    ctx: { host: 'mta5.am0.yahoodns.net' },
    want: { ruleId: 'yahoo/receiving-too-quickly', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '421 Max message per connection reached, closing transmission channel',
    ctx: { host: 'mx-aol.mail.gm0.yahoodns.net' },
    want: { ruleId: 'yahoo/max-messages-per-connection', reason: 'toomanyconn', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  // AOL legacy codes.
  {
    line: '554- (RTR:BB) The IP address you are using to connect to AOL is a dynamic (residential) IP address. AOL will not accept future e-mail transactions from this IP address. http://postmaster.info.aol.com/errors/554rtrbb.html',
    want: { ruleId: 'yahoo/aol-dynamic-ip', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 (RTR:SC) http://postmaster.info.aol.com/errors/554rtrsc.html',
    want: { ruleId: 'yahoo/aol-ip-blocked', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 (RLY:B1) http://postmaster.info.aol.com/errors/554rlyb1.html',
    want: { ruleId: 'yahoo/aol-ip-blocked', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '421 (CON:B1) http://postmaster.info.aol.com/errors/421conb1.html',
    want: { ruleId: 'yahoo/aol-ip-blocked', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '554 5.7.1 : (RTR:RD) http://postmaster.info.aol.com/errors/554rtrrd.html',
    want: { ruleId: 'yahoo/aol-rdns', reason: 'requireptr', category: 'authentication', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'yahoo/aol-rate', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: 'SMTP error from remote mail server after end of data: 554 TRANSACTION FAILED (HVU:B1) http://postmaster.info.aol.com/errors/554hvub1.html',
    want: { ruleId: 'yahoo/aol-content', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
];

describe('yahoo rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('yahoo');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('reads Yahoo’s bracket codes and AOL’s legacy codes', () => {
    expect(classify('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred').providerCode).toBe('TSS04');
    expect(classify('554 (RTR:DU) http://postmaster.info.aol.com/errors/554rtrdu.html').providerCode).toBe('RTR:DU');
  });

  it('does not take Apple’s bracket codes for Yahoo’s', () => {
    expect(classify('554 5.7.1 [CS01] Message rejected due to local policy').provider).not.toBe('yahoo');
  });

  it('names Yahoo and gives steps for the actor', () => {
    const v = classify('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints');
    expect(v.summary).toMatch(/Yahoo/);
    expect(v.nextSteps.join(' ')).toMatch(/ESP/);
    const own = classify('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints', { setup: 'dedicated' });
    expect(own.nextSteps.join(' ')).toMatch(/Complaint Feedback Loop/);
  });
});
