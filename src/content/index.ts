// The content script's start: find bounce snippets → ask the background for verdicts → mark them.
// Built as two scripts with the same start and different site adapters (webmail.ts, esp.ts), so
// that each carries only its own (a content script has a size budget). Declared only for webmail
// and ESP hosts (manifest.json), and injected on demand elsewhere ("Scan this page",
// background/scan-tab.ts), so it must cope with running twice. Runs in every frame of a webmail
// (all_frames): a frame the top frame can read stays idle, its parent covers it (frames.ts).
// Stops at once, and removes its marks, when the user switches the site off (settings.ts).

import { isSiteDisabled, SETTLED_MESSAGE, type Settings } from '../messaging/protocol.ts';
import { browser, runtimeId } from '../platform/browser.ts';
import { siteFor, type Site } from './find/sites/index.ts';
import { parentCovers } from './frames.ts';
import { Scanner } from './scanner.ts';
import { loadSettings, onSettingsChange, pageHost } from './settings.ts';
import { makeReader } from './units.ts';

/** Set in this script's isolated world (the page cannot see it) when it runs: a second injection stops. */
const GLOBAL = '__bounceLens';

export function run(sites: Site[]): void {
  const g = globalThis as unknown as Record<string, boolean | undefined>;
  if (g[GLOBAL] || parentCovers() || !document.body) return;
  g[GLOBAL] = true;
  const host = pageHost();
  const site = siteFor(host, sites);
  const reader = makeReader(site ? [site] : [], site?.repeats);
  let scanner: Scanner | null = null;
  let setup: Settings['setup'] | null = null;

  const apply = (s: Settings) => {
    const off = isSiteDisabled(host, s);
    // A new sending setup changes who acts: start again with fresh verdicts.
    if (scanner && (off || (setup !== null && s.setup !== setup))) {
      scanner.stop();
      scanner = null;
    }
    setup = s.setup;
    if (!off && !scanner) {
      scanner = new Scanner(reader);
      scanner.start();
    }
  };
  const ready = loadSettings().then(apply);
  onSettingsChange(apply);
  // "Scan this page": the background asks the top frame for the count once the scan is done.
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if ((message as { type?: unknown } | null)?.type !== SETTLED_MESSAGE || sender.id !== runtimeId()) return undefined;
    return ready.then(() => (scanner ? scanner.settled() : 0));
  });
  // A frame that reports for itself takes its findings along when it goes (the badge counts the tab).
  if (window !== window.top) addEventListener('pagehide', () => scanner?.stop());
}

