// @vitest-environment happy-dom
// Site adapters and the unit reader on small saved-page snippets: which rows are events, which are
// drops, where the code, recipient and reason sit; notices; JSON blocks; locating a reply.
import { afterEach, describe, expect, it } from 'vitest';
import { flatten, segmentsOf } from '../../src/content/find/flat.ts';
import { locate } from '../../src/content/find/locate.ts';
import { outcomeOf } from '../../src/content/find/events.ts';
import { noticeAdapter } from '../../src/content/find/notice.ts';
import { siteFor, type Site } from '../../src/content/find/sites/index.ts';
import brevo from '../../src/content/find/sites/brevo.ts';
import fastmail from '../../src/content/find/sites/fastmail.ts';
import gmail from '../../src/content/find/sites/gmail.ts';
import icloud from '../../src/content/find/sites/icloud.ts';
import mailgun from '../../src/content/find/sites/mailgun.ts';
import mandrill from '../../src/content/find/sites/mandrill.ts';
import outlook from '../../src/content/find/sites/outlook.ts';
import postmark from '../../src/content/find/sites/postmark.ts';
import proton from '../../src/content/find/sites/proton.ts';
import sendgrid from '../../src/content/find/sites/sendgrid.ts';
import ses from '../../src/content/find/sites/ses.ts';
import sparkpost from '../../src/content/find/sites/sparkpost.ts';
import yahoo from '../../src/content/find/sites/yahoo.ts';

const ALL: Site[] = [gmail, outlook, yahoo, icloud, fastmail, proton, sendgrid, mailgun, postmark, ses, sparkpost, mandrill, brevo];
import { eventAdapter } from '../../src/content/find/table.ts';
import type { Unit } from '../../src/content/find/types.ts';
import { makeReader, readUnits } from '../../src/content/units.ts';

const NO_SLICES = { due: () => false, pause: async () => {} };

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page text
  return document.body;
}
afterEach(() => {
  document.body.innerHTML = '';
});

const TABLE = `<table><thead><tr><th>Status</th><th>Recipient</th><th>Code</th><th>Reason</th></tr></thead><tbody>
  <tr><td>Bounce</td><td>ana@example.com</td><td>550</td><td>5.1.1 The email account that you tried to reach does not exist.</td></tr>
  <tr><td>Deferred</td><td>ben@example.net</td><td>421</td><td>4.7.0 Try again later</td></tr>
  <tr><td>Delivered</td><td>cy@example.org</td><td>250</td><td>2.0.0 OK</td></tr>
  <tr><td>Dropped</td><td>di@example.org</td><td></td><td>Bounced Address</td></tr>
  <tr><td>Failed</td><td>ed@example.org</td><td>605</td><td>Not delivering to previously bounced address</td></tr>
</tbody></table>`;

const rows = eventAdapter({ id: 'test', rows: 'tbody tr', columns: { event: /status/i, recipient: /recipient/i, reason: /reason/i, code: /^code$/i } });

describe('ESP log rows', () => {
  it('reads each row by its column headers, puts the code back before the text, and skips deliveries and drops', () => {
    page(TABLE);
    const units = Array.from(document.querySelectorAll('tbody tr')).flatMap((r) => rows.read(r));
    expect(units.map((u) => u.finding)).toEqual([
      { text: '550 5.1.1 The email account that you tried to reach does not exist.', recipient: 'ana@example.com', action: 'failed' },
      { text: '421 4.7.0 Try again later', recipient: 'ben@example.net', action: 'delayed' },
    ]);
    // The code cell and the reason cell are marked.
    expect(units[0]?.markEls?.().map((e) => e.textContent)).toEqual(['550', '5.1.1 The email account that you tried to reach does not exist.']);
  });

  it('reads a long table with one innerText call, and row by row when its lines do not match its rows', async () => {
    const body = (n: number, extra = '') =>
      `<table><thead><tr><th>Status</th><th>Recipient</th><th>Code</th><th>Reason</th></tr></thead><tbody>${Array.from({ length: n }, (_, i) =>
        i % 3 ? `<tr><td>Delivered</td><td>u${i}@example.com</td><td>250</td><td>2.0.0 OK</td></tr>` : `<tr><td>Bounce</td><td>u${i}@example.com</td><td>550</td><td>5.1.1 unknown${extra}</td></tr>`,
      ).join('')}</tbody></table>`;
    page(body(9));
    const tbody = document.querySelector('tbody')!;
    // happy-dom renders no table layout: give innerText the lines a browser gives.
    Object.defineProperty(tbody, 'innerText', { configurable: true, get: () => Array.from(tbody.children, (r) => Array.from(r.children, (c) => c.textContent).join('\t')).join('\n') });
    const units = (await rows.readRows!(tbody, NO_SLICES))!;
    expect(units.map((u) => [u.finding.text, u.finding.recipient])).toEqual([0, 3, 6].map((i) => ['550 5.1.1 unknown', `u${i}@example.com`]));
    expect(units[1]?.el).toBe(tbody.children[3]);
    expect(units[1]?.markEls?.().map((e) => e.textContent)).toEqual(['550', '5.1.1 unknown']);
    Object.defineProperty(tbody, 'innerText', { configurable: true, get: () => 'one line for nine rows' });
    expect(await rows.readRows!(tbody, NO_SLICES)).toBeNull();
  });

  it('reads a detail panel (dt/dd) as a repeat of its row', () => {
    page(`<section class="panel"><dl><dt>Recipient</dt><dd>ana@example.com</dd><dt>Event</dt><dd>Bounce</dd><dt>Reason</dt><dd>550 5.1.1 User unknown</dd></dl></section>`);
    const site = eventAdapter({ id: 't', rows: 'tbody tr', repeats: '.panel dl', columns: { event: /event/i, recipient: /recipient/i, reason: /reason/i } });
    const [u] = site.read(document.querySelector('dl')!);
    expect(u).toMatchObject({ loose: true, finding: { text: '550 5.1.1 User unknown', recipient: 'ana@example.com', action: 'failed' } });
  });

  it('knows each ESP’s words for an outcome', () => {
    expect(['Bounce', 'Blocked', 'Hard bounce', 'Out of Band', 'Soft-Bounced'].map((w) => outcomeOf(w))).toEqual(['failed', 'failed', 'failed', 'failed', 'failed']);
    expect(['Deferred', 'Delay', 'deferral'].map((w) => outcomeOf(w))).toEqual(['delayed', 'delayed', 'delayed']);
    expect(['Delivered', 'Open', 'Dropped', 'Policy Rejection', 'Rejected', 'Processed'].map((w) => outcomeOf(w))).toEqual(Array(6).fill('skip'));
    // Brevo's "Blocked" is Brevo's own block list; Mailgun's "Temporary Failure" is a deferral.
    expect(outcomeOf('Blocked', { skip: /blocked/i })).toBe('skip');
    expect(outcomeOf('Temporary Failure', { delayed: /temporary/i })).toBe('delayed');
  });

  it('has an adapter for every supported host, and none elsewhere', () => {
    const hosts = ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'mail.yahoo.com', 'www.icloud.com', 'app.fastmail.com', 'mail.proton.me',
      'app.sendgrid.com', 'app.mailgun.com', 'account.postmarkapp.com', 'us-west-2.console.aws.amazon.com', 'app.sparkpost.com', 'mandrillapp.com', 'app.brevo.com'];
    expect(hosts.map((h) => siteFor(h, ALL)?.id)).toEqual(['gmail', 'outlook', 'outlook', 'yahoo', 'icloud', 'fastmail', 'proton', 'sendgrid', 'mailgun', 'postmark', 'ses', 'sparkpost', 'mandrill', 'brevo']);
    expect(siteFor('example.com', ALL)).toBeUndefined();
  });
});

