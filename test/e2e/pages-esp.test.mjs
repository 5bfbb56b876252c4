// End-to-end, the BUILT extension (dist/) on ESP log fixture pages served under the real host
// names (support.mjs): one verdict per event row (deliveries, opens and drops not counted, a detail
// panel repeating a row counted once), a code shown apart from its text, event JSON, cards, and
// paging (SPA) updating marks and badge. Also: switching a site off in the settings removes its
// marks at once, the sending setup changes who acts, and "Scan this page" (scanTab) answers with
// the count where the script runs and refuses a page without an activeTab grant.
// The SendGrid-like log goes to docs/screenshots/esp-log-marked.png with BOUNCE_LENS_SCREENSHOTS=1.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { checkHoverCard, checkState, DIST, expectations, launch, marksOf, ROOT, saveShot, visibleCard } from './support.mjs';

const PAGES = ['sendgrid.html', 'mailgun.html', 'postmark.html', 'ses.html', 'sparkpost.html', 'mandrill.html', 'brevo.html'];
// The card's words are the extension's messages (the popup's catalogue).
const MESSAGES = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8'));

let b;
let exp;

describe('Bounce Lens on ESP log pages', { timeout: 100_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(DIST, 'manifest.json')), 'dist/ is built (npm run build:chrome)');
    exp = await expectations();
    b = await launch({ chromium });
  });
  after(() => b?.close());

  for (const file of PAGES) {
    test(`${file}: one verdict per event, card, paging`, async () => {
      const e = exp[file];
      const tab = await b.open(`https://${e.host}${e.path}`);
      await tab.page.setViewportSize({ width: 1100, height: 720 });
      const { marks, verdicts } = await checkState(b, tab, e.bounces, e.editable, assert);
      await checkHoverCard(tab.page, marks, verdicts, assert);
      if (file === 'sendgrid.html') {
        // The card of the block names the ESP as the one to act (a shared IP's block listing).
        const block = marks.find((m) => m.text.includes('banned sending IP'));
        await tab.page.mouse.move(block.rect.x, block.rect.y);
        const card = await visibleCard(tab.page);
        await tab.page.waitForFunction((word) => (document.querySelector('[data-bounce-lens-ui]')?.shadowRoot?.textContent ?? '').includes(word), MESSAGES.actor_esp.message);
        assert.ok((await card.textContent()).includes(MESSAGES.category_blocklist.message), 'the card names the category in the popup’s words');
        await saveShot(tab.page, 'esp-log-marked.png');
      }
      await tab.page.evaluate((hash) => (location.hash = hash), e.next.hash);
      await checkState(b, tab, e.next.bounces, [], assert);
      await tab.page.close();
    });
  }

  test('settings: a disabled site loses its marks at once; the sending setup changes who acts', async () => {
    const e = exp['sendgrid.html'];
    const tab = await b.open(`https://${e.host}${e.path}`);
    await checkState(b, tab, e.bounces, [], assert);
    await b.setSettings({ setup: 'shared', disabledSites: ['app.sendgrid.com'] });
    await tab.page.waitForFunction(() => !CSS.highlights.get('bounce-lens')?.size && !CSS.highlights.get('bounce-lens-temporary')?.size);
    await tab.page.waitForFunction(() => !document.querySelector('[data-bounce-lens-ui]'));
    assert.equal(await b.badge(tab.tabId), '', 'the badge is cleared');
    await b.setSettings({ setup: 'dedicated', disabledSites: [] });
    await checkState(b, tab, e.bounces, [], assert);
    const { verdicts } = await b.message({ type: 'getTabVerdicts', tabId: tab.tabId });
    assert.equal(verdicts.find((v) => v.recipient === 'cho@example.net')?.actor, 'sender', 'a dedicated IP is the sender’s to fix');
    const block = (await marksOf(tab.page)).find((m) => m.text.includes('banned sending IP'));
    await tab.page.mouse.move(block.rect.x, block.rect.y);
    await tab.page.waitForFunction((word) => (document.querySelector('[data-bounce-lens-ui]')?.shadowRoot?.textContent ?? '').includes(word), MESSAGES.actor_sender.message);
    await b.setSettings({ setup: 'shared', disabledSites: [] });
    await tab.page.close();
  });

  test('scanTab: the count where the script runs; refused without an activeTab grant elsewhere', async () => {
    const e = exp['brevo.html'];
    const declared = await b.open(`https://${e.host}${e.path}`);
    assert.equal(await b.settle(declared.tabId, e.bounces.length), e.bounces.length);
    const other = await b.open('https://status.example.org/');
    const reply = await b.message({ type: 'scanTab', tabId: other.tabId });
    assert.equal(reply.ok, false, 'no host permission and no activeTab grant: nothing is injected');
    assert.match(reply.error, /permission|access/i);
    assert.equal((await marksOf(other.page)).length, 0);
    const manifest = await (await b.worker()).evaluate(() => chrome.runtime.getManifest());
    assert.ok(!JSON.stringify(manifest).includes('<all_urls>'));
    assert.deepEqual(manifest.host_permissions ?? [], []);
    await declared.page.close();
    await other.page.close();
  });
});
