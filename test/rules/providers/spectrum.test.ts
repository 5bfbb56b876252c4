// Spectrum rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'host dmx1.charter.net[192.0.2.80] said: 550 5.1.0 <b@mail.example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1320 (in reply to MAIL FROM command)',
    want: { ruleId: 'spectrum/connection-limit', reason: 'toomanyconn', category: 'rate_limit', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 554 5.7.1 Your IP address has been flagged by Cloudmark CSI as potential spam. Have your IP administrator request a reset. AUP#I-1210',
    want: { ruleId: 'spectrum/cloudmark', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '554 5.7.1 Your IP address has been flagged by Cloudmark CSI as potential spam. AUP#I-1201',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'spectrum/cloudmark', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '554 5.7.1 Your IP address has been blacklisted by Spamhaus. The owner of the IP address must contact Spamhaus to be removed from the list. AUP#I-1245',
    want: { ruleId: 'spectrum/spamhaus', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '550 5.7.1 Spectrum requires a full circle DNS for emails to be allowed through. AUP#I-1150',
    want: { ruleId: 'spectrum/reverse-dns', reason: 'requireptr', category: 'authentication', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '552 5.3.4 message is larger than the maximum size of 20mb. aup#o-1530',
    want: { ruleId: 'spectrum/too-large', reason: 'mesgtoobig', category: 'message_too_large', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after RCPT TO:<someone@charter.net>: 554 5.7.1 your ip address has been blocked due to suspicious activity. aup#i-1000',
    want: { ruleId: 'spectrum/ip-blocked', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '421 4.7.0 Spectrum limits emails by the number of messages sent. Try again later. AUP#I-1450',
    want: { ruleId: 'spectrum/volume-limit', reason: 'speeding', category: 'rate_limit', actor: 'esp', permanence: 'temporary' },
  },
  {
    line: '550 5.7.1 Your email was rejected for having too many invalid recipients. AUP#I-1560',
    want: { ruleId: 'spectrum/invalid-recipients', reason: 'policyviolation', category: 'reputation', actor: 'sender', permanence: 'permanent' },
  },
];

describe('spectrum rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('spectrum');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('reads an "In-" code as a connection limit, not as an unknown user (p5-sisimai#395)', () => {
    const v = classify('550 5.1.0 <b@mail.example.com> sender rejected. AUP#In-1310');
    expect(v.providerCode).toBe('IN-1310');
    expect(v.hardBounce).toBe(false);
    expect(v.category).toBe('rate_limit');
  });
});
