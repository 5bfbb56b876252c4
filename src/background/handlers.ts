// One function per message of messaging/protocol.ts; `Handlers` makes a missing one a compile error.
// Sender and payload checks happen before these run (protocol.ts handle()).

import { classify } from '../core/index.ts';
import type { Verdict } from '../core/types.ts';
import type { Finding, Handlers, TabVerdict } from '../messaging/protocol.ts';
import { readTab, writeTab } from './tab-store.ts';

/** Text as one line of page text, for telling repeats apart. */
const sameText = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The bounces among the findings, each failure once (contract.md: the same failure shown twice
 * on one page, e.g. a log row and its open detail panel, is one). Findings with the same text
 * are one failure per recipient; a repeat that names no recipient joins the one that does.
 */
export function distinctBounces(items: readonly Finding[], verdicts: readonly Verdict[]): TabVerdict[] {
  const groups = new Map<string, TabVerdict[]>();
  verdicts.forEach((verdict, i) => {
    const item = items[i];
    if (!verdict.bounce || !item) return;
    const recipient = item.recipient ?? verdict.recipient;
    const found: TabVerdict = { ...verdict, text: item.text, ...(recipient ? { recipient } : {}) };
    const key = sameText(item.text);
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    const twin = group.find((g) => !g.recipient || !recipient || g.recipient.toLowerCase() === recipient.toLowerCase());
    if (!twin) group.push(found);
    else if (!twin.recipient && recipient) group[group.indexOf(twin)] = found;
  });
  return [...groups.values()].flat();
}

export const handlers: Handlers = {
  async classify({ text, context }) {
    return classify(text, context);
  },

  async classifyMany({ texts, context }) {
    return texts.map((text) => classify(text, context));
  },

  async reportFindings({ items }, sender) {
    const tabId = sender.tab?.id;
    const verdicts = items.map(({ text, recipient, host }) =>
      classify(text, { ...(recipient ? { recipient } : {}), ...(host ? { host } : {}) }),
    );
    const found = distinctBounces(items, verdicts);
    if (tabId !== undefined) await writeTab(tabId, found);
    return verdicts;
  },

  async getTabVerdicts({ tabId }) {
    return { verdicts: await readTab(tabId) };
  },
};
