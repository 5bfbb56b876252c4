// Wires the popup to the extension (with extension.ts, the only popup code that touches browser APIs). classify goes
// to the background (the same core, one place for rules), the tab's findings come from
// getTabVerdicts, "Scan this page" is {type: 'scanTab', tabId}. `?tabId=N` shows another tab's
// findings (for the popup opened in a tab, as the e2e tests and screenshots do).

import { render } from 'preact';
import { send } from '../messaging/protocol.ts';
import { App } from './App.tsx';
import { browser, classify, markReady, parseEmail, sendMessage, storage, subscribeSettings, supportedSites, t } from './extension.ts';
import { DEFAULT_SETTINGS, hostOf, loadSettings, saveSettings, supportedSite, type Settings } from './settings.ts';
import { errorText, isReadableUrl, parseScanReply, type TabAccess } from './tab.ts';
import './popup.css';

async function currentTab(): Promise<{ id: number; url?: string } | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId') ?? '';
  if (/^\d{1,15}$/.test(fromQuery)) {
    const tab = await browser.tabs.get(Number(fromQuery)).catch(() => undefined);
    return { id: Number(fromQuery), ...(tab?.url ? { url: tab.url } : {}) };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

function tabAccess(id: number, url: string | undefined): TabAccess {
  return {
    host: hostOf(url),
    readable: isReadableUrl(url),
    load: () => send(sendMessage, { type: 'getTabVerdicts', tabId: id }).then((r) => r.verdicts),
    // The reply is checked again here: a background from another version may answer otherwise.
    scan: () => send(sendMessage, { type: 'scanTab', tabId: id }).then(parseScanReply, (e: unknown) => ({ ok: false as const, error: errorText(e) })),
  };
}

/**
 * Renders at once and fills in what needs a browser round trip (the current tab, the stored
 * settings) when it answers: those reads measured ~15-40 ms on a loaded machine, longer than the
 * whole first render (scripts/bench-popup.mjs). Both start before the first render, so they run
 * while it happens.
 */
function main(): void {
  performance.mark('bounce-lens:start');
  const root = document.getElementById('app');
  if (!root) return;
  const tab = currentTab().catch(() => undefined);
  const settings = loadSettings(storage).catch(() => DEFAULT_SETTINGS);
  const app = (access?: TabAccess, site?: string) => (
    <App
      t={t}
      classify={classify}
      parseEmail={parseEmail}
      {...(access ? { tab: access } : {})}
      {...(site ? { site } : {})}
      initialSettings={settings}
      onSettingsChange={saveTo}
      subscribeSettings={subscribeSettings}
      openOptions={openOptions}
      takeExplainRequest={takeExplainRequest}
    />
  );
  render(app(), root);
  markReady();
  void Promise.all([tab, settings]).then(([found]) => {
    performance.mark('bounce-lens:loaded');
    if (!found) return;
    const access = tabAccess(found.id, found.url);
    render(app(access, access.host ? supportedSite(access.host, supportedSites()) : undefined), root);
  });
}

// Stable functions, so the second render passes App the same props it had.
const saveTo = (s: Settings) => void saveSettings(storage, s);
const openOptions = () => void browser.runtime.openOptionsPage();
const takeExplainRequest = () => send(sendMessage, { type: 'takeExplainRequest' }).then((r) => r.request?.text ?? null, () => null);

main();
