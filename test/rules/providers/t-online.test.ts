// T-Online rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'host mx03.t-online.de[192.0.2.73] refused to talk to me: 554 IP=198.51.100.209 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)',
    want: { ruleId: 't-online/no-reputation', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 IP=192.0.2.74 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)',
    ctx: { setup: 'self-hosted' },
    want: { ruleId: 't-online/no-reputation', reason: 'badreputation', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after initial connection: 554 IP:192.0.2.9 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)',
    want: { ruleId: 't-online/blocklisted', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '552 5.2.2 Over STORAGE quota',
    ctx: { host: 'mx00.t-online.de' },
    want: { ruleId: 't-online/over-quota', reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '550 5.1.1 <nobody@t-online.de> user unknown',
    want: { ruleId: 't-online/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
];

describe('t-online rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('t-online');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
