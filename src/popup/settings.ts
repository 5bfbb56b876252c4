// The user's settings, kept in storage.sync under `settings` (so they follow the user's browser
// profile): the sending setup, which decides who owns IP reputation (contract.md "actor"), and
// the supported sites where the content script stays off. The popup and the options page write
// them; the content script and the background read the same key. Pure apart from the storage passed in.

import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../messaging/protocol.ts';

// One definition of the shape for every reader (protocol.ts); this file adds what the pages that
// write the settings need: the migration, a tidy save, and the list of supported sites.
export { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings };

/** Where the first version kept the setup (storage.local); read once and moved. */
export const LEGACY_SETUP_KEY = 'sendingSetup';

const HOST = /^[a-z0-9.-]{1,253}$/;

/** Settings as saved: host names only, each once, sorted (a stable value for storage.sync). */
export function tidySettings(s: Settings): Settings {
  const parsed = parseSettings(s);
  return { setup: parsed.setup, disabledSites: [...new Set(parsed.disabledSites.filter((h) => HOST.test(h)))].sort() };
}

/** The parts of browser.storage used here (structurally the polyfill's StorageArea). */
export interface StorageAreaLike {
  get: (key: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove?: (key: string) => Promise<void>;
}

export interface SettingsStorage {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}

/** Reads the settings; moves a setup saved by the first version (storage.local) into them once. */
export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  const got = await storage.sync.get(SETTINGS_KEY);
  if (got[SETTINGS_KEY] !== undefined) return parseSettings(got[SETTINGS_KEY]);
  const legacy = (await storage.local.get(LEGACY_SETUP_KEY))[LEGACY_SETUP_KEY];
  const settings = tidySettings(parseSettings({ setup: legacy }));
  if (legacy !== undefined) {
    await storage.sync.set({ [SETTINGS_KEY]: settings });
    await storage.local.remove?.(LEGACY_SETUP_KEY);
  }
  return settings;
}

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  await storage.sync.set({ [SETTINGS_KEY]: tidySettings(settings) });
}

/** The host a tab's URL belongs to, for the on/off switch; empty for non-web pages. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The supported sites: the host part of each content-script match pattern (`*.` kept off). */
export function sitesFromMatches(matches: readonly string[]): string[] {
  const hosts = matches.map((m) => /^[a-z*]+:\/\/(?:\*\.)?([^/]+)\//i.exec(m)?.[1]?.toLowerCase() ?? '').filter((h) => h && h !== '*');
  return [...new Set(hosts)];
}

/** The supported site the host belongs to (itself, or a parent for `*.` patterns); undefined if none. */
export function supportedSite(host: string, sites: readonly string[]): string | undefined {
  return sites.find((s) => host === s || host.endsWith(`.${s}`));
}
