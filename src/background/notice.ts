// Structured text a content script sends whole: a webmail notice, or event JSON.
//
// A webmail notice (the visible text of one bounce email) → one verdict per failed recipient.
// The webmail shows the human-readable part (and often the delivery-status part as text); the
// email decoder of the core reads exactly those (Postfix, Exim, qmail, sendmail, Gmail, Exchange
// formats and inline RFC 3464 fields), so the page text is handed to it as a one-part message.

import { parseEmail } from '../core/email/index.ts';
import { readEspJson } from '../core/esp-events.ts';
import type { SendingSetup } from '../core/index.ts';
import type { Finding, SlimVerdict } from '../messaging/protocol.ts';
import { findingVerdict, slim, verdictOf } from './verdicts.ts';

/** Header values come from the page: keep them to one line so they cannot add header fields. */
const oneLine = (s: string | undefined): string => (s ?? '').replace(/[\r\n]+/g, ' ').slice(0, 300);

export async function readNotice(f: Finding, setup: SendingSetup): Promise<SlimVerdict[]> {
  const body = f.text;
  const raw = `From: ${oneLine(f.notice?.from) || 'Mail Delivery System <mailer-daemon@invalid>'}\nSubject: ${oneLine(f.notice?.subject)}\nContent-Type: text/plain; charset=utf-8\n\n${body}`;
  const records = await parseEmail(new TextEncoder().encode(raw), { setup });
  const out: SlimVerdict[] = [];
  for (const r of records) {
    if (!r.bounce || r.reason === 'vacation' || r.reason === 'feedback') continue;
    const recipient = r.recipient;
    const context = {
      ...(recipient ? { recipient } : {}),
      ...(r.rhost ? { host: r.rhost } : {}),
      ...(r.action ? { action: r.action } : {}),
      ...(r.status ? { status: r.status } : {}),
    };
    // The decoder may decide from the structure (retries ran out, a local delivery program failed);
    // report that as a hint so that the tab's stored verdict is this one.
    const again = verdictOf(r.diagnosticCode, context, setup, false);
    const reasonHint = again.reason !== r.reason ? r.reason : undefined;
    out.push(slim(r, { ...context, text: r.diagnosticCode, find: [r.diagnosticCode], ...(reasonHint ? { reasonHint } : {}) }));
  }
  return out;
}

/** Most events read from one JSON block of a page (an export shown whole); the rest are not marked. */
const MAX_PAGE_EVENTS = 500;

/**
 * Event JSON (the core's ESP readers, as the paste box uses them) → one verdict per event that a
 * receiving server refused or deferred. [] when the text is no JSON (the content script then reads
 * it line by line); a single non-bounce verdict when it is JSON without such failures: drops,
 * suppressions, the ESP's own rejections, complaints and deliveries do not count (contract.md).
 */
export function readJson(f: Finding, setup: SendingSetup): SlimVerdict[] {
  const { json, events } = readEspJson(f.text, MAX_PAGE_EVENTS);
  if (!json) return [];
  const failures = events?.items.filter((i) => i.outcome !== 'other') ?? [];
  if (!failures.length) return [slim(verdictOf('', {}, setup, false))];
  return failures.map((e) => {
    const context = {
      ...e.context,
      ...(e.host ? { host: e.host } : {}),
      action: e.outcome === 'delayed' ? 'delayed' : 'failed',
    };
    const find = e.values.length ? e.values : [e.text];
    return slim(findingVerdict({ ...context, text: e.text }, setup, false), { ...context, text: e.text, find });
  });
}
