// SendGrid Event Webhook: a JSON array of events, lower-case keys.
// https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event (pages.md §3).
// bounce: `type` "bounce" | "blocked", `status` (RFC 3463), `reason` (the remote reply);
// deferred: `response`, `attempt`; dropped: `reason` ("Bounced Address", "Unsubscribed Address"...).
// Blocks "do not result in permanent suppressions" (SendGrid's Email Activity Feed doc).

import type { EspReader, ReadItem } from './types.ts';
import { defined, has, ipOf, str, toIso, type Json } from './util.ts';

const NO_FAILURE = new Set(['processed', 'delivered', 'open', 'click', 'unsubscribe', 'group_unsubscribe', 'group_resubscribe']);

function label(o: Json, event: string): string {
  const type = str(o.type);
  const cls = str(o.bounce_classification);
  const kind = event === 'bounce' ? (type === 'blocked' ? 'Block' : 'Bounce') : event === 'deferred' ? 'Deferred' : event === 'dropped' ? 'Drop' : event;
  const extra = [cls, event === 'dropped' ? str(o.reason) : ''].filter(Boolean).join(', ');
  return `SendGrid: ${kind}${extra ? ` (${extra})` : ''}`;
}

function read(o: Json) {
  const event = str(o.event).toLowerCase();
  if (NO_FAILURE.has(event) || !event) return { items: [], skipped: [event || 'unknown'] };
  const status = str(o.status);
  const base = {
    esp: 'sendgrid' as const,
    event,
    recipient: str(o.email) || undefined,
    date: toIso(o.timestamp),
    ip: ipOf(o.ip),
    espLabel: label(o, event),
  };
  let item: ReadItem;
  if (event === 'spamreport') {
    item = { ...base, text: 'Spam report', outcome: 'other', context: { reasonHint: 'feedback' } };
  } else if (event === 'dropped') {
    // No receiving server was contacted: SendGrid's own suppression (or an invalid address).
    item = { ...base, text: str(o.reason) || 'Dropped', outcome: 'other', context: { reasonHint: 'suppressed' } };
  } else {
    const reply = event === 'deferred' ? str(o.response) || str(o.reason) : str(o.reason) || str(o.response);
    const action = event === 'deferred' ? 'delayed' : 'failed';
    item = { ...base, text: reply || status || event, outcome: action, context: defined({ status, action }) };
  }
  if (item.recipient) item.context = { ...item.context, recipient: item.recipient };
  return { items: [defined(item)], skipped: [] };
}

export const sendgrid: EspReader = {
  id: 'sendgrid',
  // sg_event_id / sg_message_id / smtp-id are SendGrid's own; without them, its event names with `email`.
  detect: (o) =>
    has(o, 'sg_event_id', 'sg_message_id', 'smtp-id') ||
    (typeof o.email === 'string' && ['bounce', 'deferred', 'dropped', 'spamreport', 'processed'].includes(str(o.event)) && !has(o, 'message-id', 'msg')),
  read,
};
