// Comcast rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
// wrappers, lower case, the receiving host given as context, and the sending setup.
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
    line: 'Diagnostic-Code: smtp; 554 resimta-po-07v.sys.comcast.net comcast 198.51.100.88 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    want: { ruleId: 'comcast/comcast-block', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 resimta-po-07v.sys.comcast.net comcast 198.51.100.88 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'comcast/comcast-block', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    // A Comcast line that quotes Spamhaus is decided by Comcast's table, not the Spamhaus one.
    line: 'host mx2.comcast.net[192.0.2.3] refused to talk to me: 554 resimta-ch2-11v.sys.comcast.net comcast 203.0.113.77 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    want: { ruleId: 'comcast/spamhaus-listed', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '452 resimta-po-12v.sys.comcast.net comcast 192.0.2.140 found on one or more dnsbls, see http://postmaster.comcast.net/smtp-error-codes.php#bl000010',
    want: { ruleId: 'comcast/cloudmark-listed', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '554 resimta-h2p-04.sys.comcast.net comcast 192.0.2.141 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000111',
    want: { ruleId: 'comcast/several-lists', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after RCPT TO:<someone@comcast.net>: 421 4.1.0 192.0.2.5 Throttled - try again later. Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000003',
    want: { ruleId: 'comcast/rate-limited', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: "Remote server returned '550 5.4.300 Message expired -> 421 4.1.0 192.0.2.7 Throttled - try again later. Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000001'",
    want: { ruleId: 'comcast/throttled-until-expiry', reason: 'expired', category: 'rate_limit', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '421 4.1.0 192.0.2.45 Throttled - try again later',
    ctx: { host: 'mx1.comcast.net' },
    want: { ruleId: 'comcast/throttled', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '554 resimta-ch2-07v.sys.comcast.net resimta-ch2-07v.sys.comcast.net 192.0.2.46 Comcast block for spam.',
    want: { ruleId: 'comcast/comcast-block', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'Delivery to the following recipient has been delayed and finally failed: message expired after 5 days. Last reply: 421 4.1.0 192.0.2.47 Throttled - try again later',
    ctx: { host: 'comcast.net' },
    want: { ruleId: 'comcast/throttled-until-expiry', reason: 'expired', category: 'rate_limit', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '421 Too many sessions opened',
    ctx: { host: 'mx1.comcast.net' },
    want: { ruleId: 'comcast/too-many-sessions', reason: 'toomanyconn', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '554 imta11.westchester.pa.mail.comcast.net comcast 192.0.2.61 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry.',
    want: { ruleId: 'comcast/reverse-dns', reason: 'requireptr', category: 'authentication', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'host mx2.mxge.comcast.net[192.0.2.8] said: 550 5.2.0 3bAz2kQ7H1 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001 (in reply to end of DATA command)',
    want: { ruleId: 'comcast/dmarc', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '554 resimta-po-03v.sys.comcast.net comcast 198.51.100.200 Please see http://postmaster.comcast.net/smtp-error-codes.php#ES000010',
    ctx: { setup: 'self-hosted' },
    want: { ruleId: 'comcast/dynamic-external-space', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
];

describe('comcast rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('comcast');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('reads the block code and names Comcast in the summary', () => {
    const v = classify('554 resimta-po-02v.sys.comcast.net comcast 192.0.2.9 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000100');
    expect(v.providerCode).toBe('BL000100');
    expect(v.summary).toMatch(/Comcast/);
    expect(v.hardBounce).toBe(false);
    expect(v.nextSteps.join(' ')).toMatch(/ESP/);
  });
});
