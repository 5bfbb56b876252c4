// GoDaddy rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'SMTP error from remote mail server after RCPT TO:<team@example.com>: 550 5.1.1 <team@example.com> - 192.0.2.71 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>',
    want: { ruleId: 'godaddy/hourly-limits', reason: 'speeding', category: 'rate_limit', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'host smtp.secureserver.net[192.0.2.72] said: 550 This IP has sent too many messages this hour. IB504 (in reply to RCPT TO command)',
    want: { ruleId: 'godaddy/hourly-limits', reason: 'speeding', category: 'rate_limit', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 p3plibsmtp02-03.prod.phx3.secureserver.net bizsmtp ib103. connection refused. 198.51.100.73 has a poor reputation on cloudmark sender intelligence (csi). please visit http://csi.cloudmark.com/reset-request/?ip=198.51.100.73 to request a delisting.',
    want: { ruleId: 'godaddy/cloudmark', reason: 'badreputation', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 p3plibsmtp02-03.prod.phx3.secureserver.net bizsmtp IB106. Connection refused. 192.0.2.74 is listed on the Policy Block List (PBL) <http://www.spamhaus.org/query/ip/192.0.2.74>',
    want: { ruleId: 'godaddy/spamhaus', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: "Remote Server returned '550 5.1.0 198.51.100.75 is not allowed to send from <example.org> per it's SPF Record. Please inspect your SPF settings, and try again. IB508 <http://x.co/srbounce>'",
    want: { ruleId: 'godaddy/spf', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 552 This message has been rejected due to content judged to be spam by the internet community IB212',
    want: { ruleId: 'godaddy/spam-content', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '421 Temporarily rejected. Reverse DNS for this IP failed. IB108',
    want: { ruleId: 'godaddy/reverse-dns', reason: 'requireptr', category: 'authentication', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '550 5.1.1 <nobody@example.com> Recipient not found.',
    ctx: { host: 'smtp.secureserver.net' },
    want: { ruleId: 'godaddy/no-such-recipient', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB111',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'godaddy/spam-block', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112',
    want: { ruleId: 'godaddy/invalid-recipient-block', reason: 'blocked', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '535 5.7.0 Authentication not allowed on IBSMTP Servers. IB401',
    want: { ruleId: 'godaddy/auth-on-inbound', reason: 'securityerror', category: 'relay_denied', actor: 'sender', permanence: 'permanent' },
  },
];

describe('godaddy rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('godaddy');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('keeps the address on IB607 although the code says 5.1.1 (p5-sisimai#236)', () => {
    const v = classify('550 5.1.1 <someone@example.com> - 198.51.100.2 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>');
    expect(v.providerCode).toBe('IB607');
    expect(v.reason).toBe('speeding');
    expect(v.hardBounce).toBe(false);
  });
});
