// The user's settings as the content script needs them: which sites are switched off, and the
// sending setup (verdicts change with it). storage.sync key `settings` (protocol.ts Settings).

import { parseSettings, SETTINGS_KEY, type Settings } from '../messaging/protocol.ts';
import { browser } from '../platform/browser.ts';

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** Calls `fn` with the new settings whenever the options page changes them. */
export function onSettingsChange(fn: (s: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) fn(parseSettings(changes[SETTINGS_KEY].newValue));
  });
}

/**
 * The host of the page the user sees. A frame without a URL of its own (about:srcdoc, an opaque
 * sandboxed frame) belongs to the top page (location.ancestorOrigins, Chrome and Safari).
 */
export function pageHost(): string {
  if (location.hostname) return location.hostname;
  const origins = location.ancestorOrigins;
  const top = origins?.length ? origins[origins.length - 1] : '';
  try {
    return top ? new URL(top).hostname : '';
  } catch {
    return '';
  }
}
