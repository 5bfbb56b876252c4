// Mimecast rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    // providers.md §13, without the trailing community.mimecast.com URL.
    line: '550 Envelope blocked - User Entry',
    want: { ruleId: 'mimecast/personal-block', reason: 'rejected', category: 'policy', actor: 'recipient', permanence: 'permanent' },
  },
  {
    // MCSpamSignature names Mimecast even without its URL or host.
    line: '554 Email rejected due to security policies - MCSpamSignature.sa.2.2',
    want: { ruleId: 'mimecast/security-policies', reason: 'virusdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host eu-smtp-inbound-1.mimecast.com[192.0.2.91] said: 550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [aB3dE5fG7hI9jK1lM3nO5p.uk42] (in reply to RCPT TO command)',
    want: { ruleId: 'mimecast/invalid-recipient', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host us-smtp-inbound-2.mimecast.com[192.0.2.92] said: 554 Host network, not allowed - https://community.mimecast.com/docs/DOC-1369#554 [Qw3rTy.us188] (in reply to RCPT TO command)',
    want: { ruleId: 'mimecast/geo-restriction', reason: 'policyviolation', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '550 Local CT IP Reputation - (Reject) - https://community.mimecast.com/docs/DOC-1369#550 [Zx9Cv8.eu12]',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'mimecast/ip-reputation', reason: 'badreputation', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 550 DMARC Sender Invalid - Envelope Rejected - https://community.mimecast.com/docs/DOC-1369#550',
    want: { ruleId: 'mimecast/authentication', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '451 Internal resources are temporarily unavailable',
    ctx: { host: 'za-smtp-inbound-1.mimecast.co.za' },
    want: { ruleId: 'mimecast/greylisted-or-reputation', reason: 'badreputation', category: 'greylist', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '550 Envelope blocked - User Domain Entry - https://community.mimecast.com/docs/DOC-1369#550',
    want: { ruleId: 'mimecast/personal-block', reason: 'rejected', category: 'policy', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '550 Rejected by header-based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550',
    want: { ruleId: 'mimecast/blocked-senders-policy', reason: 'rejected', category: 'policy', actor: 'recipient_admin', permanence: 'permanent' },
  },
  {
    line: '554 csi.mimecast.org Poor Reputation Sender. - https://community.mimecast.com/docs/DOC-1369#554 [Ab12Cd.us77]',
    want: { ruleId: 'mimecast/rbl', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '553 This route requires TLS version 1.2 or greater - https://community.mimecast.com/docs/DOC-1369#553',
    want: { ruleId: 'mimecast/tls-required', reason: 'failedstarttls', category: 'tls', actor: 'esp', permanence: 'permanent' },
  },
];

describe('mimecast rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('mimecast');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
