// Yandex rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: '554 5.7.1 [1] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1700000000-AbCdEfGhIj-KlMnOpQr',
    want: { ruleId: 'yandex/spam-content', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 554 5.7.1 Blocked by spam statistics',
    ctx: { host: 'mx.yandex.ru' },
    want: { ruleId: 'yandex/spam-statistics-block', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '552 5.2.2 Mailbox size exceeded',
    ctx: { host: 'mx.yandex.ru' },
    want: { ruleId: 'yandex/mailbox-full', reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after RCPT TO:<someone@yandex.ru>: 550 5.7.1 Policy rejection on the target address',
    want: { ruleId: 'yandex/account-blocked', reason: 'suspend', category: 'mailbox_disabled', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 <nobody@yandex.ru>: No such user!',
    want: { ruleId: 'yandex/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
];

describe('yandex rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('yandex');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
