// What the paste box makes of a text: ESP event JSON, a whole bounce email, or bounce lines.
// Pure apart from the classify/parseEmail functions passed in, so it is tested without a DOM.
// Huge pastes are cut to MAX_INPUT_CHARS first and the UI says so: a bounce email's useful parts
// (the human text and the delivery-status part) come before the returned original message, and
// the ESP reader reads complete events from the start of a cut-off batch.

import type { BounceRecord, ClassifyContext, SendingSetup, Verdict } from '../core/types.ts';
import { looksLikeEmail, MAX_PIECES, splitPieces } from './split-input.ts';

export type Classify = (text: string, context?: ClassifyContext) => Verdict | Promise<Verdict>;
/** Reads a raw bounce email into one record per recipient (core/email's parseEmail). */
export type ParseEmail = (raw: string, context: { setup: SendingSetup }) => BounceRecord[] | Promise<BounceRecord[]>;

/** Longest text read from one paste (1 MiB of characters). */
export const MAX_INPUT_CHARS = 1024 * 1024;

/** Where a card's verdict came from, for the card's extras (ESP label, escalation facts). */
export interface Origin {
  espLabel?: string;
  /** The receiving host when the input named it (Remote-MTA, Mailgun's mx-host). */
  host?: string;
  espName?: string;
  date?: string;
  ip?: string;
  recipient?: string;
}

export interface Explained {
  /** The text the verdict's evidence offsets point into. */
  text: string;
  verdict: Verdict;
  origin?: Origin;
}

export interface ReadInfo {
  kind: 'lines' | 'email' | 'esp';
  /** The ESPs recognised (names), for "Read as SendGrid events". */
  esps?: string[];
  /** Non-failure events skipped, by type. */
  skipped?: Record<string, number>;
  /** More events or lines than were read. */
  more?: boolean;
  /** Set when the paste was longer than MAX_INPUT_CHARS: its length. */
  cappedFrom?: number;
}

export interface ExplainResult {
  items: Explained[];
  info: ReadInfo;
}

/** Could this text be ESP JSON? (Starts like JSON, or like Mandrill's form field.) */
const looksLikeJson = (text: string): boolean => /^\s*(?:[[{]|mandrill_events=)/.test(text.slice(0, 64));

/** The Date header of a pasted email (RFC 5322 §3.6.1), for the escalation's date. */
function emailDate(raw: string): string | undefined {
  const end = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, end < 0 ? 8000 : Math.min(end, 64_000));
  return /^date:[ \t]*(.+)$/im.exec(head)?.[1]?.trim();
}

export async function explainInput(input: string, setup: SendingSetup, classify: Classify, parseEmail?: ParseEmail): Promise<ExplainResult> {
  const capped = input.length > MAX_INPUT_CHARS;
  const text = capped ? input.slice(0, MAX_INPUT_CHARS) : input;
  const cap = capped ? { cappedFrom: input.length } : {};

  if (looksLikeJson(text)) {
    // The ESP readers load only when a paste looks like JSON.
    const { espNames, readEspEvents } = await import('../core/esp-events.ts');
    const events = readEspEvents(text);
    if (events) {
      const items = await Promise.all(
        events.items.map(async (e): Promise<Explained> => {
          const verdict = await classify(e.text, { ...e.context, setup });
          const origin: Origin = { espName: espNames([e.esp])[0]!, ...e };
          return { text: e.text, verdict, origin: pick(origin) };
        }),
      );
      return { items, info: { kind: 'esp', esps: espNames(events.esps), skipped: events.skipped, more: events.more, ...cap } };
    }
  }

  if (parseEmail && looksLikeEmail(text)) {
    const records = await parseEmail(text, { setup });
    // A message the decoders do not know may still quote bounce lines: then read it line by line.
    if (records.some((r) => r.bounce)) {
      const date = emailDate(text);
      const items = records.slice(0, MAX_PIECES).map((r) => ({
        text: r.diagnosticCode,
        verdict: r,
        origin: pick({ date, recipient: r.recipient, host: r.rhost }),
      }));
      return { items, info: { kind: 'email', more: records.length > MAX_PIECES, ...cap } };
    }
  }

  const all = splitPieces(text);
  const pieces = all.slice(0, MAX_PIECES);
  const more = all.length > MAX_PIECES;
  const items = await Promise.all(pieces.map(async (piece) => ({ text: piece, verdict: await classify(piece, { setup }) })));
  return { items, info: { kind: 'lines', more, ...cap } };
}

/** Only the origin fields a card uses, without undefined values. */
function pick(o: Origin): Origin {
  const out: Origin = {};
  for (const k of ['espLabel', 'espName', 'date', 'ip', 'recipient', 'host'] as const) {
    const v = o[k];
    if (typeof v === 'string' && v) out[k] = v;
  }
  return out;
}
