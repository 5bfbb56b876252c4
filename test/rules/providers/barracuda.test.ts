// Barracuda rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'host mail.example.org[192.0.2.11] said: 554 5.7.1 Service unavailable; Client host [198.51.100.11] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=198.51.100.11 (in reply to RCPT TO command)',
    want: { ruleId: 'barracuda/reputation-block-list', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 Service unavailable; client [192.0.2.12] blocked using b.barracudacentral.org',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'barracuda/reputation-block-list', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 550 PERMANENT FAILURE FOR ONE OR MORE RECIPIENTS (SOMEONE@EXAMPLE.COM:BLOCKED)',
    want: { ruleId: 'barracuda/ess-blocked', reason: 'filtered', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 Message content rejected, UBE, id=54321-01-7',
    ctx: { host: 'd987654b.ess.barracudanetworks.com' },
    want: { ruleId: 'barracuda/content-ube', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
];

describe('barracuda rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('barracuda');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
