// One message → findings (one per recipient). Order of trust follows Sisimai's (sisimai.md,
// "How Sisimai decides"): a decoder for the notice's own format first, then the generic RFC 3464
// report, then an ARF feedback report, then an RFC 3834 auto-reply. Here the RFC 3464 fields and
// the human-readable text are read together and merged per recipient: the DSN gives the
// recipient list, Status, Action and Remote-MTA; the human text adds what the DSN lacks (the
// SMTP command, a fuller reply, the remote host).

import { parseArf } from './arf.ts';
import { autoReply, looksLikeBounce } from './detect.ts';
import { parseDsn, type DsnRecipient } from './dsn.ts';
import { formats } from './formats/index.ts';
import { genericFindings } from './formats/generic.ts';
import { decodedHeader } from './headers.ts';
import { mergeFindings } from './merge.ts';
import { parseMessage, type Message } from './mime.ts';
import { splitOriginal } from './original.ts';
import { fallbackFindings } from './fallback.ts';
import type { Finding, Input } from './types.ts';

/** Longest human-readable text read per message: notices are short, attachments are not. */
const MAX_NOTICE_CHARS = 256 * 1024;
/** Longest line the decoders see; keeps every per-line pattern's cost bounded on hostile input. */
const MAX_LINE_CHARS = 4096;

function hasLongLine(text: string): boolean {
  let start = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', start)) {
    const end = nl < 0 ? text.length : nl;
    if (end - start > MAX_LINE_CHARS) return true;
    if (nl < 0) return false;
    start = nl + 1;
  }
}

function capLines(text: string): string {
  if (text.length <= MAX_LINE_CHARS || !hasLongLine(text)) return text;
  return text
    .split('\n')
    .map((l) => (l.length > MAX_LINE_CHARS ? l.slice(0, MAX_LINE_CHARS) : l))
    .join('\n');
}

export interface Decoded {
  findings: Finding[];
  /** False when the message is no bounce, no feedback report and no auto-reply. */
  bounce: boolean;
}

/**
 * A bounce forwarded by a person arrives quoted ("> " before every line, RFC 3676 §4.5 style).
 * When most lines are quoted, one level of quoting is removed so the decoders see the notice.
 */
export function unquote(text: string): string {
  if (!text.startsWith('>') && !text.includes('\n>')) return text;
  const lines = text.split('\n');
  const nonEmpty = lines.filter((l) => l.trim());
  const quoted = nonEmpty.filter((l) => l.startsWith('>')).length;
  if (nonEmpty.length < 4 || quoted / nonEmpty.length < 0.5) return text;
  return lines.map((l) => (l.startsWith('>') ? l.replace(/^> ?/, '') : l)).join('\n');
}

function buildInput(msg: Message): Input {
  const texts = msg.parts.filter((p) => p.kind === 'text').map((p) => unquote(p.text));
  let original = msg.parts.find((p) => p.kind === 'original')?.text ?? '';
  let body = texts.join('\n\n');
  // Without a message/rfc822 part, the original may follow a marker inside the text itself.
  if (!original) {
    const split = splitOriginal(body);
    body = split.notice;
    original = split.original;
  }
  return {
    headers: msg.headers,
    subject: decodedHeader(msg.headers, 'subject'),
    from: decodedHeader(msg.headers, 'from'),
    body: capLines(body.length > MAX_NOTICE_CHARS ? body.slice(0, MAX_NOTICE_CHARS) : body),
    original: original.slice(0, MAX_NOTICE_CHARS),
  };
}

function dsnRecipients(msg: Message, input: Input): DsnRecipient[] {
  const reports = msg.parts.filter((p) => p.kind === 'report' && p.type.includes('delivery-status'));
  const found = reports.flatMap((p) => parseDsn(p.text).recipients);
  if (found.length) return found;
  // Some notices carry the RFC 3464 fields inline in a text part (no MIME report structure).
  if (/^(?:final|original)-recipient\s*:/im.test(input.body)) {
    const at = input.body.search(/^(?:reporting-mta|original-envelope-id|final-recipient|original-recipient)\s*:/im);
    return parseDsn(input.body.slice(Math.max(0, at))).recipients;
  }
  return [];
}

/** A format that found the recipients but no reason for some: take the generic reader's text. */
function fillDiagnostics(found: Finding[], generic: Finding[]): Finding[] {
  return found.map((f) => {
    if (f.diagnostic) return f;
    const g = generic.find((x) => x.recipient.toLowerCase() === f.recipient.toLowerCase());
    return g?.diagnostic ? { ...f, diagnostic: g.diagnostic, rhost: f.rhost || g.rhost, command: f.command || g.command } : f;
  });
}

function runFormats(input: Input): Finding[] {
  for (const f of formats) {
    if (!f.detect(input)) continue;
    const found = f.parse(input);
    if (found.length) return found;
  }
  return [];
}

/**
 * Some gateways (Trend Micro, list servers) pass a bounce on as an attached message/rfc822 with a
 * notice of their own that names nobody: the attached message is then the real notice.
 */
function attachedNotice(msg: Message): string | null {
  const orig = msg.parts.find((p) => p.kind === 'original' && p.type !== 'text/rfc822-headers');
  if (!orig) return null;
  const end = orig.text.search(/\n[ \t]*\n/);
  const head = end < 0 ? orig.text : orig.text.slice(0, end);
  return /^content-type:\s*multipart\/report|^from:.*(?:mailer-daemon|postmaster|mail delivery)/im.test(head) ? orig.text : null;
}

export function decodeMessage(text: string, decoded = true, depth = 0): Decoded {
  const msg = parseMessage(text, decoded);
  const input = buildInput(msg);

  const arf = parseArf(msg, input);
  if (arf.length) return { findings: arf, bounce: true };

  const dsn = dsnRecipients(msg, input);
  let human = runFormats(input);
  if (!dsn.length && !human.length && depth < 2) {
    const inner = attachedNotice(msg);
    const found = inner ? decodeMessage(inner, decoded, depth + 1) : null;
    if (found?.findings.length) return found;
  }
  const bounce = dsn.length > 0 || human.length > 0 || looksLikeBounce(input);
  if (!human.length && bounce) human = genericFindings(input);
  else if (human.some((f) => !f.diagnostic)) human = fillDiagnostics(human, genericFindings(input));
  const merged = mergeFindings(dsn, human);
  if (merged.length) return { findings: merged, bounce: true };

  const reply = autoReply(input);
  if (reply) return { findings: [reply], bounce: true };

  if (bounce) {
    const fb = fallbackFindings(input);
    if (fb.length) return { findings: fb, bounce: true };
  }
  return { findings: [], bounce: false };
}