describe('readUnits', () => {
  it('reads adapter rows, JSON blocks and, outside them, generic lines; never a compose box', async () => {
    const body = page(`${TABLE}<pre>{"event":"failed","recipient":"ana@example.com","delivery-status":{"code":550,"message":"5.1.1 no such user"}}</pre>
      <p>Note: 554 5.7.1 [CS02] Message rejected due to local policy</p><div contenteditable="true">550 5.1.1 typed by the user</div>`);
    const units: Unit[] = [];
    await readUnits(body, makeReader([rows]), NO_SLICES, (u) => units.push(u));
    expect(units.map((u) => (u.finding.json ? 'json' : u.finding.text.slice(0, 9)))).toEqual(['550 5.1.1', '421 4.7.0', 'json', 'Note: 554']);
    expect(units[3]?.loose).toBe(true);
  });

  it('re-reads only the row a change happened in', async () => {
    page(TABLE);
    const cell = document.querySelectorAll('tbody td')[3]!;
    const units: Unit[] = [];
    const read = await readUnits(cell, makeReader([rows]), NO_SLICES, (u) => units.push(u));
    expect(units).toHaveLength(1);
    expect([...read]).toEqual([cell.closest('tr')]);
  });
});

describe('webmail notices', () => {
  const site = noticeAdapter({ id: 'test', bodies: '.body', subject: () => 'Undelivered Mail Returned to Sender', from: () => 'MAILER-DAEMON@mta.example.com' });

  it('sends a failure notice whole, with the subject and sender the page shows', () => {
    page(`<div class="body"><p>This is the mail system at host mta.example.com.</p><p>&lt;pat@example.org&gt;: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown</p></div>`);
    const [u] = site.read(document.querySelector('.body')!);
    expect(u?.finding.notice).toEqual({ subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@mta.example.com' });
    expect(u?.finding.text).toContain('550 5.1.1 User unknown');
  });

  it('leaves ordinary messages alone', () => {
    page(`<div class="body"><p>Lunch at 12? The 4.16.55 release is out.</p></div>`);
    expect(site.read(document.querySelector('.body')!)).toEqual([]);
  });
});

describe('locate', () => {
  it('finds a reply the page shows folded over lines, every time it is shown', () => {
    page(`<pre>said: 550 5.1.1
    &lt;pat@example.org&gt;: User unknown (in reply to RCPT TO command)

Diagnostic-Code: smtp; 550 5.1.1 &lt;pat@example.org&gt;: User unknown</pre>`);
    const flat = flatten(document.body);
    const spots = locate(flat, '550 5.1.1 <pat@example.org>: User unknown');
    expect(spots).toHaveLength(2);
    expect(spots.map(([s, e]) => flat.text.slice(s, e).replace(/\s+/g, ' '))).toEqual(['550 5.1.1 <pat@example.org>: User unknown', '550 5.1.1 <pat@example.org>: User unknown']);
    expect(segmentsOf(flat, spots[0]![0], spots[0]![1]).length).toBeGreaterThan(0);
  });

  it('falls back to the reply and status codes when the decoder joined text from several places', () => {
    page(`<p>dana wasn't found at example.org.</p><h3>More Info for Email Admins</h3><p>Status code: 550 5.1.10</p>`);
    const flat = flatten(document.body);
    const [spot] = locate(flat, "550 5.1.10 dana wasn't found at example.org.");
    expect(flat.text.slice(spot![0], spot![1])).toBe('550 5.1.10');
  });
});
