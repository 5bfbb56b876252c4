// Small, total readers for untrusted JSON: a wrong type gives an empty value, never a throw.

export type Json = Record<string, unknown>;

export const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
export const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
export const has = (o: Json, ...keys: string[]): boolean => keys.some((k) => Object.hasOwn(o, k));

/** ESPs prefix the remote reply with its type (RFC 3464 §2.3.6 `smtp;` diagnostic-type). */
export const stripSmtp = (s: string): string => s.replace(/^\s*smtp\s*;\s*/i, '').trim();

// Unix times: seconds (SendGrid, Mailgun, Mandrill, Brevo ts_event) or milliseconds (Brevo ts_epoch).
const SECONDS_MIN = 1e9; // 2001-09-09
const MS_MIN = 1e12;

/** A timestamp (Unix seconds or ms, or a date string) as ISO 8601; undefined when unreadable. */
export function toIso(v: unknown): string | undefined {
  let d: Date | undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{9,13}(?:\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
  if (Number.isFinite(n) && n >= SECONDS_MIN) d = new Date(n >= MS_MIN ? n : n * 1000);
  else if (typeof v === 'string' && v.trim()) {
    // "2024-05-06 10:00:00" (Brevo) is read as UTC rather than local time.
    const s = v.trim().replace(/^(\d{4}-\d\d-\d\d) (\d\d:\d\d(?::\d\d)?)$/, '$1T$2Z');
    d = new Date(s);
  }
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
}

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^[0-9a-f:]{2,39}$/i;

/** An IP address field, or undefined. */
export function ipOf(v: unknown): string | undefined {
  const s = str(v);
  return IPV4.test(s) || (s.includes(':') && IPV6.test(s)) ? s : undefined;
}

/**
 * The reply as one line when an ESP stores its parts apart (Mailgun `code` + `message`): the reply
 * code, then the enhanced status when the text lacks it, then the text. A text that already opens
 * with a reply code is kept as it is.
 */
export function withCodes(text: string, code: string, status: string): string {
  if (/^[245]\d\d[\s-]/.test(text)) return text;
  const parts: string[] = [];
  if (/^[245]\d\d$/.test(code)) parts.push(code);
  if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(status) && !text.includes(status)) parts.push(status);
  if (text) parts.push(text);
  return parts.join(' ');
}

/** Only the set fields, so items compare equal in tests and carry no `undefined` keys. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** Strings shorter than this are field values (event names, codes), not the reply a page shows. */
const MIN_SOURCE = 8;

/**
 * The event's own string values that an item's text was read from: those the text contains (the
 * reply, when codes were put in front of it) or that contain the text (an `smtp;` prefix was
 * dropped). Longest first, none inside another. A page marks them where its JSON shows them.
 */
export function sourcesOf(event: unknown, text: string): string[] {
  const found: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      const s = v.trim();
      if (s.length >= MIN_SOURCE && (text.includes(s) || s.includes(text))) found.push(s);
    } else if (depth < 6 && v && typeof v === 'object') {
      for (const child of Object.values(v)) visit(child, depth + 1);
    }
  };
  visit(event, 0);
  found.sort((a, b) => b.length - a.length);
  return found.filter((s, i) => !found.slice(0, i).some((longer) => longer.includes(s)));
}
