// ESP webhook and event JSON → one item per failed recipient, ready for classify(). Pure.
// Recognises SendGrid, Mailgun, Postmark, Amazon SES, SparkPost, Mandrill and Brevo payloads:
// one event, an array (a webhook batch), JSON Lines, the usual envelopes (SNS, EventBridge,
// Mailgun `event-data`, SparkPost `msys`, Mandrill's form field) and API list answers. Events that
// are no failure (deliveries, opens, clicks) are counted, not returned. Field meanings: pages.md §3.

import { brevo } from './esp-events/brevo.ts';
import { scanJson } from './esp-events/json-scan.ts';
import { mailgun } from './esp-events/mailgun.ts';
import { mandrill, unformMandrill } from './esp-events/mandrill.ts';
import { postmark } from './esp-events/postmark.ts';
import { sendgrid } from './esp-events/sendgrid.ts';
import { ses, unwrapSes } from './esp-events/ses.ts';
import { sparkpost } from './esp-events/sparkpost.ts';
import { ESP_NAMES, type EspId, type EspItem, type EspReader } from './esp-events/types.ts';
import { isObj, obj, sourcesOf, type Json } from './esp-events/util.ts';

export { ESP_CLASSES, espClassesFor, type EspClassKey } from './esp-events/classes.ts';
export { ESP_NAMES, ESPS, type EspId, type EspItem, type Outcome } from './esp-events/types.ts';

// Most specific shapes first: SES and SparkPost have unmistakable keys; SendGrid's and Brevo's
// flat `{event, email}` objects are told apart by their own id fields.
const READERS: readonly EspReader[] = [ses, sparkpost, mailgun, mandrill, postmark, sendgrid, brevo];

/** Most events read from one paste; more are counted and the UI says so. */
export const MAX_EVENTS = 50;

export interface EspEvents {
  /** The ESPs whose payloads were recognised, in order of appearance. */
  esps: EspId[];
  items: EspItem[];
  /** Events read that are no failure, by type (delivered: 3, open: 1...). */
  skipped: Record<string, number>;
  /** True when the paste held more events than were read (or was cut off inside one). */
  more: boolean;
}

/** Lists that hold events inside an answer or envelope. */
function eventsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(eventsOf);
  if (!isObj(value)) return [];
  for (const key of ['items', 'results', 'Bounces', 'Records', 'events']) {
    if (Array.isArray(value[key])) return eventsOf(value[key]);
  }
  if (isObj(value['event-data'])) return [value['event-data']]; // Mailgun webhook
  if (isObj(value.eventPayload)) return [value.eventPayload]; // Firehose-style wrappers
  return [value];
}

function readerFor(o: Json): EspReader | undefined {
  return READERS.find((r) => r.detect(o));
}

/**
 * The ESP events in a text, and whether the text was JSON at all (a page marks a JSON block with
 * no failure as read, and reads any other text line by line). Reads at most `max` events (the
 * rest only sets `more`); `events` is null when no known ESP shape was found.
 */
export function readEspJson(input: string, max = MAX_EVENTS): { json: boolean; events: EspEvents | null } {
  const text = unformMandrill(input) ?? input;
  const scanned = scanJson(text, max);
  if (!scanned) return { json: false, events: null };
  const events = scanned.values.flatMap(eventsOf);
  const out: EspEvents = { esps: [], items: [], skipped: {}, more: scanned.more };
  let read = 0;
  for (const raw of events) {
    if (read >= max) {
      out.more = true;
      break;
    }
    const o = unwrapSes(obj(raw));
    const reader = readerFor(o);
    if (!reader) continue;
    read++;
    if (!out.esps.includes(reader.id)) out.esps.push(reader.id);
    const { items, skipped } = reader.read(o);
    for (const item of items) out.items.push({ ...item, values: sourcesOf(o, item.text) });
    for (const s of skipped) out.skipped[s] = (out.skipped[s] ?? 0) + 1;
  }
  return { json: true, events: out.esps.length > 0 ? out : null };
}

/** The ESP events in a pasted text, or null when it is no JSON or no known ESP shape. */
export const readEspEvents = (input: string, max = MAX_EVENTS): EspEvents | null => readEspJson(input, max).events;

/** The ESPs' display names, for the UI's "Read as SendGrid events" line. */
export const espNames = (ids: readonly EspId[]): string[] => ids.map((id) => ESP_NAMES[id]);
