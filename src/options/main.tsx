// Wires the options page to the extension (the same pieces as the popup, popup/extension.ts).

import { render } from 'preact';
import { classify, markReady, parseEmail, storage, subscribeSettings, supportedSites, t } from '../popup/extension.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../popup/settings.ts';
import { Options } from './Options.tsx';
import '../popup/popup.css';
import './options.css';

async function main(): Promise<void> {
  const settings = await loadSettings(storage).catch(() => DEFAULT_SETTINGS);
  document.title = t('options_title');
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Options
      t={t}
      initialSettings={settings}
      onSettingsChange={(s) => saveSettings(storage, s)}
      subscribeSettings={subscribeSettings}
      sites={supportedSites()}
      classify={classify}
      parseEmail={parseEmail}
    />,
    root,
  );
  markReady();
}

void main();
