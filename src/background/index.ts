// The service worker's entry. Listeners are registered synchronously at the top level, so a
// worker woken by an event finds them (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events).

import { handle } from '../messaging/protocol.ts';
import { browser, extensionBase, runtimeId } from '../platform/browser.ts';
import { createMenu, explainSelection, MENU_ID, openExplanation } from './context-menu.ts';
import { handlers } from './handlers.ts';
import { watchSettings } from './settings.ts';
import { clearTab } from './tab-store.ts';

browser.runtime.onMessage.addListener(handle(handlers, { runtimeId, extensionBase }));
watchSettings();

// A tab's findings belong to the page they were read from: drop them when it navigates or closes.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void clearTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => {
  void clearTab(tabId);
});

// Context-menu items persist across worker restarts; they are (re)made when the extension is
// installed or updated (https://developer.chrome.com/docs/extensions/reference/api/contextMenus).
browser.runtime.onInstalled.addListener(createMenu);
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || !info.selectionText) return;
  void explainSelection(info.selectionText, tab?.id).then(openExplanation);
});
