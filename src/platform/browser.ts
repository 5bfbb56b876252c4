// The only file that imports webextension-polyfill (architecture.md "Three rings"): dropping the
// polyfill, or swapping in chrome.* for one API, is a change to this file alone.

import browser from 'webextension-polyfill';

export { browser };
export type { Runtime } from 'webextension-polyfill';

/** runtime.sendMessage, as the Transport of messaging/protocol.ts send(). */
export const sendMessage = (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message);

export const runtimeId = (): string => browser.runtime.id;
export const extensionBase = (): string => browser.runtime.getURL('');

// storage.session lives in memory for the browser session and, by default, only the extension's
// trusted contexts (not content scripts) can read it: the right home for per-tab page findings.
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-session

export async function sessionGet<T>(key: string): Promise<T | undefined> {
  const got = await browser.storage.session.get(key);
  return got[key] as T | undefined;
}

export async function sessionSet(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}

export async function sessionRemove(key: string): Promise<void> {
  await browser.storage.session.remove(key);
}

const BADGE_COLOR = '#b42318';

/** Shows `count` on the tab's toolbar badge; 0 clears it. A closed tab is no error. */
export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab went away between the message and the badge update.
  }
}

/** The id of the tab the popup was opened over. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
