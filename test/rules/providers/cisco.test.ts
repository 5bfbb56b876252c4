// Cisco Secure Email rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: "554-mx1.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    want: { ruleId: 'cisco/poor-reputation', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "host mx2.hc1234-5.iphmx.com[192.0.2.13] refused to talk to me: 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation.",
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'cisco/poor-reputation', reason: 'badreputation', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after RCPT TO:<someone@example.edu>: 550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.',
    want: { ruleId: 'cisco/access-rejected', reason: 'blocked', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '452 4.3.2 Too many recipients received this hour',
    want: { ruleId: 'cisco/hourly-recipient-limit', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
];

describe('cisco rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('cisco');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
