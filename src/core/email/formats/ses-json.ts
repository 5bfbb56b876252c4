// Amazon SES notifications delivered by e-mail (an SNS topic with an e-mail subscription): the body
// is the JSON event, `notificationType` (or `eventType` for event publishing) Bounce, Complaint or
// Delivery. Fields: https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html
// Mail relays cut lines longer than 998 octets (RFC 5322 §2.1.1); sendmail marks the cut with
// "!\n " (set-of-emails lhost-amazonses-09) or folds with "\n " (-10); both are undone first.

import { unwrapSes } from '../../esp-events/ses.ts';
import { arr, obj, str, stripSmtp, type Json } from '../../esp-events/util.ts';
import type { Finding, Format, Input } from '../types.ts';
import { cleanHost } from '../util.ts';

function parseEvent(body: string): Json | null {
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  // Removing "\n " is safe outside JSON strings (white space) and undoes a fold inside them.
  const text = body.slice(start, end + 1).replace(/!?\n /g, '');
  try {
    // The same reader as pasted events: an SNS envelope carries the event as a JSON string.
    return unwrapSes(obj(JSON.parse(text)));
  } catch {
    return null;
  }
}

export function sesFindings(input: Input): Finding[] {
  const event = parseEvent(input.body);
  if (!event) return [];
  const type = str(event.notificationType || event.eventType).toLowerCase();
  if (type === 'bounce') {
    const b = obj(event.bounce);
    const suppressed = /suppress/i.test(str(b.bounceSubType));
    const transient = str(b.bounceType).toLowerCase() === 'transient';
    return arr(b.bouncedRecipients).map((r) => {
      const rec = obj(r);
      const f: Finding = {
        recipient: str(rec.emailAddress),
        diagnostic: stripSmtp(str(rec.diagnosticCode)),
        status: str(rec.status),
        action: str(rec.action) || (transient ? 'delayed' : 'failed'),
        rhost: cleanHost(str(b.remoteMtaIp)), // reportingMTA is SES itself, not the answering host
      };
      if (suppressed) f.reasonHint = 'suppressed';
      return f;
    });
  }
  if (type === 'complaint') {
    const c = obj(event.complaint);
    const feedbackType = str(c.complaintFeedbackType) || 'abuse';
    return arr(c.complainedRecipients).map((r) => ({
      recipient: str(obj(r).emailAddress),
      diagnostic: '',
      action: '',
      reasonHint: 'feedback' as const,
      feedbackType,
    }));
  }
  if (type === 'delivery') {
    const d = obj(event.delivery);
    return arr(d.recipients).map((r) => ({
      recipient: str(r),
      diagnostic: str(d.smtpResponse),
      action: 'delivered',
      rhost: str(d.remoteMtaIp),
      reasonHint: 'delivered' as const,
    }));
  }
  return [];
}

export const sesJson: Format = {
  id: 'ses-json',
  // Also inside an SNS envelope, where the event is an escaped JSON string.
  detect: (input: Input) => /"(?:notificationType|eventType)\\?"\s*:/.test(input.body),
  parse: sesFindings,
};
