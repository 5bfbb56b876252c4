// "Explain this bounce" on selected text. The verdict is stored for the popup (protocol.ts
// ExplainRequest, read once with takeExplainRequest), then the popup opens: action.openPopup where
// the browser allows it (Chrome 127+, Firefox), else the popup page in a new tab with `?explain=1`.

import { EXPLAIN_REQUEST_KEY, MAX_TEXT_CHARS, type ExplainRequest } from '../messaging/protocol.ts';
import { browser, sessionGet, sessionRemove, sessionSet } from '../platform/browser.ts';
import { readSettings } from './settings.ts';
import { verdictOf } from './verdicts.ts';

export const MENU_ID = 'bounce-lens-explain';
/** A request the popup did not pick up within this time is not shown any more. */
const STALE_MS = 5 * 60_000;

export function createMenu(): void {
  browser.contextMenus.create({ id: MENU_ID, title: 'Explain this bounce', contexts: ['selection'] }, () => {
    // Re-creating it on update reports "duplicate id"; reading lastError keeps that quiet.
    void browser.runtime.lastError;
  });
}

export async function explainSelection(text: string, tabId: number | undefined): Promise<ExplainRequest> {
  const { setup } = await readSettings();
  const clipped = text.slice(0, MAX_TEXT_CHARS);
  const request: ExplainRequest = { text: clipped, verdict: verdictOf(clipped, {}, setup), at: Date.now(), ...(tabId !== undefined ? { tabId } : {}) };
  await sessionSet(EXPLAIN_REQUEST_KEY, request);
  return request;
}

export async function openExplanation(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    const popup = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';
    await browser.tabs.create({ url: browser.runtime.getURL(`${popup}?explain=1`) });
  }
}

export async function takeExplainRequest(): Promise<ExplainRequest | null> {
  const request = await sessionGet<ExplainRequest>(EXPLAIN_REQUEST_KEY);
  if (!request) return null;
  await sessionRemove(EXPLAIN_REQUEST_KEY);
  return Date.now() - request.at < STALE_MS ? request : null;
}
