// The browser-backed pieces the popup and the options page share: the text catalogue, settings
// storage, classify through the background, the lazily loaded email decoder. Together with the
// two main.tsx entry files, the only popup/options code that touches browser APIs.

import { capText, send } from '../messaging/protocol.ts';
import { browser, sendMessage } from '../platform/browser.ts';
import type { Classify, ParseEmail } from './explain-input.ts';
import type { T } from './i18n.ts';
import { parseSettings, SETTINGS_KEY, sitesFromMatches, type Settings, type SettingsStorage } from './settings.ts';

export { browser, sendMessage };

export const t: T = (key, ...subs) => browser.i18n.getMessage(key, subs.map(String)) || key;

export const storage: SettingsStorage = { sync: browser.storage.sync, local: browser.storage.local };

export const classify: Classify = (text, context) => send(sendMessage, { type: 'classify', text: capText(text), ...(context ? { context } : {}) });

// A pasted raw email is decoded here rather than sent to the background: it may be larger than a
// message allows, and the decoder (with postal-mime) loads only when an email is pasted.
export const parseEmail: ParseEmail = async (raw, { setup }) => (await import('../core/email/index.ts')).parseEmail(raw, { setup });

/** Settings changed in another extension page (storage.onChanged fires in every one). */
export function subscribeSettings(listener: (s: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The supported sites: the content scripts' match patterns (manifest.json is the one list). */
export const supportedSites = (): string[] =>
  sitesFromMatches((browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []));

/** Marks the page interactive, for scripts/bench-popup.mjs. */
export function markReady(): void {
  document.documentElement.dataset.ready = 'true';
  performance.mark('bounce-lens:interactive');
}
