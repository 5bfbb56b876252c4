// Postmark bounce webhooks and Bounces API objects (PascalCase keys). `Details` holds the remote
// reply ("smtp;550 5.1.1 ..."), `Description` Postmark's own sentence, `Type`/`TypeCode` its class
// (HardBounce 1, Transient 2, SoftBounce 4096, Blocked 100006, ...; pages.md §3 and
// https://postmarkapp.com/developer/api/bounce-api#bounce-types).

import { POSTMARK_TYPES } from './classes.ts';
import type { EspReader, Outcome, ReadItem } from './types.ts';
import { defined, has, str, stripSmtp, toIso, type Json } from './util.ts';

const NO_FAILURE = new Set(['delivery', 'open', 'click', 'subscriptionchange', 'inbound']);

// Postmark's bounce Types that are no delivery failure a receiving server reported
// (https://postmarkapp.com/developer/api/bounce-api#bounce-types).
const NOT_REMOTE = new Set(['Unsubscribe', 'Subscribe', 'AutoResponder', 'AddressChange', 'ChallengeVerification', 'SpamComplaint', 'SpamNotification', 'ManuallyDeactivated', 'Unconfirmed', 'OpenRelayTest', 'InboundError', 'TemplateRenderingFailed']);

function outcomeOf(record: string, type: string, context: ReadItem['context']): Outcome {
  if (record === 'spamcomplaint' || NOT_REMOTE.has(type) || context.reasonHint) return 'other';
  return type === 'Transient' || type === 'SoftBounce' ? 'delayed' : 'failed';
}

function read(o: Json) {
  const record = str(o.RecordType).toLowerCase();
  if (NO_FAILURE.has(record)) return { items: [], skipped: [record] };
  const type = str(o.Type);
  const code = str(o.TypeCode);
  const name = str(o.Name) || POSTMARK_TYPES[code] || '';
  const recipient = str(o.Email) || str(o.Recipient) || undefined;
  const details = stripSmtp(str(o.Details));
  const description = str(o.Description);
  // Postmark's "Details" is sometimes only "action: failed" or an internal note; the reply wins when it has a code.
  const text = /\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b/.test(details) ? details : [details, description].filter(Boolean).join(' — ');
  const context: ReadItem['context'] = defined({ recipient });
  if (record === 'spamcomplaint' || type === 'SpamComplaint' || type === 'SpamNotification') context.reasonHint = 'feedback';
  else if (type === 'AutoResponder') context.reasonHint = 'vacation';
  else if (type === 'ManuallyDeactivated' || type === 'Unsubscribe') context.reasonHint = 'suppressed';
  else if (type === 'Transient') context.action = 'delayed';
  else if (type === 'HardBounce' || type === 'BadEmailAddress') context.action = 'failed';
  const item: ReadItem = {
    esp: 'postmark',
    outcome: outcomeOf(record, type, context),
    event: record || 'bounce',
    text: text || type || 'Bounce',
    context,
    ...defined({
      recipient,
      date: toIso(o.BouncedAt) ?? toIso(o.ReceivedAt),
      espLabel: type ? `Postmark: ${type}${code ? ` (TypeCode ${code}${name && name !== type ? `, ${name}` : ''})` : ''}` : undefined,
    }),
  };
  return { items: [item], skipped: [] };
}

export const postmark: EspReader = {
  id: 'postmark',
  detect: (o) => has(o, 'RecordType', 'TypeCode', 'BouncedAt') || (has(o, 'Details') && has(o, 'Email')),
  read,
};
