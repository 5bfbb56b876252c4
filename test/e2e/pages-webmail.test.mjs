// End-to-end, the BUILT extension (dist/) on webmail fixture pages served under the real host names
// (support.mjs): on each page the right bounces are marked and counted (badge, getTabVerdicts),
// hovering a mark opens its card, compose boxes stay untouched, and the page's own SPA navigation
// updates marks and badge. Keyboard: every mark is reachable (Alt+Shift+B, then Tab).
// The Gmail-like page with a card open goes to docs/screenshots/ with BOUNCE_LENS_SCREENSHOTS=1.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { checkHoverCard, checkState, DIST, expectations, fold, launch, saveShot } from './support.mjs';

const PAGES = ['gmail.html', 'outlook.html', 'yahoo.html', 'icloud.html', 'fastmail.html', 'proton.html'];

let b;
let exp;

describe('Bounce Lens on webmail pages', { timeout: 100_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(DIST, 'manifest.json')), 'dist/ is built (npm run build:chrome)');
    exp = await expectations();
    b = await launch({ chromium });
  });
  after(() => b?.close());

  for (const file of PAGES) {
    test(`${file}: marks, count, card, compose box, SPA rescan`, async () => {
      const e = exp[file];
      const tab = await b.open(`https://${e.host}${e.path}`);
      await tab.page.setViewportSize({ width: 1100, height: 800 });
      const { marks, verdicts } = await checkState(b, tab, e.bounces, e.editable, assert);
      await checkHoverCard(tab.page, marks, verdicts, assert);
      if (file === 'gmail.html') {
        await saveShot(tab.page, 'gmail-marked.png');
      }
      // The compose box still holds exactly what the user typed.
      const typed = await tab.page.evaluate(() => [...document.querySelectorAll('[contenteditable], textarea')].map((el) => el.value ?? el.textContent));
      for (const text of e.editable) assert.ok(typed.some((t) => fold(t).includes(fold(text))), 'the compose box text is unchanged');
      await tab.page.evaluate((hash) => (location.hash = hash), e.next.hash);
      await checkState(b, tab, e.next.bounces, [], assert);
      await tab.page.close();
    });
  }

  test('keyboard: Alt+Shift+B reaches the first mark, Tab the next, Escape closes', async () => {
    const e = exp['gmail.html'];
    const tab = await b.open(`https://${e.host}${e.path}`);
    await b.settle(tab.tabId, e.bounces.length);
    const card = tab.page.locator('[role=tooltip]');
    await tab.page.keyboard.press('Alt+Shift+KeyB');
    await card.waitFor({ state: 'visible' });
    assert.match(fold(await card.textContent()), /Mark 1 of \d+/);
    assert.equal(await tab.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role')), 'button', 'focus is on the mark');
    await tab.page.keyboard.press('Tab');
    await tab.page.waitForFunction(() => /Mark 2 of/.test(document.querySelector('[data-bounce-lens-ui]')?.shadowRoot?.textContent ?? ''));
    await tab.page.keyboard.press('Shift+Tab');
    await tab.page.waitForFunction(() => /Mark 1 of/.test(document.querySelector('[data-bounce-lens-ui]')?.shadowRoot?.textContent ?? ''));
    await tab.page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    // Typing in the compose box is left alone: the shortcut does nothing there.
    await tab.page.locator('[contenteditable]').first().click();
    await tab.page.keyboard.press('Alt+Shift+KeyB');
    await tab.page.waitForTimeout(200);
    assert.equal(await card.isVisible(), false);
    await tab.page.close();
  });
});
