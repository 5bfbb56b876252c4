// ESP webhook/event JSON → items for classify. Payloads are our own, anonymised, shaped after
// each ESP's documented fields (pages.md §3) — never copied from a corpus.
import { describe, expect, it } from 'vitest';
import { readEspEvents, MAX_EVENTS } from '../../src/core/esp-events.ts';
import { classify } from '../../src/core/index.ts';

const j = (v: unknown) => JSON.stringify(v);
const one = (v: unknown) => {
  const r = readEspEvents(typeof v === 'string' ? v : j(v));
  expect(r).not.toBeNull();
  return r!;
};
/** The verdict the popup would show for an item. */
const verdictOf = (item: ReturnType<typeof one>['items'][number]) => classify(item.text, item.context);

describe('SendGrid', () => {
  const bounce = {
    email: 'ana@example.org', timestamp: 1714989600, 'smtp-id': '<a1@mta.example.net>', event: 'bounce', type: 'blocked',
    sg_event_id: 'ev1', sg_message_id: 'msg1', ip: '198.51.100.23', tls: 1, status: '5.7.1',
    reason: '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
  };

  it('reads a block event: reason, recipient, sending IP, date and its own label', () => {
    const r = one([bounce]);
    expect(r.esps).toEqual(['sendgrid']);
    expect(r.items).toHaveLength(1);
    const item = r.items[0]!;
    expect(item).toMatchObject({
      esp: 'sendgrid', text: bounce.reason, recipient: 'ana@example.org', ip: '198.51.100.23',
      date: '2024-05-06T10:00:00.000Z', espLabel: 'SendGrid: Block',
    });
    expect(verdictOf(item)).toMatchObject({ provider: 'apple', providerCode: 'CS02', actor: 'esp' });
  });

  it('reads deferred `response` as temporary and dropped as a suppression; skips deliveries and opens', () => {
    const r = one([
      { ...bounce, event: 'deferred', type: undefined, reason: undefined, response: '421 4.7.0 [TSS04] Messages from 198.51.100.23 temporarily deferred due to unexpected volume or user complaints', attempt: '2' },
      { email: 'bo@example.org', timestamp: 1714989600, event: 'dropped', reason: 'Bounced Address', sg_event_id: 'ev2' },
      { email: 'cy@example.org', timestamp: 1714989600, event: 'delivered', response: '250 OK', sg_event_id: 'ev3' },
      { email: 'cy@example.org', timestamp: 1714989601, event: 'open', sg_event_id: 'ev4' },
    ]);
    expect(r.items.map((i) => i.event)).toEqual(['deferred', 'dropped']);
    expect(r.skipped).toEqual({ delivered: 1, open: 1 });
    expect(verdictOf(r.items[0]!)).toMatchObject({ provider: 'yahoo', permanence: 'temporary' });
    expect(r.items[1]!.espLabel).toBe('SendGrid: Drop (Bounced Address)');
    expect(verdictOf(r.items[1]!).reason).toBe('suppressed');
  });

  it('shows bounce_classification when the payload has it', () => {
    const r = one({ ...bounce, type: 'bounce', bounce_classification: 'Reputation' });
    expect(r.items[0]!.espLabel).toBe('SendGrid: Bounce (Reputation)');
  });
});

