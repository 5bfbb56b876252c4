// What each ESP event is for delivery (`outcome`), and which of its strings a page marks (`values`).
// The page badge counts only failures and deferrals a receiving server reported (contract.md); the
// ESP's own drops, suppressions and rejections, complaints and auto-replies are `other`.
// Payloads are our own, anonymised, after each ESP's documented fields (pages.md §3).
import { describe, expect, it } from 'vitest';
import { readEspEvents } from '../../src/core/esp-events.ts';

const outcomes = (v: unknown) => readEspEvents(JSON.stringify(v))!.items.map((i) => [i.event, i.outcome]);

describe('outcome', () => {
  it('SendGrid: bounces and blocks fail, deferrals are delayed, drops and spam reports are other', () => {
    const base = { email: 'a@example.org', sg_event_id: 'e', timestamp: 1714989600 };
    expect(
      outcomes([
        { ...base, event: 'bounce', type: 'bounce', reason: '550 5.1.1 user unknown' },
        { ...base, event: 'bounce', type: 'blocked', reason: '554 5.7.1 [CS02] Message rejected due to local policy' },
        { ...base, event: 'deferred', response: '421 4.7.0 [TSS04] try again later' },
        { ...base, event: 'dropped', reason: 'Bounced Address' },
        { ...base, event: 'spamreport' },
      ]),
    ).toEqual([['bounce', 'failed'], ['bounce', 'failed'], ['deferred', 'delayed'], ['dropped', 'other'], ['spamreport', 'other']]);
  });

  it('Mailgun: temporary severity is delayed; suppressions, its own rejections and complaints are other', () => {
    const ds = { code: 550, message: '5.1.1 The email account that you tried to reach does not exist.' };
    expect(
      outcomes([
        { event: 'failed', severity: 'permanent', reason: 'bounce', recipient: 'a@example.org', 'delivery-status': ds },
        { event: 'failed', severity: 'temporary', reason: 'generic', recipient: 'b@example.org', 'delivery-status': { code: 452, message: '4.2.2 mailbox full' } },
        { event: 'failed', severity: 'permanent', reason: 'suppress-bounce', recipient: 'c@example.org', 'delivery-status': { code: 605, message: '' } },
        { event: 'rejected', recipient: 'd@example.org', 'log-level': 'warn', reject: { reason: 'Sandbox subdomains are for test purposes only' } },
        { event: 'complained', recipient: 'e@example.org', 'log-level': 'warn' },
      ]).map(([, o]) => o),
    ).toEqual(['failed', 'delayed', 'other', 'other', 'other']);
  });

  it('Amazon SES: a suppression-list bounce, a complaint and a reject are other; a delay is delayed', () => {
    const mail = { timestamp: '2024-05-06T10:00:00.000Z', destination: ['a@example.org'] };
    const bounce = (sub: string) => ({ notificationType: 'Bounce', mail, bounce: { bounceType: 'Permanent', bounceSubType: sub, bouncedRecipients: [{ emailAddress: 'a@example.org', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] } });
    expect(
      outcomes([
        bounce('General'),
        bounce('OnAccountSuppressionList'),
        { eventType: 'DeliveryDelay', deliveryDelay: { delayType: 'MailboxFull', delayedRecipients: [{ emailAddress: 'a@example.org', status: '4.2.2', diagnosticCode: 'smtp; 452 4.2.2 mailbox full' }] } },
        { notificationType: 'Complaint', mail, complaint: { complainedRecipients: [{ emailAddress: 'a@example.org' }] } },
        { eventType: 'Reject', mail, reject: { reason: 'Bad content' } },
      ]).map(([, o]) => o),
    ).toEqual(['failed', 'other', 'delayed', 'other', 'other']);
  });

  it('SparkPost, Postmark, Mandrill and Brevo: only what a receiving server answered counts', () => {
    const sp = (type: string, extra = {}) => ({ msys: { message_event: { type, rcpt_to: 'a@example.org', raw_reason: '550 5.1.1 user unknown', ...extra } } });
    expect(outcomes([sp('bounce'), sp('delay'), sp('policy_rejection'), sp('bounce', { bounce_class: '60' })]).map(([, o]) => o)).toEqual(['failed', 'delayed', 'other', 'other']);
    const pm = (Type: string) => ({ RecordType: 'Bounce', Type, Email: 'a@example.org', Details: 'smtp;550 5.1.1 user unknown' });
    expect(outcomes([pm('HardBounce'), pm('Transient'), pm('AutoResponder'), pm('ManuallyDeactivated')]).map(([, o]) => o)).toEqual(['failed', 'delayed', 'other', 'other']);
    const md = (event: string) => ({ event, msg: { email: 'a@example.org', diag: 'smtp;550 5.1.1 user unknown' } });
    expect(outcomes([md('hard_bounce'), md('soft_bounce'), md('deferral'), md('reject')]).map(([, o]) => o)).toEqual(['failed', 'failed', 'delayed', 'other']);
    const br = (event: string) => ({ event, email: 'a@example.org', 'message-id': '<m@example.net>', reason: '550 5.1.1 user unknown' });
    expect(outcomes([br('hard_bounce'), br('deferred'), br('blocked'), br('invalid_email')]).map(([, o]) => o)).toEqual(['failed', 'delayed', 'other', 'other']);
  });
});

describe('values: the strings a page marks', () => {
  it('is the reply as the payload holds it, without the code put in front of it', () => {
    const r = readEspEvents(JSON.stringify({ event: 'failed', severity: 'permanent', recipient: 'a@example.org', 'delivery-status': { code: 550, message: '5.1.1 The email account that you tried to reach does not exist.', description: '' } }))!;
    expect(r.items[0]!.text).toBe('550 5.1.1 The email account that you tried to reach does not exist.');
    expect(r.items[0]!.values).toEqual(['5.1.1 The email account that you tried to reach does not exist.']);
  });

  it('keeps an `smtp;` prefix the text dropped, and names no short field value', () => {
    const r = readEspEvents(JSON.stringify({ RecordType: 'Bounce', Type: 'HardBounce', TypeCode: 1, Email: 'a@example.org', Details: 'smtp;550 5.1.1 user unknown' }))!;
    expect(r.items[0]!.values).toEqual(['smtp;550 5.1.1 user unknown']);
  });
});
