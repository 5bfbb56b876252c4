// Mail.ru rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'host mxs.mail.ru[192.0.2.31] said: 550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=Q1w2E3r4 or report details to abuse@corp.mail.ru. Error code: 9F8E7D6C. ID: 00000000ABCDEF12. (in reply to end of DATA command)',
    want: { ruleId: 'mailru/spam-rejected', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 550 5.7.1 This message was not accepted due to domain (example.net) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc',
    want: { ruleId: 'mailru/dmarc', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host mxs.mail.ru[192.0.2.32] said: 550 Message was not accepted -- invalid mailbox.  Local mailbox nobody@list.ru is unavailable: user not found (in reply to end of DATA command)',
    want: { ruleId: 'mailru/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 Message was not accepted -- invalid mailbox.  Local mailbox someone@bk.ru is unavailable: account is disabled',
    want: { ruleId: 'mailru/account-disabled', reason: 'suspend', category: 'mailbox_disabled', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '550 we do not accept mail from dynamic IPs',
    ctx: { host: 'mxs.mail.ru', setup: 'dedicated' },
    want: { ruleId: 'mailru/dynamic-ip', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
];

describe('mailru rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('mailru');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
