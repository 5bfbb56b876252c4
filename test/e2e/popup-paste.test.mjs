// End-to-end: the BUILT popup (dist/) in headless Chromium. Pastes the CS02 line, a whole bounce
// email and ESP event JSON; checks the cards (contract.md data-* attributes), the responsibility
// split under each sending setup, the escalation on the clipboard, CSV export, a 10 MB paste, and
// axe-core in light and dark. Screenshots: test-results/screenshots/, and docs/screenshots/ with
// BOUNCE_LENS_SCREENSHOTS=1. BOUNCE_LENS_DIST points at another build (default dist/).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { axeViolations, DIST, launch, saveShot, shootPopup } from './support.mjs';

const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137';
const EMAIL = [
  'Return-Path: <>',
  'Date: Mon, 6 May 2024 10:00:00 +0000',
  'From: MAILER-DAEMON@mta.example.net (Mail Delivery System)',
  'To: news@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain',
  '',
  '<pat@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <pat@example.org>:',
  '    Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '<kim@example.net>: host mx.example.net[192.0.2.26] said: 552 5.2.2 <kim@example.net>: user is over quota',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mta.example.net',
  '',
  'Final-Recipient: rfc822; pat@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown',
  '',
  'Final-Recipient: rfc822; kim@example.net',
  'Action: failed',
  'Status: 5.2.2',
  'Diagnostic-Code: smtp; 552 5.2.2 <kim@example.net>: user is over quota',
  '',
  '--B1--',
].join('\n');
/** An Amazon SES bounce notification inside its SNS envelope: Microsoft S3150 on a shared IP. */
const SES_EVENT = JSON.stringify({
  Type: 'Notification',
  MessageId: 'n1',
  Message: JSON.stringify({
    notificationType: 'Bounce',
    bounce: {
      bounceType: 'Permanent', bounceSubType: 'General', timestamp: '2024-05-06T10:00:00.000Z',
      bouncedRecipients: [{ emailAddress: 'lee@outlook.com', action: 'failed', status: '5.7.1', diagnosticCode: "smtp; 550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)." }],
    },
    mail: { timestamp: '2024-05-06T09:59:58.000Z', source: 'news@example.com', destination: ['lee@outlook.com'] },
  }),
});

let b; // support.mjs launch()
let ctx;
let extId;
let page;

const box = () => page.getByRole('textbox', { name: /bounce/i });
const cards = () => page.locator('.results [data-category]');

const shoot = (name) => shootPopup(page, name);

async function axe(state) {
  const found = await axeViolations(page);
  for (const [scheme, violations] of Object.entries(found)) assert.deepEqual(violations, [], `axe-core violations in ${state}, ${scheme}`);
}

async function openAll(card) {
  for (const d of await card.locator('details').all()) await d.evaluate((el) => (el.open = true));
}

