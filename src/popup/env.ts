// What deep components need from the outside world, passed once through context: the text
// catalogue, the clipboard, file downloads, the clock and the live region. main.tsx wires the
// real ones; tests pass fakes, so no component touches a browser API directly.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { T } from './i18n.ts';

export interface PopupEnv {
  t: T;
  copyText: (text: string) => Promise<void>;
  saveFile: (name: string, type: string, content: string) => void;
  now: () => Date;
  /** Says something to screen readers (and shows it) without moving focus. */
  announce: (message: string) => void;
}

export const EnvContext = createContext<PopupEnv | null>(null);

export function useEnv(): PopupEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('PopupEnv missing: render inside <EnvContext.Provider>');
  return env;
}

/** The browser's clipboard (a user gesture is needed, which every caller is). */
export const browserCopy = (text: string): Promise<void> => navigator.clipboard.writeText(text);

/** Downloads a text file through a Blob URL: nothing leaves the machine. */
export function browserSave(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
