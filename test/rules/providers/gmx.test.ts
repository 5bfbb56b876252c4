// GMX / WEB.DE / mail.com rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    // providers.md §10 quotes the line alone: no host, no GMX URL. The words are United Internet's own.
    line: '550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.',
    want: { ruleId: 'gmx/mailbox-full', reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: '554-web.de (mxweb012) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.web.de/en/case?c=r0201&i=ip&v=198.51.100.8&r=0LxAbC-1a2b3c',
    want: { ruleId: 'gmx/ip-block-listed', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554-gmx.net (mxgmx114) Nemesis ESMTP Service not available\n554-No SMTP service\n554-IP address is black listed.\n554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.9&c=bip',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'gmx/ip-block-listed', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host mx01.emig.gmx.net[192.0.2.10] refused to talk to me: 554-gmx.net (mxgmx015) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=198.51.100.10&c=rdns',
    want: { ruleId: 'gmx/bad-ptr', reason: 'requireptr', category: 'authentication', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 <someone@web.de>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner',
    want: { ruleId: 'gmx/spf', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '550 Requested action not taken: mailbox unavailable',
    ctx: { host: 'mx00.gmx.net' },
    want: { ruleId: 'gmx/user-unknown', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '421-gmx.net (mxgmx105) Nemesis ESMTP Service not available 421-Service unavailable 421-Reject due to policy restrictions 421 Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.',
    want: { ruleId: 'gmx/rate-limit', reason: 'speeding', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: '550 <someone@web.de> Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.',
    want: { ruleId: 'gmx/mailbox-full', reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 421 Reject due to policy violations',
    ctx: { host: 'mx.kundenserver.de' },
    want: { ruleId: 'gmx/policy-violations-block', reason: 'badreputation', category: 'reputation', actor: 'esp', permanence: 'temporary' },
  },
];

describe('gmx rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('gmx');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('takes the case code from the postmaster link', () => {
    const v = classify('554-gmx.net (mxgmx116) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.5&r=1AbCd');
    expect(v.providerCode).toBe('R0201');
    expect(v.summary).toMatch(/GMX/);
  });
});
