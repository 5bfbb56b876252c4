// Tencent QQ Mail rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'host mx1.qq.com[192.0.2.41] said: 550 Ip frequency limited [Q1YzZ3kxdnRYYnpk Blocked IP 198.51.100.41]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725 (in reply to RCPT TO command)',
    want: { ruleId: 'tencent/ip-frequency', reason: 'toomanyconn', category: 'rate_limit', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'tencent/ip-frequency', reason: 'toomanyconn', category: 'rate_limit', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 550 DMARC check failed.',
    ctx: { host: 'mx3.qq.com' },
    want: { ruleId: 'tencent/authentication', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 Mailbox not found.',
    ctx: { recipient: 'nobody@qq.com' },
    want: { ruleId: 'tencent/mailbox-not-found', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host mx3.qq.com[192.0.2.42] said: 550 Mail content denied. (in reply to end of DATA command)',
    want: { ruleId: 'tencent/spam-content', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
];

describe('tencent rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('tencent');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
