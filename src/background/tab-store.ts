// Per-tab findings in storage.session. The MV3 service worker can be stopped whenever it is idle
// (about 30 s), so nothing is kept in module memory: every read and write goes to storage.
// https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle

import type { TabVerdict } from '../messaging/protocol.ts';
import { sessionGet, sessionRemove, sessionSet, setBadgeCount } from '../platform/browser.ts';

const key = (tabId: number): string => `tab:${tabId}`;

export async function readTab(tabId: number): Promise<TabVerdict[]> {
  return (await sessionGet<TabVerdict[]>(key(tabId))) ?? [];
}

/** Replaces the tab's findings (a content script always reports its page's full set) and updates the badge. */
export async function writeTab(tabId: number, verdicts: TabVerdict[]): Promise<void> {
  if (verdicts.length === 0) await sessionRemove(key(tabId));
  else await sessionSet(key(tabId), verdicts);
  await setBadgeCount(tabId, verdicts.filter((v) => v.bounce).length);
}

export async function clearTab(tabId: number): Promise<void> {
  await sessionRemove(key(tabId));
  await setBadgeCount(tabId, 0);
}
