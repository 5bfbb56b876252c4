// Cox rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'host cxr.mx.a.cloudfilter.net[192.0.2.54] said: 550 5.1.0 <bounces@mail.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL (in reply to MAIL FROM command)',
    want: { ruleId: 'cox/ip-blocked-24h', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 554 5.7.1 cxr.mx.a.cloudfilter.net cmsmtp 198.51.100.61 blocked - Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#IPBL0010',
    want: { ruleId: 'cox/list-blocked', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 5.7.1 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.62 blocked - refer to error codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. aup#ipbl00001',
    want: { ruleId: 'cox/list-blocked', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '552 5.7.0 cxr.mx.a.cloudfilter.net cmsmtp message rejected. refer to error codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. aup#urlbl101',
    want: { ruleId: 'cox/url-listed', reason: 'spamdetected', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after MAIL FROM:<news@example.org> SIZE=4512: 550 5.1.0 <news@example.org> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXSNDR',
    want: { ruleId: 'cox/sender-authentication', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '554 5.7.1 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.63 blocked - Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXBL',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'cox/ip-blocked', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '421 4.7.0 cxr.mx.a.cloudfilter.net cmsmtp Too many connections from 192.0.2.64. AUP#CXCNCT',
    want: { ruleId: 'cox/too-many-connections', reason: 'toomanyconn', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '554 rejected - no rDNS',
    ctx: { host: 'cox.net' },
    want: { ruleId: 'cox/no-rdns', reason: 'requireptr', category: 'authentication', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 5.1.1 <nobody@cox.net> recipient rejected',
    ctx: { host: 'cxr.mx.a.cloudfilter.net' },
    want: { ruleId: 'cox/recipient-rejected', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '421 4.7.0 cox.net cmsmtp too many sessions from 198.51.100.3',
    want: { ruleId: 'cox/connection-limits', reason: 'toomanyconn', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
];

describe('cox rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('cox');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('keeps the address on a CDRBL block that Cox words as "sender rejected"', () => {
    const v = classify('550 5.1.0 <b@mail.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL');
    expect(v.providerCode).toBe('CDRBL');
    expect(v.hardBounce).toBe(false);
    expect(v.summary).toMatch(/Cox/);
  });
});
