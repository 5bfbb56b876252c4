// The options page: the sending setup (who owns IP reputation), which supported sites Bounce Lens
// reads, and a full-width paste box for long logs. Settings are saved as they change, to
// storage.sync (main.tsx), and announced.

import { useEffect, useMemo, useState } from 'preact/hooks';
import { SETUPS, type SendingSetup } from '../core/types.ts';
import { useAnnouncer } from '../popup/components/Announcer.tsx';
import { PasteBox } from '../popup/components/PasteBox.tsx';
import { browserCopy, browserSave, EnvContext, type PopupEnv } from '../popup/env.ts';
import type { Classify, ParseEmail } from '../popup/explain-input.ts';
import type { T } from '../popup/i18n.ts';
import { setupHelp, setupLabel } from '../popup/labels.ts';
import type { Settings } from '../popup/settings.ts';
import { SITE_NAMES } from './sites.ts';

export interface OptionsProps {
  t: T;
  initialSettings: Settings;
  /** Saves; a rejection is shown to the user. */
  onSettingsChange: (s: Settings) => Promise<void> | void;
  subscribeSettings?: (listener: (s: Settings) => void) => () => void;
  /** Host names of the supported sites (from the manifest's content scripts). */
  sites: readonly string[];
  classify: Classify;
  parseEmail?: ParseEmail;
  copyText?: (text: string) => Promise<void>;
  saveFile?: PopupEnv['saveFile'];
}

export function Options(props: OptionsProps) {
  const { t, sites, classify, parseEmail, subscribeSettings } = props;
  const [settings, setSettings] = useState(props.initialSettings);
  const { announce, region } = useAnnouncer();
  const env = useMemo<PopupEnv>(
    () => ({ t, copyText: props.copyText ?? browserCopy, saveFile: props.saveFile ?? browserSave, now: () => new Date(), announce }),
    [t, props.copyText, props.saveFile, announce],
  );
  useEffect(() => subscribeSettings?.(setSettings), [subscribeSettings]);

  const update = async (next: Settings) => {
    setSettings(next);
    try {
      await props.onSettingsChange(next);
      announce(t('options_saved'));
    } catch (e) {
      announce(t('options_saveFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  const setSetup = (setup: SendingSetup) => void update({ ...settings, setup });
  const setSite = (host: string, on: boolean) =>
    void update({ ...settings, disabledSites: on ? settings.disabledSites.filter((s) => s !== host) : [...settings.disabledSites, host].sort() });

  return (
    <EnvContext.Provider value={env}>
      <main class="options">
        <header class="top">
          <img src="/icons/icon-32.png" width={28} height={28} alt="" />
          <h1>{t('options_title')}</h1>
        </header>
        <p class="muted">{t('options_privacy')}</p>

        <section class="opt-section" aria-labelledby="setup-title">
          <h2 id="setup-title">{t('options_setupTitle')}</h2>
          <fieldset class="setup-choices">
            <legend>{t('options_setupIntro')}</legend>
            {SETUPS.map((s) => (
              <label key={s} class={settings.setup === s ? 'choice checked' : 'choice'}>
                <input type="radio" name="setup" value={s} checked={settings.setup === s} onChange={() => setSetup(s)} aria-describedby={`help-${s}`} />
                <span class="choice-text">
                  <strong>{setupLabel(t, s)}</strong>
                  <span id={`help-${s}`} class="muted">
                    {setupHelp(t, s)}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        </section>

        <section class="opt-section" aria-labelledby="sites-title">
          <h2 id="sites-title">{t('options_sitesTitle')}</h2>
          <p class="muted">{t('options_sitesIntro')}</p>
          <ul class="site-list">
            {sites.map((host) => (
              <li key={host}>
                <label class="site-switch">
                  <input type="checkbox" role="switch" checked={!settings.disabledSites.includes(host)} onChange={(e) => setSite(host, (e.currentTarget as HTMLInputElement).checked)} />
                  <span>{SITE_NAMES[host] ? t('options_site', SITE_NAMES[host], host) : host}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>

        <div class="opt-section">
          <PasteBox classify={classify} {...(parseEmail ? { parseEmail } : {})} setup={settings.setup} rows={8} />
        </div>
        {region}
      </main>
    </EnvContext.Provider>
  );
}