describe('Mailgun', () => {
  const failed = {
    id: 'e1', timestamp: 1714989600.25, 'log-level': 'error', event: 'failed', severity: 'permanent', reason: 'bounce',
    recipient: 'pat@example.org',
    envelope: { 'sending-ip': '203.0.113.7', sender: 'news@example.com' },
    'delivery-status': { code: 550, message: 'The email account that you tried to reach does not exist.', 'enhanced-code': '5.1.1', description: '', 'mx-host': 'mx.example.org', 'attempt-no': 1 },
  };

  it('reads a webhook: code, enhanced code and message joined into one reply line', () => {
    const r = one({ signature: { timestamp: '1714989600', token: 't', signature: 's' }, 'event-data': failed });
    const item = r.items[0]!;
    expect(item).toMatchObject({
      esp: 'mailgun', recipient: 'pat@example.org', host: 'mx.example.org', ip: '203.0.113.7',
      text: '550 5.1.1 The email account that you tried to reach does not exist.',
      espLabel: 'Mailgun: failed (permanent, bounce)',
    });
    expect(verdictOf(item)).toMatchObject({ category: 'user_unknown', hardBounce: true });
  });

  it('reads an Events API page: temporary failures, suppressions (605), and skips deliveries', () => {
    const r = one({
      items: [
        { ...failed, severity: 'temporary', reason: 'generic', 'delivery-status': { code: 421, message: '4.7.0 Try again later, closing connection.', 'mx-host': 'mx.example.org' } },
        { ...failed, reason: 'suppress-bounce', 'delivery-status': { code: 605, description: 'Not delivering to previously bounced address', 'session-seconds': 0 } },
        { ...failed, event: 'delivered', severity: undefined, 'delivery-status': { code: 250, message: 'OK' } },
      ],
      paging: {},
    });
    expect(r.items).toHaveLength(2);
    expect(r.items[0]!.context.action).toBe('delayed');
    expect(verdictOf(r.items[0]!).permanence).toBe('temporary');
    expect(r.items[1]!).toMatchObject({ text: 'Not delivering to previously bounced address', context: { reasonHint: 'suppressed' } });
    expect(r.skipped).toEqual({ delivered: 1 });
  });
});

describe('Postmark', () => {
  const hard = {
    RecordType: 'Bounce', ID: 42, Type: 'HardBounce', TypeCode: 1, Name: 'Hard bounce', MessageStream: 'outbound',
    Description: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
    Details: 'smtp;550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    Email: 'kim@example.net', From: 'news@example.com', BouncedAt: '2024-05-06T10:00:00Z', Inactive: true, CanActivate: true,
  };

  it('reads Details (without "smtp;"), Type and TypeCode', () => {
    const item = one(hard).items[0]!;
    expect(item).toMatchObject({
      esp: 'postmark', recipient: 'kim@example.net', date: '2024-05-06T10:00:00.000Z',
      text: '550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      espLabel: 'Postmark: HardBounce (TypeCode 1, Hard bounce)',
    });
    expect(verdictOf(item).category).toBe('user_unknown');
  });

  it('falls back to Description, and knows Blocked and AutoResponder', () => {
    const blocked = one({ ...hard, Type: 'Blocked', TypeCode: 100006, Name: 'ISP block', Details: '' }).items[0]!;
    expect(blocked.text).toBe(hard.Description);
    expect(blocked.espLabel).toBe('Postmark: Blocked (TypeCode 100006, ISP block)');
    const auto = one({ ...hard, Type: 'AutoResponder', TypeCode: 64, Details: 'Out of office until Monday' }).items[0]!;
    expect(verdictOf(auto).bounce).toBe(false);
  });

  it('reads a Bounces API answer and skips Delivery records', () => {
    const r = one({ TotalCount: 2, Bounces: [hard, { ...hard, RecordType: 'Delivery' }] });
    expect(r.items).toHaveLength(1);
    expect(r.skipped).toEqual({ delivery: 1 });
  });
});

