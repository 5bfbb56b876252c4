// The popup: paste a bounce, read the explanation; plus what was found on the current tab.
// Every dependency on the extension arrives as a prop (main.tsx wires them), so component tests
// render it with the core's classify and no browser API.

import { useState } from 'preact/hooks';
import type { SendingSetup } from '../core/types.ts';
import type { TabVerdict } from '../messaging/protocol.ts';
import { SetupSelect } from './components/SetupSelect.tsx';
import { TabFindings } from './components/TabFindings.tsx';
import { VerdictCard } from './components/VerdictCard.tsx';
import { useExplained, type Classify, type ParseEmail } from './use-explained.ts';

export interface AppProps {
  classify: Classify;
  parseEmail?: ParseEmail;
  /** The verdicts found on the current tab; absent outside the extension. */
  loadTabVerdicts?: () => Promise<TabVerdict[]>;
  initialSetup?: SendingSetup;
  onSetupChange?: (setup: SendingSetup) => void;
}

const EXAMPLE = '554 5.7.1 [CS02] Message rejected due to local policy';

export function App({ classify, parseEmail, loadTabVerdicts, initialSetup = 'shared', onSetupChange }: AppProps) {
  const [input, setInput] = useState('');
  const [setup, setSetup] = useState<SendingSetup>(initialSetup);
  const { items, error } = useExplained(input, setup, classify, parseEmail);
  const bounces = items.filter((i) => i.verdict.bounce).length;

  const changeSetup = (s: SendingSetup) => {
    setSetup(s);
    onSetupChange?.(s);
  };

  return (
    <main class="popup">
      <header class="top">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>Bounce Lens</h1>
        <SetupSelect value={setup} onChange={changeSetup} />
      </header>
      {loadTabVerdicts && <TabFindings load={loadTabVerdicts} classify={classify} setup={setup} />}
      <section class="paste" aria-label="Explain a bounce">
        <label for="bounce-input" class="section-title">
          Paste a bounce line or a whole bounce email
        </label>
        <textarea
          id="bounce-input"
          rows={4}
          spellcheck={false}
          placeholder={EXAMPLE}
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {!input.trim() && (
          <p class="muted empty">
            Paste the server’s reply from a bounce email or your ESP’s log, e.g. <code>{EXAMPLE}</code>. Nothing leaves your
            browser.
          </p>
        )}
      </section>
      {error && (
        <p class="error" role="alert">
          Could not explain this text: {error}
        </p>
      )}
      {items.length > 1 && (
        <p class="muted count" role="status">
          {items.length} replies explained: {bounces} {bounces === 1 ? 'is a bounce' : 'are bounces'}
        </p>
      )}
      <div class="results">
        {items.map(({ text, verdict }, i) => (
          <VerdictCard key={`${i}-${text}`} verdict={verdict} text={text} />
        ))}
      </div>
    </main>
  );
}
