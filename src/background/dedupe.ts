// Each failure once (contract.md, "What the extension exposes"): one per failed recipient of a
// notice or per event row of a log; the same failure shown twice on one page (a notice's human part
// and its delivery-status part, a log row and its open detail panel) is one.
//
// A content script gives each failure it can tell apart an `id` (a row, a notice's recipient).
// Findings with different ids stay apart even with equal text (two deferrals of one message are
// two events). A finding without an id (a line the generic finder read, a detail panel) joins one
// with the same reply and a compatible recipient.

import type { Finding } from '../messaging/protocol.ts';

/**
 * The reply as a failure key: lower case, white space folded, from the first reply or status code
 * on (so "Diagnostic-Code: smtp; 550 …" and "said: 550 …" agree), without Postfix's trailing
 * "(in reply to RCPT TO command)".
 */
export function failureKey(text: string): string {
  let t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const code = /(?:^|[^\w.])([245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}\b)/.exec(t);
  if (code) t = t.slice(code.index + code[0].length - code[1]!.length);
  return t.replace(/(?<!\s)\s*\(in reply to [^()]*\)\s*$/, '').replace(/(?<![\s.])[\s.]+$/, '');
}

const sameRecipient = (a?: string, b?: string): boolean => !a || !b || a.toLowerCase() === b.toLowerCase();

/** Indexes of the findings that are distinct failures, in order; a merged repeat lends its recipient. */
export function distinct<T extends Finding>(items: readonly T[]): T[] {
  const byKey = new Map<string, T[]>();
  const out: T[] = [];
  for (const item of items) {
    const key = failureKey(item.text);
    const group = byKey.get(key) ?? [];
    byKey.set(key, group);
    const twin = group.find((g) => (!g.id || !item.id ? sameRecipient(g.recipient, item.recipient) : g.id === item.id));
    if (!twin) {
      group.push(item);
      out.push(item);
    } else if (!twin.recipient && item.recipient) {
      const merged = { ...twin, recipient: item.recipient, ...(item.id ? { id: item.id } : {}) };
      group[group.indexOf(twin)] = merged;
      out[out.indexOf(twin)] = merged;
    } else if (!twin.id && item.id) {
      const merged = { ...twin, id: item.id };
      group[group.indexOf(twin)] = merged;
      out[out.indexOf(twin)] = merged;
    }
  }
  return out;
}
