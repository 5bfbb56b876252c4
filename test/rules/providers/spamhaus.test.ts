// Spamhaus rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.4] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/198.51.100.1',
    want: { ruleId: 'spamhaus/receiver-resolver-error', reason: 'blocked', category: 'blocklist', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '554 5.7.1 Rejected: 192.0.2.9 listed at zen.spamhaus.org (127.255.255.254)',
    want: { ruleId: 'spamhaus/receiver-resolver-error', reason: 'blocked', category: 'blocklist', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after MAIL FROM:<info@example.net>: 554 5.7.1 Service unavailable; Sender address [info@example.net] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.net',
    want: { ruleId: 'spamhaus/domain-listed', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host mx.example.org[192.0.2.5] said: MXIN506 MailFrom domain is listed in Spamhaus. To request removal from this list see https: //www.spamhaus.org/query/lookup/ ;id=Ab12;sid=Cd34;mta=mx12 (in reply to MAIL FROM command)',
    want: { ruleId: 'spamhaus/domain-listed', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 Client host [192.0.2.33] blocked using pbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.33',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'spamhaus/pbl', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 Client host [192.0.2.77] blocked using xbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.77',
    want: { ruleId: 'spamhaus/xbl', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 5.7.1 Service unavailable; Client host [198.51.100.41] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBLCSS',
    want: { ruleId: 'spamhaus/css', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 5.7.0 Your server IP address is in the SpamHaus SBL-XBL database, bye',
    want: { ruleId: 'spamhaus/ip-listed', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '450 4.7.1 Client host [192.0.2.90] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.90',
    want: { ruleId: 'spamhaus/ip-listed', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '521 5.7.1 service unavailable; client [192.0.2.91] blocked using zen.spamhaus.org',
    ctx: { setup: 'self-hosted' },
    want: { ruleId: 'spamhaus/ip-listed', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
];

describe('spamhaus rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('spamhaus');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('lets a mailbox provider that quotes Spamhaus decide first', () => {
    const v = classify('550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 AS(1450) [BN8NAM12FT063.eop-nam12.prod.protection.outlook.com]');
    expect(v.provider).toBe('microsoft');
    expect(v.category).toBe('blocklist');
    expect(v.actor).toBe('esp');
  });

  it('keeps the receiving admin as the actor for a resolver error whatever the sending setup', () => {
    const v = classify('554 5.7.1 Service unavailable; Client host [192.0.2.4] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/198.51.100.1', { setup: 'dedicated' });
    expect(v.actor).toBe('recipient_admin');
    expect(v.hardBounce).toBe(false);
  });
});
