// Zoho Mail rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: '<someone@zoho.com>: host mx2.zoho.com[192.0.2.2] said: 550 5.1.1 User does not exist - <someone@zoho.com> (in reply to RCPT TO command)',
    want: { ruleId: 'zoho/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '451 4.7.1 Greylisted, try again after some time',
    ctx: { host: 'mx.zohomail.com' },
    want: { ruleId: 'zoho/greylisted', reason: 'blocked', category: 'greylist', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '541 5.4.1 Mail rejected by destination domain',
    ctx: { host: 'mx3.zoho.eu' },
    want: { ruleId: 'zoho/rejected-by-domain', reason: 'rejected', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.',
    ctx: { host: 'smtpin.zoho.com' },
    want: { ruleId: 'zoho/flagged-as-spam', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host smtpin.zoho.com[192.0.2.23] said: 550 5.7.1 Email rejected per DMARC policy for example.net (in reply to end of DATA command)',
    want: { ruleId: 'zoho/dmarc', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host smtpin.zoho.com[192.0.2.23] said: 554 5.7.7 Email policy violation detected',
    want: { ruleId: 'zoho/policy-violation', reason: 'policyviolation', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
];

describe('zoho rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('zoho');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
