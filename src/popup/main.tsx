// Wires the popup to the extension: classify goes to the background (the same core, one place
// for rules), the tab's findings come from getTabVerdicts. `?tabId=N` shows another tab's findings
// (for the popup opened in a tab, as the e2e tests and screenshots do).

import { render } from 'preact';
import { capText, send } from '../messaging/protocol.ts';
import { activeTabId, loadSetup, saveSetup, sendMessage } from '../platform/browser.ts';
import { App } from './App.tsx';
import type { Classify, ParseEmail } from './use-explained.ts';
import './popup.css';

const classify: Classify = (text, context) => send(sendMessage, { type: 'classify', text: capText(text), ...(context ? { context } : {}) });

// A pasted raw email is decoded here rather than sent to the background: it may be larger than a
// message allows, and the decoder (with postal-mime) loads only when an email is pasted.
const parseEmail: ParseEmail = async (raw, { setup }) => (await import('../core/email/index.ts')).parseEmail(raw, { setup });

async function main(): Promise<void> {
  const fromQuery = new URLSearchParams(location.search).get('tabId') ?? '';
  const [tabId, setup] = await Promise.all([
    /^\d{1,15}$/.test(fromQuery) ? Number(fromQuery) : activeTabId().catch(() => undefined),
    loadSetup().catch(() => 'shared' as const),
  ]);
  const loadTabVerdicts =
    tabId === undefined ? undefined : () => send(sendMessage, { type: 'getTabVerdicts', tabId }).then((r) => r.verdicts);
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <App
      classify={classify}
      parseEmail={parseEmail}
      loadTabVerdicts={loadTabVerdicts}
      initialSetup={setup}
      onSetupChange={(s) => void saveSetup(s)}
    />,
    root,
  );
}

void main();
