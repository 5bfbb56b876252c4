// Per-tab findings in storage.session. The MV3 service worker can be stopped whenever it is idle
// (about 30 s), so nothing is kept in module memory: every read and write goes to storage.
// https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
//
// A tab holds one list per frame: the top frame's content script also reads its same-origin
// frames, and a frame it cannot reach (an opaque sandboxed one) reports on its own. Updates of one
// tab are queued, so two frames reporting at once do not overwrite each other.

import type { Finding } from '../messaging/protocol.ts';
import { sessionGet, sessionRemove, sessionSet, setBadgeCount } from '../platform/browser.ts';

const key = (tabId: number): string => `tab:${tabId}`;

/** Findings by frame id. */
export type TabRecord = Record<string, Finding[]>;

const queues = new Map<number, Promise<unknown>>();

/** Runs `task` after the tab's earlier updates (a lock, not state: losing it with the worker is fine). */
function queued<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

export async function readTab(tabId: number): Promise<TabRecord> {
  const got = await sessionGet<unknown>(key(tabId));
  return got && typeof got === 'object' && !Array.isArray(got) ? (got as TabRecord) : {};
}

export const countOf = (record: TabRecord): number => Object.values(record).reduce((n, list) => n + list.length, 0);

/** Replaces one frame's findings (a content script always reports its frame's full set); returns the tab's count. */
export function writeFrame(tabId: number, frameId: number, findings: Finding[]): Promise<number> {
  return queued(tabId, async () => {
    const others = Object.entries(await readTab(tabId)).filter(([frame]) => frame !== String(frameId));
    const record: TabRecord = Object.fromEntries(findings.length ? [...others, [String(frameId), findings]] : others);
    const count = countOf(record);
    if (count === 0) await sessionRemove(key(tabId));
    else await sessionSet(key(tabId), record);
    await setBadgeCount(tabId, count);
    return count;
  });
}

export function clearTab(tabId: number): Promise<void> {
  return queued(tabId, async () => {
    await sessionRemove(key(tabId));
    await setBadgeCount(tabId, 0);
  });
}
