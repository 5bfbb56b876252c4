import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/index.ts';

// Lines other than the rule examples: other codes, wrappers, host context, case.
const CASES: Array<[string, { host?: string }, { reason: string; category: string; actor: string; permanence: string; provider: string }]> = [
  ['Diagnostic-Code: smtp; 550 Invalid Domain [smtp-7.iol.local; VIR_421]', {}, { reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent', provider: 'libero' }],
  ['host mx.libero.it[192.0.2.60] said: 550 invalid domain [smtp-3.iol.local; lib_420] (in reply to end of DATA command)', {}, { reason: 'authfailure', category: 'authentication', actor: 'sender', permanence: 'permanent', provider: 'libero' }],
  ['552 Mailbox full (user quota exceeded)', { host: 'mx.libero.it' }, { reason: 'mailboxfull', category: 'mailbox_full', actor: 'recipient', permanence: 'permanent', provider: 'libero' }],
  ['550 Bad destination mailbox address', { host: 'virgilio.it' }, { reason: 'userunknown', category: 'user_unknown', actor: 'sender', permanence: 'permanent', provider: 'libero' }],
];

describe('libero', () => {
  it.each(CASES)('%s', (line, ctx, expected) => {
    expect(classify(line, ctx)).toMatchObject(expected);
  });

  it('keeps the domain check with the sender under every sending setup', () => {
    expect(classify('550 Invalid Domain [smtp-41.iol.local; LIB_420]', { setup: 'dedicated' }).actor).toBe('sender');
  });
});
