// Mailgun events (webhook `event-data`, or an item of the Events API `items` list).
// `failed` events carry `severity` (permanent | temporary), `reason` (bounce, suppress-bounce,
// espblock, greylisted, generic...) and `delivery-status` {code, message, description,
// enhanced-code, mx-host}; code 605 and the suppress-* reasons mean no server was contacted, and
// 498 is Mailgun's own code for internal failures such as "No MX" (pages.md §3; Mailgun's
// events docs, https://documentation.mailgun.com/docs/mailgun/user-manual/events/).

import type { EspReader, Outcome, ReadItem } from './types.ts';
import { defined, has, ipOf, obj, str, toIso, withCodes, type Json } from './util.ts';

const FAILED = new Set(['failed', 'permanent_fail', 'temporary_fail', 'rejected', 'complained']);

function read(o: Json) {
  const event = str(o.event).toLowerCase();
  if (!FAILED.has(event)) return { items: [], skipped: [event || 'unknown'] };
  const ds = obj(o['delivery-status']);
  const severity = str(o.severity).toLowerCase() || (event === 'temporary_fail' ? 'temporary' : event === 'permanent_fail' ? 'permanent' : '');
  const reason = str(o.reason).toLowerCase();
  const status = str(ds['enhanced-code']);
  const code = str(ds.code);
  const remote = str(ds.message) || str(ds.description);
  const recipient = str(o.recipient) || undefined;
  const labelParts = [severity, reason].filter(Boolean).join(', ');
  const base = {
    esp: 'mailgun' as const,
    event,
    recipient,
    host: str(ds['mx-host']) || undefined,
    date: toIso(o.timestamp),
    ip: ipOf(obj(o.envelope)['sending-ip']),
    espLabel: `Mailgun: ${event}${labelParts ? ` (${labelParts})` : ''}`,
  };
  let text = withCodes(remote, code, status);
  let outcome: Outcome = severity === 'temporary' ? 'delayed' : 'failed';
  const context: ReadItem['context'] = defined({ status, recipient });
  if (event === 'complained') {
    text = 'Spam complaint';
    context.reasonHint = 'feedback';
    outcome = 'other';
  } else if (reason.startsWith('suppress') || code === '605') {
    text ||= 'Not delivering to a suppressed address';
    context.reasonHint = 'suppressed';
    outcome = 'other'; // no server was contacted
  } else {
    context.action = severity === 'temporary' ? 'delayed' : 'failed';
    if (reason === 'greylisted' && !/grey|gray/i.test(text)) text = `${text} (greylisted)`.trim();
  }
  if (event === 'rejected') {
    // Mailgun refused the message itself (e.g. an unverified domain); `reject.reason` says why.
    text = str(obj(o.reject).reason) || text || 'Rejected by Mailgun';
    outcome = 'other';
  }
  return { items: [defined({ ...base, text: text || event, outcome, context })], skipped: [] };
}

export const mailgun: EspReader = {
  id: 'mailgun',
  detect: (o) => has(o, 'delivery-status', 'log-level') || (has(o, 'severity') && has(o, 'recipient')) || has(obj(o.envelope), 'sending-ip'),
  read,
};
