// The service worker's entry. Listeners are registered synchronously at the top level, so a
// worker woken by an event finds them (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events).

import { handle } from '../messaging/protocol.ts';
import { browser, extensionBase, runtimeId } from '../platform/browser.ts';
import { handlers } from './handlers.ts';
import { clearTab } from './tab-store.ts';

browser.runtime.onMessage.addListener(handle(handlers, { runtimeId, extensionBase }));

// A tab's findings belong to the page they were read from: drop them when it navigates or closes.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void clearTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => {
  void clearTab(tabId);
});
