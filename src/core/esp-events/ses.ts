// Amazon SES notifications and event publishing (via SNS, EventBridge, Firehose or CloudWatch):
// `notificationType` / `eventType` Bounce | Complaint | DeliveryDelay | Reject | Delivery ...;
// a bounce names each recipient in `bounce.bouncedRecipients[]` with `diagnosticCode` (the remote
// reply, only when there was one) and `status`; `bounceType`/`bounceSubType` is SES's class.
// https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html (pages.md §3)

import type { EspReader, Outcome, ReadItem } from './types.ts';
import { arr, defined, has, isObj, obj, str, stripSmtp, toIso, type Json } from './util.ts';

const typeOf = (o: Json): string => str(o.notificationType || o.eventType);

interface Each {
  recipient: string;
  text: string;
  status: string;
  context: ReadItem['context'];
  outcome: Outcome;
}

function recipients(o: Json, type: string): Each[] {
  if (type === 'Bounce') {
    const b = obj(o.bounce);
    const suppressed = /suppress/i.test(str(b.bounceSubType));
    return arr(b.bouncedRecipients).filter(isObj).map((r) => {
      const status = str(r.status);
      const text = stripSmtp(str(r.diagnosticCode));
      const context: ReadItem['context'] = defined({ status, action: str(r.action) || undefined });
      if (suppressed) context.reasonHint = 'suppressed';
      // A suppression is SES's own list: no receiving server answered.
      const outcome: Outcome = suppressed ? 'other' : 'failed';
      return { recipient: str(r.emailAddress), text: text || status || `${str(b.bounceType)} bounce`, status, context, outcome };
    });
  }
  if (type === 'DeliveryDelay') {
    const d = obj(o.deliveryDelay);
    return arr(d.delayedRecipients).filter(isObj).map((r) => {
      const status = str(r.status);
      const text = stripSmtp(str(r.diagnosticCode)) || `${str(d.delayType)} delay`;
      return { recipient: str(r.emailAddress), text, status, context: defined({ status, action: 'delayed' }), outcome: 'delayed' as const };
    });
  }
  if (type === 'Complaint') {
    return arr(obj(o.complaint).complainedRecipients)
      .filter(isObj)
      .map((r) => ({ recipient: str(r.emailAddress), text: 'Spam complaint', status: '', context: { reasonHint: 'feedback' as const }, outcome: 'other' as const }));
  }
  // Reject: SES found a virus and refused to send (the docs' only documented reason).
  return arr(obj(o.mail).destination).map((r) => ({
    recipient: str(r),
    text: `Rejected by Amazon SES: ${str(obj(o.reject).reason) || 'rejected'}`,
    status: '',
    context: { reasonHint: 'virusdetected' as const },
    outcome: 'other' as const,
  }));
}

function label(o: Json, type: string): string {
  if (type === 'Bounce') {
    const b = obj(o.bounce);
    return `Amazon SES: ${str(b.bounceType) || 'Bounce'} / ${str(b.bounceSubType) || 'Undetermined'}`;
  }
  if (type === 'DeliveryDelay') return `Amazon SES: DeliveryDelay${str(obj(o.deliveryDelay).delayType) ? ` / ${str(obj(o.deliveryDelay).delayType)}` : ''}`;
  return `Amazon SES: ${type}`;
}

function read(o: Json) {
  const type = typeOf(o);
  if (!['Bounce', 'DeliveryDelay', 'Complaint', 'Reject'].includes(type)) return { items: [], skipped: [type.toLowerCase() || 'unknown'] };
  const section = obj(o[type === 'DeliveryDelay' ? 'deliveryDelay' : type.toLowerCase()]);
  const date = toIso(section.timestamp) ?? toIso(obj(o.mail).timestamp);
  const items = recipients(o, type).map(
    (r): ReadItem => ({
      esp: 'ses',
      event: type,
      outcome: r.outcome,
      text: r.text,
      context: defined({ ...r.context, recipient: r.recipient || undefined }),
      ...defined({ recipient: r.recipient || undefined, date, espLabel: label(o, type) }),
    }),
  );
  return { items, skipped: [] };
}

export const ses: EspReader = {
  id: 'ses',
  detect: (o) => has(o, 'notificationType', 'eventType') && (has(o, 'mail') || has(o, 'bounce', 'complaint', 'delivery', 'deliveryDelay', 'reject')),
  read,
};

/** Unwraps SNS (`Message` holds the event as a JSON string) and EventBridge (`detail`) envelopes. */
export function unwrapSes(o: Json): Json {
  if (typeof o.Message === 'string' && /Notification/i.test(str(o.Type) || 'Notification')) {
    try {
      const inner: unknown = JSON.parse(o.Message);
      if (isObj(inner)) return inner;
    } catch {
      // Not JSON: leave the envelope as it is.
    }
  }
  if (isObj(o.detail) && has(o, 'detail-type')) return o.detail;
  return o;
}