/** Presses Tab until the focused element matches `selector` (keyboard-only use). */
async function tabTo(selector, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

async function pasteText(text) {
  await box().fill(text);
}

describe('The popup in Chromium: paste box', { timeout: 120_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(DIST, 'manifest.json')), 'dist/ is built (npm run build:chrome)');
    b = await launch({ chromium, acceptDownloads: true });
    ({ ctx, extId } = b);
    // CDP refuses chrome-extension:// as an origin ("opaque"); without one the grant covers every page.
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await ctx.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    await page.goto(`chrome-extension://${extId}/src/popup/index.html`);
    await page.waitForSelector('html[data-ready="true"]');
  });

  after(() => b?.close());

  test('empty state: the paste box is labelled, and axe finds nothing', async () => {
    assert.equal(await box().evaluate((el) => el.tagName), 'TEXTAREA');
    await page.getByText('Try an example (Apple CS02)').waitFor();
    await shoot('empty');
    await axe('the empty popup');
  });

  test('CS02: the card, the responsibility split under each setup, the draft on the clipboard', async () => {
    await pasteText(CS02);
    const card = page.locator('.results [data-provider="apple"][data-category="reputation"]');
    await card.waitFor({ timeout: 10_000 });
    assert.equal(await card.getAttribute('data-permanence'), 'permanent');
    const active = () => card.locator('.actor-list [aria-current="true"]').getAttribute('data-actor');
    assert.equal(await card.getAttribute('data-actor'), 'esp');
    assert.equal(await active(), 'esp');

    const setup = page.getByRole('combobox', { name: /send from/i });
    for (const [value, actor] of [['dedicated', 'sender'], ['self-hosted', 'sender'], ['shared', 'esp']]) {
      await setup.selectOption(value);
      await page.locator(`.results [data-provider="apple"][data-actor="${actor}"]`).waitFor({ timeout: 5_000 });
      assert.equal(await active(), actor, `the split highlights ${actor} under ${value}`);
      const stored = await page.evaluate(() => chrome.storage.sync.get('settings'));
      assert.equal(stored.settings.setup, value, 'the setting is saved to storage.sync');
    }

    await card.getByRole('button', { name: 'Draft a message to my ESP' }).click();
    await page.getByText(/Message to your ESP copied/).waitFor();
    const draft = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(draft, /^Subject: Bounces to Apple iCloud Mail addresses: Sending IP reputation \(CS02\)/);
    assert.ok(draft.includes(`  ${CS02}`), 'the bounce line');
    assert.match(draft, /- Date: \d{4}-\d\d-\d\d \d\d:\d\d UTC \(when I saw it\)/);
    assert.match(draft, /- Recipient domain: not shown in the bounce \(receiving provider: Apple iCloud Mail\)/);
    assert.match(draft, /- Sending IP: not shown in the bounce/);
    assert.match(draft, /Could you please:\n1\. Move my mail to Apple iCloud Mail addresses to a sending IP or pool with a good reputation/);

    await card.getByRole('button', { name: 'Copy as text' }).click();
    const asText = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(asText, /^Apple iCloud refused the message because it judged the reputation of the sending IP/);
    await openAll(card);
    await card.locator('mark[data-kind="providerCode"]').waitFor();
    await shoot('cs02');
    await axe('the CS02 card');
  });

  test('a whole bounce email: one card per recipient', async () => {
    await pasteText(EMAIL);
    await page.getByText('Read as a bounce email: 2 recipients.').waitFor({ timeout: 10_000 });
    assert.equal(await cards().count(), 2);
    const [first, second] = await cards().all();
    assert.equal(await first.getAttribute('data-category'), 'user_unknown');
    assert.equal(await first.getAttribute('data-actor'), 'sender');
    assert.equal(await second.getAttribute('data-category'), 'mailbox_full');
    assert.equal(await second.getAttribute('data-actor'), 'recipient');
    await first.getByText('to pat@example.org').waitFor();
    await shoot('email');
    await axe('the bounce email cards');
  });

  test('ESP event JSON: SES in its SNS envelope, with the ESP’s own label', async () => {
    await pasteText(SES_EVENT);
    const card = page.locator('.results [data-provider="microsoft"][data-category="blocklist"][data-actor="esp"]');
    await card.waitFor({ timeout: 10_000 });
    await page.getByText('Read as Amazon SES events: 1 failure.').waitFor();
    await card.getByText('Amazon SES: Permanent / General').waitFor();
    await card.getByRole('button', { name: 'Draft a message to my ESP' }).click();
    await page.getByText(/Message to your ESP copied/).waitFor();
    const draft = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(draft, /^Hello Amazon SES support,/m);
    assert.match(draft, /- Date: 2024-05-06 10:00 UTC\n- Recipient domain: outlook\.com\n- Sending IP: 203\.0\.113\.9/);
    await openAll(card);
    await shoot('esp-json');
    await axe('an ESP event card');
  });

  test('CSV export downloads the explained bounces', async () => {
    await pasteText(`${CS02}\n550 5.1.1 The email account that you tried to reach does not exist.`);
    await page.getByText('2 replies explained: 2 bounces.').waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: /Export 2 bounces/ }).getByRole('button', { name: 'CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^bounce-lens-\d{4}-\d\d-\d\d-\d{4}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^recipient,bounce,category,actor,permanence,hardBounce,provider,replyCode,status,providerCode,/);
    assert.match(lines[1], /,true,reputation,esp,permanent,false,apple,554,5\.7\.1,CS02,/);
    assert.match(lines[2], /,true,user_unknown,sender,permanent,true,/);
  });

  test('keyboard only: explain a line, change the setup, open the proof, draft the message', async () => {
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT', 'the setup control comes first');
    await tabTo('textarea');
    await page.keyboard.type('554 5.7.1 [CS02] Message rejected due to local policy');
    const card = page.locator('.results [data-provider="apple"]');
    await card.waitFor({ timeout: 10_000 });
    // Back to the setup control with Shift+Tab, change it with the arrow keys.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.tagName === 'SELECT')); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown'); // shared → dedicated
    await page.locator('.results [data-provider="apple"][data-actor="sender"]').waitFor({ timeout: 5_000 });
    await page.keyboard.press('ArrowUp'); // back to shared
    await page.locator('.results [data-provider="apple"][data-actor="esp"]').waitFor({ timeout: 5_000 });
    await tabTo('.results .esp-owned button');
    await page.keyboard.press('Enter');
    await page.getByText(/Message to your ESP copied/).waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Subject: Bounces to Apple iCloud Mail addresses/);
    await tabTo('.results .why-details > summary');
    await page.keyboard.press('Enter');
    assert.equal(await card.locator('.why-details').evaluate((d) => d.open), true, 'the proof opens from the keyboard');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused control shows a focus ring');
  });

  test('“Explain this bounce” (context menu): the popup shows the stored request once', async () => {
    const text = '550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions.';
    // What the background's context-menu handler stores (protocol.ts ExplainRequest); extension pages share storage.session.
    // The actor depends on the sending setup an earlier test may have left: start from the default.
    await page.evaluate(() => chrome.storage.sync.set({ settings: { setup: 'shared', disabledSites: [] } }));
    await page.evaluate((t) => chrome.storage.session.set({ explainRequest: { text: t, verdict: {}, at: Date.now() } }), text);
    const other = await ctx.newPage();
    await other.setViewportSize({ width: 420, height: 600 });
    await other.goto(`chrome-extension://${extId}/src/popup/index.html?explain=1`);
    await other.locator('.results [data-provider="microsoft"][data-actor="esp"]').waitFor({ timeout: 20_000 });
    assert.equal(await other.getByRole('textbox', { name: /bounce/i }).inputValue(), text);
    await other.close();
    const left = await page.evaluate(() => chrome.storage.session.get('explainRequest'));
    assert.deepEqual(left, {}, 'the request is read once');
  });

  test('a 10 MB paste is cut to 1 MB before it lands, and the page stays responsive', async () => {
    await box().fill('');
    const took = await page.evaluate(async (line) => {
      const text = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
      const area = document.querySelector('textarea');
      area.focus();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const started = performance.now();
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      // Timer ticks until all 50 cards stand: reading and rendering in slices leaves the main thread
      // free between them, so a zero-delay timer keeps running; one blocking task would leave it
      // one tick at most. Frames are counted too (printed; a hidden or loaded page draws few).
      let ticks = 0;
      let beating = true;
      const beat = () => {
        ticks++;
        if (beating) setTimeout(beat, 0);
      };
      setTimeout(beat, 0);
      let last = performance.now();
      let longest = 0;
      let frames = 0;
      while (document.querySelectorAll('.results [data-category]').length < 50) {
        await new Promise((ok) => requestAnimationFrame(ok));
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        frames++;
        if (frames > 20_000) break;
      }
      beating = false;
      return { total: performance.now() - started, longest, frames, ticks, length: area.value.length };
    }, `${CS02}\n`);
    assert.equal(took.length, 0, 'the megabytes stay out of the text area');
    await page.getByText('Pasted 10.0 MB of text').waitFor();
    await page.getByText('This paste is 10.0 MB; Bounce Lens read its first 1.0 MB to stay fast.').waitFor();
    assert.ok(took.ticks > 2, `the main thread stays free while the cards arrive (${took.ticks} timer ticks)`);
    console.log(`10 MB paste: 50 cards in ${Math.round(took.total)} ms, ${took.ticks} timer ticks, ${took.frames} frames, longest frame gap ${Math.round(took.longest)} ms`);
    await page.getByText('Showing the first 50 only.').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.results [data-category]').length === 50); // a few per frame
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveShot(page, 'popup-huge.png', { docs: false });
  });
});