describe('Amazon SES', () => {
  const notification = {
    notificationType: 'Bounce',
    bounce: {
      bounceType: 'Permanent', bounceSubType: 'General', timestamp: '2024-05-06T10:00:00.000Z', feedbackId: 'f1',
      bouncedRecipients: [
        { emailAddress: 'lee@example.net', action: 'failed', status: '5.7.1', diagnosticCode: "smtp; 550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)." },
        { emailAddress: 'max@example.net', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 <max@example.net>... User unknown' },
      ],
    },
    mail: { timestamp: '2024-05-06T09:59:58.000Z', source: 'news@example.com', sourceIp: '192.0.2.1', destination: ['lee@example.net', 'max@example.net'] },
  };

  it('gives one item per bounced recipient with SES’s type and subtype', () => {
    const r = one(notification);
    expect(r.items.map((i) => i.recipient)).toEqual(['lee@example.net', 'max@example.net']);
    expect(r.items[0]!.espLabel).toBe('Amazon SES: Permanent / General');
    expect(r.items[0]!.text.startsWith('550 5.7.1 Unfortunately')).toBe(true);
    expect(r.items[0]!.ip).toBeUndefined(); // mail.sourceIp is the submitting client, not SES's sending IP
    expect(verdictOf(r.items[0]!)).toMatchObject({ provider: 'microsoft', providerCode: 'S3150', actor: 'esp' });
  });

  it('unwraps an SNS envelope and EventBridge, and reads DeliveryDelay and Complaint', () => {
    expect(one({ Type: 'Notification', MessageId: 'm', Message: j(notification) }).items).toHaveLength(2);
    const delay = one({
      'detail-type': 'Email Delivery Delayed', source: 'aws.ses',
      detail: { eventType: 'DeliveryDelay', mail: notification.mail, deliveryDelay: { delayType: 'TransientCommunicationFailure', timestamp: '2024-05-06T10:05:00Z', delayedRecipients: [{ emailAddress: 'lee@example.net', status: '4.4.7', diagnosticCode: 'smtp; 421 4.4.2 Connection timed out' }] } },
    }).items[0]!;
    expect(delay).toMatchObject({ espLabel: 'Amazon SES: DeliveryDelay / TransientCommunicationFailure', context: { action: 'delayed' } });
    const complaint = one({ notificationType: 'Complaint', mail: notification.mail, complaint: { complainedRecipients: [{ emailAddress: 'lee@example.net' }], timestamp: '2024-05-06T11:00:00Z' } }).items[0]!;
    expect(verdictOf(complaint).category).toBe('complaint');
  });

  it('marks SES’s own suppression and reads JSON Lines (Firehose)', () => {
    const suppressed = { ...notification, bounce: { ...notification.bounce, bounceSubType: 'OnAccountSuppressionList', bouncedRecipients: [{ emailAddress: 'old@example.net', diagnosticCode: 'Amazon SES has suppressed sending to this address because it is on the account-level suppression list.' }] } };
    const r = one(`${j({ eventType: 'Bounce', ...suppressed })}\n${j({ eventType: 'Delivery', mail: notification.mail, delivery: {} })}\n`);
    expect(r.items).toHaveLength(1);
    expect(verdictOf(r.items[0]!).reason).toBe('suppressed');
    expect(r.skipped).toEqual({ delivery: 1 });
  });
});

describe('SparkPost', () => {
  const bounce = {
    type: 'bounce', bounce_class: '51', error_code: '554', event_id: '1', rcpt_to: 'ana@example.org', raw_rcpt_to: 'ana@example.org',
    raw_reason: '554 5.7.1 Service unavailable; Client host [203.0.113.20] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.20',
    reason: '554 5.7.1 Service unavailable; Client host [...] blocked using zen.spamhaus.org', sending_ip: '203.0.113.20', timestamp: '1714989600', transmission_id: 't1',
  };

  it('reads a webhook batch: raw_reason over reason, bounce class with its name', () => {
    const r = one([{ msys: { message_event: bounce } }, { msys: { track_event: { type: 'click', rcpt_to: 'ana@example.org' } } }, { msys: {} }]);
    const item = r.items[0]!;
    expect(item).toMatchObject({ esp: 'sparkpost', text: bounce.raw_reason, ip: '203.0.113.20', espLabel: 'SparkPost: bounce, bounce class 51 (Spam Block)' });
    expect(verdictOf(item)).toMatchObject({ category: 'blocklist', actor: 'esp' });
    expect(r.skipped).toEqual({ click: 1 });
  });

  it('reads Events API results; delay is temporary, a suppression is no remote bounce, class 60 is an auto-reply', () => {
    const r = one({
      results: [
        { ...bounce, type: 'delay', bounce_class: '21', error_code: '454', raw_reason: '454 4.4.4 [internal] no MX or A for domain' },
        { ...bounce, type: 'generation_rejection', bounce_class: undefined, raw_reason: '554 5.7.1 recipient address suppressed due to customer policy' },
        { ...bounce, bounce_class: '60', raw_reason: 'I am out of the office until Monday' },
      ],
    });
    expect(r.items[0]!.context.action).toBe('delayed');
    expect(verdictOf(r.items[1]!).reason).toBe('suppressed');
    expect(verdictOf(r.items[2]!).bounce).toBe(false);
  });
});

describe('Mandrill', () => {
  const events = [
    { event: 'hard_bounce', ts: 1714989600, _id: 'x1', msg: { ts: 1714989590, email: 'zoe@example.net', state: 'bounced', bounce_description: 'bad_mailbox', bgtools_code: 10, diag: 'smtp;550 5.1.1 The email account that you tried to reach does not exist.' } },
    { event: 'deferral', ts: 1714989600, _id: 'x2', msg: { email: 'yan@example.net', state: 'deferred', smtp_events: [{ ts: 1714989500, type: 'deferred', diag: '451 4.7.650 The mail server [198.51.100.4] has been temporarily rate limited due to IP reputation. (S3113)', source_ip: '198.51.100.4', destination_ip: '192.0.2.9' }] } },
    { event: 'open', ts: 1714989600, msg: { email: 'zoe@example.net' } },
  ];

  it('reads msg.diag, bounce_description and bgtools_code; deferrals from smtp_events with the source IP', () => {
    const r = one(events);
    expect(r.items[0]).toMatchObject({ esp: 'mandrill', recipient: 'zoe@example.net', text: '550 5.1.1 The email account that you tried to reach does not exist.', espLabel: 'Mandrill: hard_bounce (bad_mailbox, class 10 Invalid Recipient)' });
    expect(r.items[1]).toMatchObject({ ip: '198.51.100.4', context: { action: 'delayed' } });
    expect(verdictOf(r.items[1]!)).toMatchObject({ provider: 'microsoft', permanence: 'temporary', actor: 'esp' });
    expect(r.skipped).toEqual({ open: 1 });
  });

  it('reads the form field a webhook posts (mandrill_events=...)', () => {
    expect(one(`mandrill_events=${encodeURIComponent(j(events))}`).items).toHaveLength(2);
  });
});

describe('Brevo', () => {
  it('reads reason without Brevo’s prefix; blocked is Brevo’s own block list', () => {
    const r = one([
      { event: 'hard_bounce', email: 'ivy@example.net', id: 1, date: '2024-05-06 10:00:00', ts_event: 1714989600, 'message-id': '<m1@example.com>', sending_ip: '203.0.113.30', reason: ' RecipientError: 550 5.5.0 Requested action not taken: mailbox unavailable.' },
      { event: 'blocked', email: 'old@example.net', 'message-id': '<m2@example.com>', reason: 'blocked : due to blacklist user' },
      { event: 'delivered', email: 'ok@example.net', 'message-id': '<m3@example.com>' },
    ]);
    expect(r.items[0]).toMatchObject({ esp: 'brevo', text: '550 5.5.0 Requested action not taken: mailbox unavailable.', date: '2024-05-06T10:00:00.000Z', ip: '203.0.113.30', espLabel: 'Brevo: hard_bounce' });
    expect(verdictOf(r.items[1]!).reason).toBe('suppressed');
    expect(r.skipped).toEqual({ delivered: 1 });
  });
});

describe('not ESP JSON, and huge input', () => {
  it('returns null for text, for other JSON and for broken JSON', () => {
    expect(readEspEvents('554 5.7.1 [CS02] Message rejected due to local policy')).toBeNull();
    expect(readEspEvents('{"name": "package", "version": "1.0.0"}')).toBeNull();
    expect(readEspEvents('[1, 2, 3]')).toBeNull();
    expect(readEspEvents('{"event": "bounce", ')).toBeNull();
  });

  it('reads the first events of a 10 MB batch cut off mid-way and says there is more', () => {
    const event = { email: 'a@example.org', timestamp: 1714989600, event: 'bounce', sg_event_id: 'e', reason: '550 5.1.1 user unknown', status: '5.1.1' };
    const body = j(Array.from({ length: 60_000 }, () => event));
    expect(body.length).toBeGreaterThan(5_000_000);
    const cut = body.slice(0, 1_000_000); // the popup's paste cap
    const r = one(cut);
    expect(r.items).toHaveLength(MAX_EVENTS);
    expect(r.more).toBe(true);
  });
});
