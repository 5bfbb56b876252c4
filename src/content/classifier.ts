// Verdicts for findings, from the background, cached for the page's lifetime: a rescan after a
// page change sends only what is new (paging an ESP log, opening another message).

import { MAX_ITEMS, send, type Finding, type SlimVerdict } from '../messaging/protocol.ts';
import { sendMessage } from '../platform/browser.ts';
import { clamp } from './report.ts';

const MAX_BATCH_CHARS = 200 * 1024;
const MAX_CACHED = 30_000;

export const findingKey = (f: Finding): string =>
  `${f.notice ? `n${f.notice.subject}\u0001${f.notice.from}` : f.json ? 'j' : 'l'}\u0001${f.recipient}\u0001${f.host}\u0001${f.action}\u0001${f.status}\u0001${f.text}`;

export class Classifier {
  private readonly cache = new Map<string, SlimVerdict[]>();

  get(f: Finding): SlimVerdict[] | undefined {
    return this.cache.get(findingKey(f));
  }

  /** Asks the background about every finding not yet known (in batches the protocol accepts). */
  async fill(findings: Finding[]): Promise<void> {
    const todo = new Map<string, Finding>();
    for (const f of findings) {
      const key = findingKey(f);
      if (!this.cache.has(key)) todo.set(key, f);
    }
    if (!todo.size) return;
    if (this.cache.size + todo.size > MAX_CACHED) this.cache.clear();
    const batches: Array<Array<[string, Finding]>> = [[]];
    let chars = 0;
    for (const entry of todo) {
      const batch = batches[batches.length - 1]!;
      if (batch.length >= MAX_ITEMS || chars + entry[1].text.length > MAX_BATCH_CHARS) {
        batches.push([entry]);
        chars = entry[1].text.length;
      } else {
        batch.push(entry);
        chars += entry[1].text.length;
      }
    }
    await Promise.all(
      batches.map(async (batch) => {
        // The background needs no page identity (`id`): only copy the findings that have one.
        const items = batch.map(([, f]) => {
          if (f.id === undefined) return clamp(f);
          const { id: _id, ...rest } = f;
          return clamp(rest);
        });
        const { verdicts, results } = await send(sendMessage, { type: 'classifyFindings', items });
        batch.forEach(([key], i) => this.cache.set(key, (results[i] ?? []).flatMap((n) => verdicts[n] ?? [])));
      }),
    );
  }

  clear(): void {
    this.cache.clear();
  }
}
