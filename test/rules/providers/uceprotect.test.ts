// UCEPROTECT rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: '554 5.7.1 service unavailable; client host [192.0.2.65] blocked using dnsbl-1.uceprotect.net; ip 192.0.2.65 is uceprotect-level1 listed. see http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.65',
    want: { ruleId: 'uceprotect/level-1', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'host mail.example.org[192.0.2.66] said: 554 5.7.1 Service unavailable; Client host [198.51.100.66] blocked using dnsbl-2.uceprotect.net; Net 198.51.100.0/24 is UCEPROTECT-Level2 listed. (in reply to RCPT TO command)',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'uceprotect/level-2', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 550 Your ISP AS64501 is UCEPROTECT-Level 3 listed for hosting a total of 80 abusers',
    want: { ruleId: 'uceprotect/level-3', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
];

describe('uceprotect rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('uceprotect');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });
});
