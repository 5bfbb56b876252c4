// parseEmail / parseMailbox over the anonymised fixtures in test/fixtures/bounces/: one record
// per recipient, with the recipient, status, command, remote host and action each format states.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmail, parseMailbox } from '../../../src/core/email/index.ts';
import type { BounceRecord } from '../../../src/core/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/bounces/${name}`, import.meta.url));

type Expect = Partial<Pick<BounceRecord, 'recipient' | 'status' | 'command' | 'rhost' | 'action' | 'reason' | 'bounce' | 'hardBounce' | 'msgindex'>> & {
  diagnosticCode?: string | RegExp;
};

const cases: Record<string, Expect[]> = {
  'rfc3464-multi.eml': [
    { recipient: 'alice@example.net', status: '5.1.1', command: 'RCPT', rhost: 'mx1.example.net', action: 'failed', reason: 'userunknown', hardBounce: true,
      diagnosticCode: '550 5.1.1 <alice@example.net>: Recipient address rejected: User unknown in virtual mailbox table' },
    { recipient: 'bob@example.net', status: '5.2.2', command: 'DATA', rhost: 'mx1.example.net', action: 'failed', reason: 'mailboxfull', hardBounce: false },
  ],
  'postfix-no-dsn.eml': [
    { recipient: 'carol@example.net', status: '5.7.1', command: 'CONN', rhost: 'mx.example.net', action: 'failed', diagnosticCode: /^554 5\.7\.1 Service unavailable/ },
    { recipient: 'dave@example.invalid', status: '', rhost: '', action: 'failed', diagnosticCode: /^Host or domain name not found/ },
  ],
  'exim.eml': [
    { recipient: 'erin@example.net', status: '5.1.1', command: 'RCPT', rhost: 'mx.example.net', action: 'failed', reason: 'userunknown',
      diagnosticCode: '550 5.1.1 <erin@example.net>: Recipient address rejected: User unknown' },
    { recipient: 'frank@example.net', status: '5.7.1', command: 'MAIL', rhost: 'mx.example.net', action: 'failed' },
  ],
  'qmail.eml': [
    { recipient: 'grace@example.net', status: '5.1.1', command: 'RCPT', rhost: '198.51.100.40', action: 'failed', reason: 'userunknown',
      diagnosticCode: '550 5.1.1 <grace@example.net>... User Unknown' },
    { recipient: 'heidi@example.net', status: '5.7.1', command: 'MAIL', rhost: '198.51.100.41', action: 'failed' },
  ],
  // The DSN's Status is a generic 5.0.0; the remote's own 5.7.1 in Diagnostic-Code wins.
  'sendmail.eml': [{ recipient: 'ivan@example.net', status: '5.7.1', command: 'DATA', rhost: 'mail.example.net', action: 'failed' }],
  'gmail-old.eml': [{ recipient: 'judy@example.net', status: '5.2.2', rhost: 'mx.example.net', action: 'failed', reason: 'mailboxfull', diagnosticCode: '550 5.2.2 <judy@example.net>... Mailbox full' }],
  'gmail-new.eml': [{ recipient: 'ken@example.net', status: '5.7.26', rhost: 'mx.example.net', action: 'failed' }],
  'office365.eml': [{ recipient: 'leo@example.net', status: '5.1.10', action: 'failed', reason: 'userunknown', diagnosticCode: /RESOLVER\.ADR\.RecipientNotFound/ }],
  'exchange-hash.eml': [{ recipient: 'mallory@example.net', status: '5.1.1', action: 'failed', reason: 'userunknown', diagnosticCode: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' }],
  'arf.eml': [{ recipient: 'sybil@example.net', reason: 'feedback', rhost: '192.0.2.88', action: '', bounce: true, hardBounce: false }],
  'vacation.eml': [{ recipient: 'rupert@example.net', reason: 'vacation', bounce: false, action: '' }],
  'not-bounce.eml': [{ recipient: '', bounce: false, msgindex: 1 }],
  // A delay warning: the DSN says delayed; Sisimai files retries-in-progress under `expired`.
  'delayed.eml': [{ recipient: 'trent@example.net', status: '4.4.1', action: 'delayed', rhost: 'mx.example.net' }],
  'forwarded-quoted.eml': [{ recipient: 'uma@example.net', status: '5.1.1', command: 'RCPT', rhost: 'mx.example.net', reason: 'userunknown' }],
  // Exchange Online's 2019+ layout without a report part: the status code is in "More Info for Email Admins".
  'office365-new-layout.eml': [{ recipient: 'xavier@example.net', status: '5.1.10', action: 'failed', diagnosticCode: "550 5.1.10 xavier@example.net wasn't found at example.net." }],
  'gmail-html-only.eml': [{ recipient: 'yvonne@example.net', status: '5.1.1', reason: 'userunknown', diagnosticCode: '550 5.1.1 The email account that you tried to reach does not exist.' }],
  'yahoo.eml': [{ recipient: 'zack@example.net', command: 'RCPT', action: 'failed', diagnosticCode: '552 1 Requested mail action aborted, mailbox not found' }],
  'ses-notification.eml': [{ recipient: 'victor@example.net', status: '5.1.1', action: 'failed', diagnosticCode: '550 5.1.1 user unknown' }],
};

function check(records: BounceRecord[], want: Expect[]): void {
  expect(records.map((r) => r.recipient)).toEqual(want.map((w) => w.recipient));
  want.forEach((w, i) => {
    const r = records[i]!;
    const { diagnosticCode, ...fields } = w;
    expect(r).toMatchObject({ msgindex: 1, ...fields });
    if (typeof diagnosticCode === 'string') expect(r.diagnosticCode).toBe(diagnosticCode);
    else if (diagnosticCode) expect(r.diagnosticCode).toMatch(diagnosticCode);
  });
}

describe('parseEmail on fixtures', () => {
  for (const [name, want] of Object.entries(cases)) {
    it(name, async () => check(await parseEmail(fixture(name)), want));
  }

  it('reads a string as well as bytes', async () => {
    const text = fixture('exim.eml').toString('latin1');
    expect(await parseEmail(text)).toEqual(await parseEmail(fixture('exim.eml')));
  });

  it('passes the sending setup on to classify', async () => {
    const [r] = await parseEmail(fixture('exim.eml'), { setup: 'dedicated' });
    expect(r!.setup).toBe('dedicated');
  });
});

describe('parseMailbox', () => {
  it('numbers the messages of an mbox', async () => {
    const records = await parseMailbox(fixture('two-messages.mbox'));
    expect(records.map((r) => [r.msgindex, r.recipient, r.status])).toEqual([
      [1, 'nina@example.net', '5.1.1'],
      [2, 'oscar@example.net', '5.2.2'],
    ]);
    expect(records[1]).toMatchObject({ rhost: 'mx.example.net', command: 'RCPT', reason: 'mailboxfull' });
  });

  it('reads a single message that is no mbox', async () => {
    expect(await parseMailbox(fixture('qmail.eml'))).toEqual(await parseEmail(fixture('qmail.eml')));
  });
});
