// Verdicts for findings, from the background, cached for the page's lifetime: a rescan after a
// page change sends only what is new (paging an ESP log, opening another message). Log rows are
// cached by their template's first steps (messaging/template.ts maskRow): thousands of rows that
// differ only in the recipient's mailbox or an IP share the verdict, so one of them is asked about.

import { MAX_ITEMS, send, type Finding, type SlimVerdict } from '../messaging/protocol.ts';
import { maskRow } from '../messaging/template.ts';
import { sendMessage } from '../platform/browser.ts';
import { clamp } from './report.ts';

const MAX_BATCH_CHARS = 200 * 1024;
const MAX_CACHED = 30_000;

/**
 * What a finding's verdict depends on: a notice or JSON block whole; a row or line as the
 * background's template cache reads it (background/verdicts.ts verdictOf), which a finer key can
 * only split, never join wrongly: rows equal here have equal templates.
 */
export const findingKey = (f: Finding): string =>
  JSON.stringify(f.notice || f.json ? [f.notice, f.text] : [f.recipient && maskRow(f.recipient, f.recipient), f.host, f.action, f.status, f.reasonHint, maskRow(f.text, f.recipient)]);

export class Classifier {
  private readonly cache = new Map<string, SlimVerdict[]>();

  /**
   * The verdicts of each finding, in order, asking the background only about findings not yet
   * known (in batches the protocol accepts). Each key is built once: an ESP log sends thousands.
   */
  async verdicts(findings: Finding[]): Promise<SlimVerdict[][]> {
    const keys = findings.map(findingKey);
    // This call's answers are kept apart from the cache, which another call may clear meanwhile.
    const known = new Map<string, SlimVerdict[]>();
    const todo = new Map<string, Finding>();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const hit = this.cache.get(key);
      if (hit) known.set(key, hit);
      else todo.set(key, findings[i]!);
    }
    if (todo.size) {
      if (this.cache.size + todo.size > MAX_CACHED) this.cache.clear();
      const batches: Array<Array<[string, Finding]>> = [];
      let chars = Infinity;
      for (const entry of todo) {
        const n = entry[1].text.length;
        if (chars + n > MAX_BATCH_CHARS || batches.at(-1)!.length >= MAX_ITEMS) {
          batches.push([]);
          chars = 0;
        }
        batches.at(-1)!.push(entry);
        chars += n;
      }
      await Promise.all(
        batches.map(async (batch) => {
          const { verdicts, results } = await send(sendMessage, { type: 'classifyFindings', items: batch.map(([, f]) => clamp(f)) });
          batch.forEach(([key], i) => {
            const list = (results[i] ?? []).flatMap((n) => verdicts[n] ?? []);
            known.set(key, list);
            this.cache.set(key, list);
          });
        }),
      );
    }
    return keys.map((k) => known.get(k) ?? []);
  }
}
