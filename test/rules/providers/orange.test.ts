// Orange / La Poste rules on lines that differ from the rule examples: other codes of a family, MTA/DSN
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
    line: 'SMTP error from remote server for TEXT command, host: smtp-in.orange.fr (192.0.2.65) reason: 550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]',
    want: { ruleId: 'orange/spam-content', reason: 'spamdetected', category: 'content', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host smtp-in.orange.fr[192.0.2.66] said: 552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417] (in reply to RCPT TO command)',
    want: { ruleId: 'orange/mailbox-full', reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: 'SMTP error from remote mail server after RCPT TO:<nobody@wanadoo.fr>: 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
    want: { ruleId: 'orange/invalid-recipient', reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host smtp-in.orange.fr[192.0.2.67] refused to talk to me: 550 mwinf5c21 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=198.51.100.67 [102]',
    ctx: { setup: 'dedicated' },
    want: { ruleId: 'orange/ip-blocklisted', reason: 'blocked', category: 'blocklist', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: 'host smtp-in.orange.fr[192.0.2.68] refused to talk to me: 550 mwinf5c21 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=198.51.100.68 [102]',
    want: { ruleId: 'orange/ip-blocklisted', reason: 'blocked', category: 'blocklist', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: '421 mwinf5c40 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_201 [201]',
    want: { ruleId: 'orange/service-refused-deferral', reason: 'blocked', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
  {
    line: 'host smtpz4.laposte.net[192.0.2.69] refused to talk to me: 550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN001_108',
    want: { ruleId: 'orange/service-refused', reason: 'blocked', category: 'reputation', actor: 'esp', permanence: 'permanent' },
  },
  {
    line: 'host smtpz4.laposte.net[192.0.2.70] said: 550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420 (in reply to RCPT TO command)',
    want: { ruleId: 'orange/mailbox-disabled', reason: 'suspend', category: 'mailbox_disabled', actor: 'recipient', permanence: 'permanent' },
  },
  {
    line: 'Diagnostic-Code: smtp; 571 5.7.1 Message refused, DMARC verification Failed. LPN007_517',
    want: { ruleId: 'orange/dmarc', reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent' },
  },
  {
    line: '421 mwinf5c64 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. LPN105_104',
    want: { ruleId: 'orange/too-many-connections', reason: 'toomanyconn', category: 'rate_limit', actor: 'none', permanence: 'temporary' },
  },
];

describe('orange rules', () => {
  it.each(cases)('$line', ({ line, ctx, want }) => {
    const v = classify(line, ctx);
    expect(v.provider).toBe('orange');
    expect({ ruleId: v.ruleId, reason: v.reason, category: v.category, actor: v.actor, permanence: v.permanence }).toEqual({
      ruleId: want.ruleId ?? v.ruleId,
      reason: want.reason,
      category: want.category,
      actor: want.actor,
      permanence: want.permanence,
    });
  });

  it('treats OFR_417 with 5.1.1 as a full mailbox, not a dead address', () => {
    const v = classify('552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]');
    expect(v.providerCode).toBe('OFR_417');
    expect(v.hardBounce).toBe(false);
  });
});
