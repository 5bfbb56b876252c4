// "Scan this page" (popup) on a page outside the declared webmail and ESP hosts: the popup's click
// grants activeTab for the tab, under which scripting may inject the content script once
// (https://developer.chrome.com/docs/extensions/develop/concepts/activeTab). No host permission is
// asked for any other site.

import { SETTLED_MESSAGE } from '../messaging/protocol.ts';
import { browser } from '../platform/browser.ts';
import { countOf, readTab } from './tab-store.ts';

/** The built content script and its style sheet, as the manifest names them (crxjs rewrites the paths). */
function contentFiles(): { js: string[]; css: string[] } {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return { js: cs?.js ?? [], css: cs?.css ?? [] };
}

/**
 * The tab's count once its content script (top frame) is done, or null when none runs there.
 * Frames that report for themselves are in the stored count, which may be ahead of the top's.
 */
async function askCount(tabId: number): Promise<number | null> {
  try {
    const count: unknown = await browser.tabs.sendMessage(tabId, { type: SETTLED_MESSAGE }, { frameId: 0 });
    return typeof count === 'number' ? Math.max(count, countOf(await readTab(tabId))) : null;
  } catch {
    return null;
  }
}

export async function scanTab(tabId: number): Promise<{ ok: true; count: number } | { ok: false; error: string }> {
  // Already there (a declared host, or scanned before): it answers without any permission.
  const known = await askCount(tabId);
  if (known !== null) return { ok: true, count: known };
  const { js, css } = contentFiles();
  if (!js.length) return { ok: false, error: 'The extension has no content script to inject.' };
  try {
    const target = { tabId };
    if (css.length) await browser.scripting.insertCSS({ target, files: css });
    await browser.scripting.executeScript({ target, files: js });
  } catch (e) {
    // No activeTab grant (the popup was not opened on this tab), or a page no extension may script
    // (the Web Store, chrome:// pages, the PDF viewer).
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const count = await askCount(tabId);
  return count === null ? { ok: false, error: 'The page could not be scanned.' } : { ok: true, count };
}
