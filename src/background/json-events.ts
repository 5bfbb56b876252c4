// Event JSON as ESP consoles and log pages show it (pages.md §3; django-anymail's webhook tests
// show the same shapes), read in the background so the content script stays small. The reply may
// sit apart from its code — Mailgun's `"delivery-status": {"code": 550, "message": "5.1.1 The
// email account ..."}` — so the code is put back in front of the text for classification, and the
// string values are what the page marks.
//
// Outcomes (contract.md badge rules): bounces, blocks and deferrals count; deliveries, opens and
// drops where no receiving server answered do not: SES suppressions (bounceSubType Suppressed,
// OnAccountSuppressionList), Mailgun suppress-* reasons (delivery-status code 605), Mandrill
// rejects, SparkPost policy/generation rejections, Brevo's own "blocked" and "invalid_email",
// SendGrid drops, and Postmark's non-failure bounce Types (auto-responders, unsubscribes, ...).

export type Outcome = 'failed' | 'delayed' | 'skip';

export interface JsonEvent {
  text: string;
  recipient?: string;
  host?: string;
  status?: string;
  outcome: Exclude<Outcome, 'skip'>;
  /** The string values the text came from (to mark where the page shows them). */
  values: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const pick = (o: Obj | undefined, ...keys: string[]): string => {
  for (const k of keys) if (o && str(o[k])) return str(o[k]);
  return '';
};

// Event names of the ESPs' event APIs and webhooks (lower case, `_`/`-` as written).
const FAILED = /^(?:bounce|bounced|hard_bounce|soft_bounce|failed|out_of_band|blocked_bounce)$/;
const DELAYED = /^(?:deferred|deferral|delay|delayed|deliverydelay)$/;
const SES_DROP = /^(?:Suppressed|OnAccountSuppressionList)$/;
const POSTMARK_SKIP = /^(?:Unsubscribe|Subscribe|AutoResponder|AddressChange|ChallengeVerification|SpamComplaint|ManuallyDeactivated|Unconfirmed|OpenRelayTest|InboundError|TemplateRenderingFailed)$/;

function outcomeOf(name: string, site: 'brevo' | '' = ''): Outcome | '' {
  const n = name.toLowerCase().replace(/\s+/g, '_');
  if (site === 'brevo' && /^(?:blocked|invalid_email|invalid|error)$/.test(n)) return 'skip';
  if (DELAYED.test(n)) return 'delayed';
  if (FAILED.test(n) || n === 'blocked') return 'failed';
  return n ? 'skip' : '';
}

function withCode(code: string, text: string): string {
  if (!/^[245]\d\d$/.test(code) || new RegExp(`(?:^|\\D)${code}(?:[ -]|$)`).test(text.slice(0, 40))) return text;
  return `${code} ${text}`;
}

function event(outcome: JsonEvent['outcome'], recipient: string, fields: Obj): JsonEvent | null {
  const ds = isObj(fields['delivery-status']) ? (fields['delivery-status'] as Obj) : undefined;
  const values: string[] = [];
  const take = (s: string): string => (s && values.push(s), s);
  let text =
    take(pick(fields, 'diagnosticCode', 'raw_reason', 'diag', 'Details', 'response')) ||
    take(pick(ds, 'message')) ||
    take(pick(fields, 'reason', 'Description', 'bounce_description')) ||
    take(pick(ds, 'description'));
  if (!text) return null;
  text = withCode(pick(ds, 'code') || pick(fields, 'error_code', 'smtp_code', 'code'), text);
  const status = pick(ds, 'enhanced-code') || pick(fields, 'status', 'enhanced_code');
  const host = pick(ds, 'mx-host') || pick(fields, 'mx_host');
  return {
    text,
    outcome,
    values,
    ...(recipient ? { recipient } : {}),
    ...(/^[245]\.\d{1,3}\.\d{1,3}$/.test(status) ? { status } : {}),
    ...(host ? { host } : {}),
  };
}

/** The failure events of one object; null when it is no event (its children are read then). */
function eventsOf(o: Obj): JsonEvent[] | null {
  // Amazon SES: {eventType|notificationType: Bounce|DeliveryDelay, bounce: {bouncedRecipients}}.
  const ses = (isObj(o.bounce) && o.bounce) || (isObj(o.deliveryDelay) && o.deliveryDelay);
  if (pick(o, 'eventType', 'notificationType') && ses) {
    if (SES_DROP.test(pick(ses, 'bounceSubType'))) return [];
    const list = ses.bouncedRecipients ?? ses.delayedRecipients;
    const outcome = isObj(o.deliveryDelay) ? 'delayed' : 'failed';
    return (Array.isArray(list) ? list : []).filter(isObj).flatMap((r) => event(outcome, pick(r, 'emailAddress'), r) ?? []);
  }
  // SparkPost: {msys: {message_event: {...}}}.
  const msys = isObj(o.msys) ? Object.values(o.msys).find(isObj) : undefined;
  if (msys) return eventsOf(msys) ?? [];
  // Postmark: {RecordType: "Bounce", Type, Details, Email} or a bounce with TypeCode.
  if (pick(o, 'RecordType') === 'Bounce' || (pick(o, 'TypeCode') && pick(o, 'Email'))) {
    const type = pick(o, 'Type');
    if (POSTMARK_SKIP.test(type)) return [];
    const e = event(/^(?:Transient|SoftBounce)$/.test(type) ? 'delayed' : 'failed', pick(o, 'Email'), o);
    return e ? [e] : [];
  }
  const name = pick(o, 'event', 'type');
  if (!name) return null;
  // Mandrill: {event, msg: {email, diag, bounce_description}}; Brevo: {event, email, reason, ...}.
  const brevo = 'message-id' in o || 'ts_event' in o;
  let outcome = outcomeOf(name, brevo ? 'brevo' : '');
  if (outcome === '') return null;
  if (outcome === 'skip') return [];
  const fields = isObj(o.msg) ? o.msg : o;
  const ds = isObj(o['delivery-status']) ? o['delivery-status'] : undefined;
  // Mailgun: suppressions are drops; `severity: temporary` is a deferral (anymail mailgun tests).
  if (/^suppress-/.test(pick(o, 'reason')) || /^60\d$/.test(pick(ds, 'code'))) return [];
  if (outcome === 'failed' && pick(o, 'severity') === 'temporary') outcome = 'delayed';
  const e = event(outcome, pick(fields, 'recipient', 'email', 'rcpt_to'), fields);
  return e ? [e] : [];
}

export function eventsIn(value: unknown, depth = 0): JsonEvent[] {
  if (depth > 6) return [];
  if (Array.isArray(value)) return value.flatMap((v) => eventsIn(v, depth + 1));
  if (!isObj(value)) return [];
  return eventsOf(value) ?? Object.values(value).flatMap((v) => eventsIn(v, depth + 1));
}

/** JSON text → value: one document, or JSON Lines (one event per line); undefined when neither. */
export function parseJson(text: string): unknown {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    const lines = t.split('\n').filter((l) => l.trim());
    try {
      return lines.length > 1 ? lines.map((l) => JSON.parse(l) as unknown) : undefined;
    } catch {
      return undefined;
    }
  }
}
