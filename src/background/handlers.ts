// One function per message of messaging/protocol.ts; `Handlers` makes a missing one a compile error.
// Sender and payload checks happen before these run (protocol.ts handle()).

import { classify, type Verdict } from '../core/index.ts';
import type { Handlers, SlimVerdict, TabVerdict } from '../messaging/protocol.ts';
import { takeExplainRequest } from './context-menu.ts';
import { distinct } from './dedupe.ts';
import { readJson, readNotice } from './notice.ts';
import { scanTab } from './scan-tab.ts';
import { readSettings } from './settings.ts';
import { readTab, writeFrame } from './tab-store.ts';
import { findingVerdict, slim } from './verdicts.ts';


export const handlers: Handlers = {
  async classify({ text, context }) {
    return classify(text, context);
  },

  async classifyMany({ texts, context }) {
    return texts.map((text) => classify(text, context));
  },

  async classifyFindings({ items }) {
    const { setup } = await readSettings();
    // A log's rows share a few verdicts: each distinct one is sent once (the content script knows
    // each row's recipient and context itself).
    const verdicts: SlimVerdict[] = [];
    const indexOf = new Map<string, number>();
    const add = (v: () => SlimVerdict, key: string): number => {
      let i = indexOf.get(key);
      if (i === undefined) indexOf.set(key, (i = verdicts.push(v()) - 1));
      return i;
    };
    const results: number[][] = [];
    const keys = new Map<Verdict, string>();
    for (const item of items) {
      if (item.notice || item.json) {
        const found = item.notice ? await readNotice(item, setup) : readJson(item, setup);
        results.push(found.map((v) => add(() => v, JSON.stringify(v))));
      } else {
        // Rows of one template share the cached verdict object: its slim copy is made once.
        const v = findingVerdict(item, setup, false);
        let key = keys.get(v);
        if (!key) keys.set(v, (key = `v${keys.size}`));
        results.push([add(() => slim(v), key)]);
      }
    }
    return { verdicts, results };
  },

  async reportFindings({ items }, sender) {
    const tabId = sender.tab?.id;
    const { setup } = await readSettings();
    // Only what the core calls a bounce counts, whatever a content script sends.
    const bounces = distinct(items.filter((f) => findingVerdict(f, setup, false).bounce));
    const count = tabId === undefined ? bounces.length : await writeFrame(tabId, sender.frameId ?? 0, bounces);
    return { count };
  },

  async getTabVerdicts({ tabId }) {
    const [record, { setup }] = await Promise.all([readTab(tabId), readSettings()]);
    const verdicts: TabVerdict[] = [];
    for (const found of Object.values(record).flat()) {
      const verdict = findingVerdict(found, setup);
      const recipient = found.recipient ?? verdict.recipient;
      verdicts.push({ ...verdict, text: found.text, ...(recipient ? { recipient } : {}) });
    }
    return { verdicts };
  },

  async scanTab({ tabId }) {
    return scanTab(tabId);
  },

  async takeExplainRequest() {
    return { request: await takeExplainRequest() };
  },
};
