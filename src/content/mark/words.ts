// The card's words, from the extension's messages (public/_locales/<lang>/messages.json): the file
// the popup reads too, so a translation is one file and the content script carries no word tables.
// i18n.getMessage is synchronous and open to content scripts:
// https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage

import type { SlimVerdict } from '../../messaging/protocol.ts';
import { browser } from '../../platform/browser.ts';

/** The message `key` of messages.json, with `$1`… substitutions. */
export const t = (key: string, ...subs: string[]): string => browser.i18n.getMessage(key, subs);

/** Severity in words on a mark's card: the colour is never the only cue. */
export const severity = (v: Pick<SlimVerdict, 'permanence' | 'hardBounce'>): string =>
  v.permanence === 'temporary' ? t('mark_temporary') : v.hardBounce ? t('mark_hardBounce') : t('mark_permanent');
