// End-to-end: the popup's page view over a fixture page served as mail.google.com (grouped by who
// must act, then category; counts; a card per finding; JSON export; "Scan this page"), and the
// options page (sending setup and sites in storage.sync, followed live by an open popup), with
// axe-core in light and dark. Needs the built extension (dist/, or BOUNCE_LENS_DIST).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { axeViolations, DIST, launch, shootPopup } from './support.mjs';


let b; // support.mjs launch()
let ctx;
let extId;

const worker = () => b.worker();
const tabIds = () => b.tabIds();
const badge = (tabId) => b.badge(tabId);

const shoot = shootPopup;

async function axe(page, state) {
  const found = await axeViolations(page);
  for (const [scheme, violations] of Object.entries(found)) assert.deepEqual(violations, [], `axe-core violations in ${state}, ${scheme}`);
}

/** A new tab at `url`, and its tab id. */
async function openTab(url) {
  const known = await tabIds();
  const page = await ctx.newPage();
  await page.goto(url);
  const tabId = (await tabIds()).find((id) => !known.includes(id));
  assert.ok(tabId !== undefined);
  return { page, tabId };
}

async function openPopup(query = '') {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${extId}/src/popup/index.html${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

describe('The popup in Chromium: page view and settings', { timeout: 120_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(DIST, 'manifest.json')), 'dist/ is built (npm run build:chrome)');
    b = await launch({ chromium, acceptDownloads: true });
    ({ ctx, extId } = b);
  });

  after(() => b?.close());

  test('the page’s bounces, grouped by who must act then category, each opening into its card', async () => {
    const { tabId } = await openTab('https://mail.google.com/');
    await (await worker()).evaluate(async () => {}); // the worker is awake
    let count = '';
    for (let i = 0; i < 40 && !count; i++) {
      count = await badge(tabId);
      if (!count) await new Promise((ok) => setTimeout(ok, 250));
    }
    assert.ok(Number(count) > 0, 'the content script found bounces on the fixture page');
    const popup = await openPopup(`?tabId=${tabId}`);
    const items = popup.locator('.finding-list > li');
    await items.first().waitFor({ timeout: 10_000 });
    assert.equal(String(await items.count()), count, 'one entry per bounce the badge counts');
    await popup.getByRole('heading', { name: new RegExp(`^On this page ${count} bounces?$`) }).waitFor();
    const groups = await popup.locator('[data-group-actor]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group-actor')));
    assert.ok(groups.includes('esp'), 'the CS02 and TSS04 lines are the ESP’s');
    const espCount = await popup.locator('[data-group-actor="esp"] .finding-list > li').count();
    await popup.getByRole('heading', { level: 3, name: new RegExp(`^Your ESP must act ${espCount} bounces?$`) }).waitFor();

    const first = popup.locator('[data-group-actor="esp"] .finding').first();
    await first.focus();
    await popup.keyboard.press('Enter'); // keyboard-only: a finding opens with Enter
    assert.equal(await first.getAttribute('aria-expanded'), 'true');
    const card = popup.locator('.page-view [data-actor="esp"][data-category]').first();
    await card.waitFor();
    await card.getByRole('button', { name: 'Draft a message to my ESP' }).waitFor();
    await shoot(popup, 'page');
    await axe(popup, 'the page view with an open card');

    // Under a dedicated IP the ESP's group is gone: its bounces are the sender's.
    await popup.getByRole('combobox', { name: /send from/i }).selectOption('dedicated');
    await popup.locator('[data-group-actor="esp"]').waitFor({ state: 'detached', timeout: 5_000 });
    await popup.getByRole('combobox', { name: /send from/i }).selectOption('shared');
    await popup.locator('[data-group-actor="esp"]').waitFor();

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('.page-actions').getByRole('button', { name: 'JSON' }).click(),
    ]);
    const rows = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(String(rows.length), count);
    assert.ok(rows.every((r) => r.bounce && typeof r.text === 'string' && r.category && r.actor));

    // "Scan again": the background answers {ok, count} or {ok: false, error}; either is shown.
    await popup.getByRole('button', { name: 'Scan again' }).click();
    const status = popup.locator('.scan-status');
    await popup.waitForFunction(() => /^(Scan complete|Could not scan this page: .+)/.test(document.querySelector('.scan-status')?.textContent ?? ''), null, { timeout: 10_000 });
    console.log(`scan on the Gmail fixture: ${await status.textContent()}`);
    await popup.close();
  });

  test('an empty page: what Bounce Lens looks for, and a scan that fails is reported', async () => {
    const { tabId } = await openTab('about:blank');
    const popup = await openPopup(`?tabId=${tabId}`);
    await popup.getByText('No bounces found on this page.').waitFor({ timeout: 10_000 });
    await popup.getByText(/Bounce Lens looks for bounce notices and server replies/).waitFor();
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.getByText(/^Could not scan this page: .+/).waitFor({ timeout: 10_000 });
    await shoot(popup, 'page-empty');
    await axe(popup, 'the empty page view');
    await popup.close();
  });

  test('the options page: setup and sites saved to storage.sync, followed live by the popup', async () => {
    const popup = await openPopup();
    const options = await ctx.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${extId}/src/options/index.html`);
    await options.waitForSelector('html[data-ready="true"]');
    assert.equal(await options.title(), 'Bounce Lens settings');

    await options.getByRole('radio', { name: /A dedicated IP at an ESP/ }).check();
    await options.getByText('Settings saved.').waitFor();
    const gmail = options.getByRole('switch', { name: 'Gmail (mail.google.com)' });
    assert.equal(await gmail.isChecked(), true);
    await gmail.uncheck();
    await options.waitForFunction(async () => (await chrome.storage.sync.get('settings')).settings?.disabledSites?.includes('mail.google.com'));
    const { settings } = await options.evaluate(() => chrome.storage.sync.get('settings'));
    assert.deepEqual(settings, { setup: 'dedicated', disabledSites: ['mail.google.com'] });

    // The popup that was already open follows the change (storage.onChanged).
    await popup.waitForFunction(() => document.querySelector('select')?.value === 'dedicated', null, { timeout: 5_000 });
    // The options page has its own paste box, explained under the chosen setup.
    await options.getByRole('textbox', { name: /bounce/i }).fill('554 5.7.1 [CS02] Message rejected due to local policy');
    await options.locator('[data-provider="apple"][data-actor="sender"]').waitFor({ timeout: 10_000 });
    await options.getByRole('textbox', { name: /bounce/i }).fill('');
    await options.locator('[data-provider="apple"]').waitFor({ state: 'detached' });
    await shoot(options, 'options');
    await axe(options, 'the options page');
    await gmail.check();
    await options.getByRole('radio', { name: /An ESP’s shared IPs/ }).check();
    await options.close();
    await popup.close();
  });
});
