// Proofpoint / Cloudmark rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: '550 5.7.1 Service unavailable; client [192.0.2.7] blocked using Proofpoint Dynamic Reputation',
    want: { ruleId: 'proofpoint/dynamic-reputation', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'host mx0b-00123401.pphosted.com[192.0.2.8] refused to talk to me: 554 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.4',
    want: { ruleId: 'proofpoint/dynamic-reputation', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 554 5.7.0 BLOCKED - SEE HTTPS://SUPPORT.PROOFPOINT.COM/DNSBL-LOOKUP.CGI?IP=198.51.100.5',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'proofpoint/dynamic-reputation', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after initial connection: 554 mail.example.net cmsmtp 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using cm-csi-v11; Cloudmark Poor Reputation Sender Blacklist http://csi.cloudmark.com/reset-request/?ip=192.0.2.9',
    want: { ruleId: 'proofpoint/cloudmark-csi', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '454 4.7.1 Service unavailable; Client host [192.0.2.10] blocked using dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?192.0.2.10',
    want: { ruleId: 'proofpoint/sorbs', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'temporary' },
  },
];

describe('proofpoint rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('proofpoint');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
