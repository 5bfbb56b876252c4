// The popup: what was found on the current tab, a paste box, and the settings that change who
// must act. Every dependency on the extension arrives as a prop (main.tsx wires them), so
// component tests render it with the core's classify, a text catalogue and no browser API.

import { useEffect, useMemo } from 'preact/hooks';
import { preloadCard } from './components/Card.tsx';
import { PageView } from './components/PageView.tsx';
import { PasteBox } from './components/PasteBox.tsx';
import { SetupSelect } from './components/SetupSelect.tsx';
import { useAnnouncer } from './components/Announcer.tsx';
import { browserCopy, browserSave, EnvContext, type PopupEnv } from './env.ts';
import type { Classify, ParseEmail } from './explain-input.ts';
import type { T } from './i18n.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';
import type { TabAccess } from './tab.ts';
import { usePopupSettings } from './use-settings.ts';

export interface AppProps {
  classify: Classify;
  t: T;
  parseEmail?: ParseEmail;
  /** The current tab; absent outside the extension. */
  tab?: TabAccess;
  /** Set when the tab is a supported site (its entry in disabledSites is the tab's host). */
  site?: string;
  /** The settings, or their pending read: the popup renders before storage answers (use-settings.ts). */
  initialSettings?: Settings | Promise<Settings>;
  onSettingsChange?: (s: Settings) => void;
  /** Settings changed elsewhere (the options page); returns an unsubscribe function. */
  subscribeSettings?: (listener: (s: Settings) => void) => () => void;
  openOptions?: () => void;
  /** The pending "Explain this bounce" text (context menu), if any; read once. */
  takeExplainRequest?: () => Promise<string | null>;
  copyText?: (text: string) => Promise<void>;
  saveFile?: PopupEnv['saveFile'];
  now?: () => Date;
}

function GearIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7.4-3a7.4 7.4 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7.3 7.3 0 0 0-2-1.2L14.5 3h-4l-.4 2.6a7.3 7.3 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7.3 7.3 0 0 0 2 1.2l.4 2.6h4l.4-2.6a7.3 7.3 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2Z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function App(props: AppProps) {
  const { classify, parseEmail, tab, site, t, onSettingsChange, subscribeSettings, openOptions } = props;
  const { settings, setup, changeSetup, update } = usePopupSettings({
    ...(props.initialSettings ? { initial: props.initialSettings } : {}),
    ...(onSettingsChange ? { save: onSettingsChange } : {}),
    ...(subscribeSettings ? { subscribe: subscribeSettings } : {}),
  });
  const { announce, region } = useAnnouncer();
  const env = useMemo<PopupEnv>(
    () => ({ t, copyText: props.copyText ?? browserCopy, saveFile: props.saveFile ?? browserSave, now: props.now ?? (() => new Date()), announce }),
    [t, props.copyText, props.saveFile, props.now, announce],
  );
  // After the first paint, fetch the card code so the first paste finds it ready.
  useEffect(() => {
    const id = setTimeout(() => void preloadCard(), 0);
    return () => clearTimeout(id);
  }, []);

  const siteControl =
    site && settings
      ? {
          host: site,
          enabled: !settings.disabledSites.includes(site),
          onToggle: (on: boolean) =>
            update({ ...settings, disabledSites: on ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site] }),
        }
      : undefined;

  return (
    <EnvContext.Provider value={env}>
      <main class="popup">
        <header class="top">
          <img src="/icons/icon-32.png" width={24} height={24} alt="" />
          <h1>{t('appName')}</h1>
          <SetupSelect value={setup ?? DEFAULT_SETTINGS.setup} onChange={changeSetup} />
          {openOptions && (
            <button type="button" class="icon-btn" onClick={openOptions} aria-label={t('settings_open')} title={t('settings_open')}>
              <GearIcon />
            </button>
          )}
        </header>
        {tab && setup && <PageView tab={tab} classify={classify} setup={setup} {...(siteControl ? { site: siteControl } : {})} />}
        <PasteBox
          classify={classify}
          {...(parseEmail ? { parseEmail } : {})}
          {...(props.takeExplainRequest ? { takeRequest: props.takeExplainRequest } : {})}
          {...(setup ? { setup } : {})}
        />
        {region}
      </main>
    </EnvContext.Provider>
  );
}
