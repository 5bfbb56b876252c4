// The user's settings (storage.sync, key `settings`, written by the options page; protocol.ts
// Settings). Kept in worker memory as a cache only, dropped when they change: a log page sends
// its findings in many messages at once, and a storage read per message queues up behind the
// others (some 10 to 100 ms each, measured). A worker that was stopped reads them again.

import { parseSettings, SETTINGS_KEY, type Settings } from '../messaging/protocol.ts';
import { browser } from '../platform/browser.ts';

let cached: Promise<Settings> | null = null;

async function load(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export function readSettings(): Promise<Settings> {
  cached ??= load();
  return cached;
}

/** Registered at the worker's top level (background/index.ts). */
export function watchSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) cached = null;
  });
}
