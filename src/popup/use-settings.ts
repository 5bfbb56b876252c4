// The popup's settings, without making the first paint wait for them: main.tsx starts the
// storage.sync read, renders at once, and the stored settings fill in when the read answers
// (a browser round trip that measured ~15-40 ms on a loaded machine, scripts/bench-popup.mjs).
// Until then nothing is explained under a guessed setup: the paste box takes input and its
// cards wait for the setup, and the page view waits too.

import { useEffect, useState } from 'preact/hooks';
import type { SendingSetup } from '../core/types.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

export interface SettingsSource {
  /** The settings, or the pending read of them. */
  initial?: Settings | Promise<Settings>;
  save?: (s: Settings) => void;
  /** Settings changed elsewhere (the options page); returns an unsubscribe function. */
  subscribe?: (listener: (s: Settings) => void) => () => void;
}

export interface PopupSettings {
  /** The stored settings; null until read. */
  settings: Settings | null;
  /** The setup to explain under; undefined while it is not known yet. */
  setup: SendingSetup | undefined;
  changeSetup: (setup: SendingSetup) => void;
  update: (next: Settings) => void;
}

const isPromise = (v: unknown): v is Promise<Settings> => typeof (v as Promise<Settings> | undefined)?.then === 'function';

export function usePopupSettings({ initial, save, subscribe }: SettingsSource): PopupSettings {
  const [settings, setSettings] = useState<Settings | null>(isPromise(initial) ? null : (initial ?? DEFAULT_SETTINGS));
  // A setup chosen before the read answered (the control works from the first paint): it wins
  // over the stored one, and is saved together with the rest of the stored settings.
  const [early, setEarly] = useState<SendingSetup | null>(null);

  useEffect(() => subscribe?.(setSettings), [subscribe]);
  useEffect(() => {
    if (!isPromise(initial)) return;
    let live = true;
    const fill = (s: Settings) => live && setSettings((current) => current ?? s);
    initial.then(fill, () => fill(DEFAULT_SETTINGS));
    return () => {
      live = false;
    };
  }, [initial]);

  const update = (next: Settings) => {
    setSettings(next);
    save?.(next);
  };
  useEffect(() => {
    if (!settings || early === null) return;
    setEarly(null);
    if (early !== settings.setup) update({ ...settings, setup: early });
  }, [settings, early]);

  return {
    settings,
    setup: early ?? settings?.setup,
    changeSetup: (setup) => (settings ? update({ ...settings, setup }) : setEarly(setup)),
    update,
  };
}
