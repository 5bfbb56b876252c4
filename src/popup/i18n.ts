// User-facing text lives in public/_locales/<lang>/messages.json (the WebExtension i18n format),
// so a translation is one file. The extension reads it with browser.i18n.getMessage (main.tsx);
// tests pass catalogT(the English catalogue), which follows the same substitution rules.
// https://developer.chrome.com/docs/extensions/reference/api/i18n#concepts_and_usage

// Type only: the catalogue is not bundled into the popup (getMessage reads it).
export type Catalog = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Catalog;
export type T = (key: MessageKey, ...subs: Array<string | number>) => string;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * getMessage's rules: `$NAME$` takes its placeholder's content, in which `$1`..`$9` are the
 * substitutions; `$$` is a dollar sign. An unknown key is an error here, so tests catch it.
 */
export function catalogT(catalog: Record<string, Entry>): T {
  return (key, ...subs) => {
    const entry = catalog[key];
    if (!entry) throw new Error(`i18n: no message "${key}"`);
    const args = subs.map(String);
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
        const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
        return ph ? fill(ph.content) : '';
      })
      .replace(/\$\$/g, '$');
  };
}

/** Picks the singular or plural message for a count (i18n has no plural rules of its own). */
export function plural(t: T, n: number, one: MessageKey, other: MessageKey): string {
  return n === 1 ? t(one, n) : t(other, n);
}
