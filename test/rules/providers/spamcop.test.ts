// SpamCop rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'SMTP error from remote mail server after RCPT TO:<someone@example.org>: 550 5.7.1 Service unavailable; client [192.0.2.15] blocked using bl.spamcop.net',
    want: { ruleId: 'spamcop/ip-listed', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '450 4.7.1 Client host [192.0.2.16] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.16',
    want: { ruleId: 'spamcop/ip-listed', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '554 5.7.1 BLOCKED - SEE HTTP://WWW.SPAMCOP.NET/BL.SHTML?198.51.100.17',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'spamcop/ip-listed', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
];

describe('spamcop rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('spamcop');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
