// End-to-end: the BUILT extension (dist/, run `npm run build:chrome` first) in headless Chromium.
// (a) the service worker starts; (b) on fixture pages served as mail.google.com and
// app.sendgrid.com the content script marks the bounces, the badge shows their count and compose
// boxes are left alone; (c) the popup explains a pasted CS02 line.
// Screenshots go to test-results/screenshots/, and to docs/screenshots/ with BOUNCE_LENS_SCREENSHOTS=1.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { DIST, fold, launch, saveShot } from './support.mjs';

const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137';
const TSS04 = (ip) =>
  `421 4.7.0 [TSS04] Messages from ${ip} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes`;
/** The failure lines each fixture shows (each may appear more than once); the compose box's lines are not here. */
const LINES = {
  'mail.google.com': [
    CS02,
    '550 5.1.1 <sam@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    TSS04('203.0.113.7'),
  ],
  'app.sendgrid.com': [
    CS02,
    TSS04('198.51.100.23'),
    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    '554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
  ],
};
const DSN_EMAIL = [
  'From: MAILER-DAEMON@mta.example.net',
  'To: news@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
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
  '--B1--',
].join('\n');
let b; // support.mjs launch(): context, extension id, an extension page for extension-only messages
let ctx;
let extId;
const tabOf = {};

const worker = () => b.worker();
const tabIds = () => b.tabIds();
const badge = (tabId) => b.badge(tabId);
const message = (msg) => b.message(msg);

const screenshot = (page, name) => saveShot(page, name, { fullPage: true });

/** Every highlighted range on the page (read from the main world: the registry is the document's). */
function highlights(page) {
  return page.evaluate(() =>
    ['bounce-lens', 'bounce-lens-temporary'].flatMap((name) =>
      [...(CSS.highlights.get(name) ?? [])].map((r) => ({
        name,
        text: r.toString(),
        editable: !!r.startContainer.parentElement?.closest('textarea, input, [contenteditable]'),
      })),
    ),
  );
}

async function openSite(host) {
  const known = await tabIds();
  const page = await ctx.newPage();
  await page.goto(`https://${host}/`);
  const tabId = (await tabIds()).find((id) => !known.includes(id));
  assert.ok(tabId !== undefined, 'the new tab has an id');
  tabOf[host] = tabId;
  return { page, tabId };
}

/** What the badge must say: one per line the core calls a bounce. */
async function expectedBounces(host) {
  const verdicts = await message({ type: 'classifyMany', texts: LINES[host] });
  return LINES[host].filter((_, i) => verdicts[i].bounce);
}

async function checkSite(host, shot) {
  const { page, tabId } = await openSite(host);
  const bounces = await expectedBounces(host);
  assert.ok(bounces.includes(CS02), 'the CS02 line is a bounce (sanity: the core classifies it)');
  await page.waitForFunction((n) => CSS.highlights.get('bounce-lens')?.size > 0 || n === 0, bounces.length, { timeout: 10_000 });
  const marks = await highlights(page);
  assert.deepEqual(
    [...new Set(marks.map((m) => fold(m.text)))].sort(),
    bounces.map(fold).sort(),
    'exactly the bounce lines are marked',
  );
  assert.ok(marks.every((m) => !m.editable), 'nothing inside an editable region is marked');
  // Marks appear as soon as verdicts come back; the badge follows the content script's report, a moment later.
  const want = String(bounces.length);
  let shown = await badge(tabId);
  for (let i = 0; i < 40 && shown !== want; i++) {
    await new Promise((r) => setTimeout(r, 100));
    shown = await badge(tabId);
  }
  assert.equal(shown, want, 'the badge counts each failure once');
  const { verdicts } = await message({ type: 'getTabVerdicts', tabId });
  assert.equal(verdicts.length, bounces.length);
  assert.ok(verdicts.every((v) => v.bounce && typeof v.text === 'string' && bounces.map(fold).includes(fold(v.text))));
  await page.setViewportSize({ width: 1100, height: 720 });
  await screenshot(page, shot);
  return { page, tabId, verdicts };
}

describe('Bounce Lens in Chromium', { timeout: 45_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(DIST, 'manifest.json')), 'dist/ is built (npm run build:chrome)');
    b = await launch({ chromium });
    ({ ctx, extId } = b);
  });

  after(() => b?.close());

  test('(a) the service worker starts and names the extension', async () => {
    assert.match(extId, /^[a-p]{32}$/);
    const manifest = await (await worker()).evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.name, 'Bounce Lens');
    assert.ok(!JSON.stringify(manifest.content_scripts).includes('<all_urls>'));
  });

  test('(b) Gmail-like notices: bounces marked, badge = count, compose box untouched', async () => {
    const { page } = await checkSite('mail.google.com', 'gmail-marked.png');
    const composeMarked = await page.evaluate(() => document.querySelector('.compose')?.querySelector('mark') !== null);
    assert.equal(composeMarked, false);
  });

  test('(b) ESP activity log: each event once, deliveries and drops not counted', async () => {
    const { verdicts } = await checkSite('app.sendgrid.com', 'esp-log-marked.png');
    const cs02 = verdicts.find((v) => v.providerCode === 'CS02');
    assert.equal(cs02?.recipient, 'ana@example.com', 'the row’s recipient is kept; the detail panel adds no second count');
  });

  test('(b) other tabs and foreign pages stay empty', async () => {
    const { verdicts } = await message({ type: 'getTabVerdicts', tabId: 999_999 });
    assert.deepEqual(verdicts, []);
  });

  test('(c) the popup explains a pasted CS02 line, and the setup moves the actor', async () => {
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${extId}/src/popup/index.html`);
    await page.getByRole('textbox', { name: /bounce/i }).fill('554 5.7.1 [CS02] Message rejected due to local policy');
    const card = page.locator('[data-provider="apple"][data-category="reputation"][data-actor="esp"]');
    await card.waitFor({ timeout: 10_000 });
    assert.equal(await card.getAttribute('data-permanence'), 'permanent');
    await card.getByText('Why we think so').click();
    await card.locator('mark[data-kind="providerCode"]').waitFor();
    await screenshot(page, 'popup-cs02.png');
    await page.getByRole('combobox').selectOption('dedicated');
    await page.locator('[data-provider="apple"][data-actor="sender"]').waitFor({ timeout: 5_000 });
    // A whole bounce email goes through the lazily loaded email decoder (CSP allows own chunks only).
    await page.getByRole('textbox', { name: /bounce/i }).fill(DSN_EMAIL);
    await page.locator('.results [data-category="user_unknown"]').waitFor({ timeout: 5_000 });
    await page.close();
  });

  test('(c) the popup lists what was found on a tab', async () => {
    const tabId = tabOf['mail.google.com'];
    assert.ok(tabId !== undefined);
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${extId}/src/popup/index.html?tabId=${tabId}`);
    const items = page.locator('.finding-list > li');
    await items.first().waitFor({ timeout: 10_000 });
    assert.equal(String(await items.count()), await badge(tabId));
    // Pick the CS02 finding by its code: the order of groups depends on the sending setup.
    await items.filter({ has: page.locator('code', { hasText: 'CS02' }) }).first().getByRole('button').click();
    await page.locator('.finding-list [data-provider="apple"]').waitFor({ timeout: 5_000 });
    await screenshot(page, 'popup-tab-findings.png');
    await page.close();
  });
});
