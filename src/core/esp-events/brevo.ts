// Brevo (ex-Sendinblue) transactional webhooks: one flat object per event with `event`
// (hard_bounce, soft_bounce, blocked, invalid_email, deferred, error, spam/complaint...), `email`,
// `reason` (e.g. " RecipientError: 550 5.5.0 Requested action not taken: mailbox unavailable."),
// `date`, `ts_event`, `message-id` and `sending_ip` (pages.md §3;
// https://developers.brevo.com/docs/transactional-webhooks).

import type { EspReader, Outcome, ReadItem } from './types.ts';
import { defined, has, ipOf, str, toIso, type Json } from './util.ts';

const FAILURE = new Set(['hard_bounce', 'hardbounce', 'soft_bounce', 'softbounce', 'blocked', 'invalid_email', 'invalid', 'deferred', 'error', 'spam', 'complaint']);

// Brevo's own decisions (its block list, an address it finds invalid, its own error) reached no
// receiving server; complaints are no bounce.
function outcomeOf(event: string): Outcome {
  if (event === 'deferred') return 'delayed';
  return /bounce$/.test(event) ? 'failed' : 'other';
}

function read(o: Json) {
  const event = str(o.event).toLowerCase();
  if (!FAILURE.has(event)) return { items: [], skipped: [event || 'unknown'] };
  const recipient = str(o.email) || undefined;
  // Brevo prefixes the remote reply with its own tag ("RecipientError:", "undefined").
  let text = str(o.reason).replace(/^(?:undefined|RecipientError:?|SenderError:?)\s*/i, '');
  const context: ReadItem['context'] = defined({ recipient });
  if (event === 'spam' || event === 'complaint') {
    text = 'Spam complaint';
    context.reasonHint = 'feedback';
  } else if (event === 'blocked') {
    // Brevo did not send: the contact is on its block list ("blocked : due to blacklist user").
    context.reasonHint = 'suppressed';
  } else if (event === 'deferred') context.action = 'delayed';
  else if (event !== 'soft_bounce' && event !== 'softbounce') context.action = 'failed';
  if (!text && (event === 'invalid_email' || event === 'invalid')) context.reasonHint = 'userunknown';
  const item: ReadItem = {
    esp: 'brevo',
    event,
    outcome: outcomeOf(event),
    text: text || event.replace(/_/g, ' '),
    context,
    ...defined({
      recipient,
      date: toIso(o.date) ?? toIso(o.ts_event) ?? toIso(o.ts_epoch) ?? toIso(o.ts),
      ip: ipOf(o.sending_ip),
      espLabel: `Brevo: ${event}`,
    }),
  };
  return { items: [item], skipped: [] };
}

export const brevo: EspReader = {
  id: 'brevo',
  detect: (o) => typeof o.event === 'string' && (has(o, 'message-id', 'ts_event', 'ts_epoch', 'sending_ip') || FAILURE.has(str(o.event))),
  read,
};
