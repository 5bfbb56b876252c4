// A small MIME walker (RFC 2045, RFC 2046 §5.1 multipart, RFC 3462/6522 multipart/report) that
// flattens a message into the parts a bounce decoder reads: human text, the machine-readable
// report (message/delivery-status, message/feedback-report) and the returned original message.
//
// Why not hand every message to postal-mime: a bounce needs the part *kinds* in order and the
// original message kept apart, and 869 files must parse in well under a second; a line splitter
// does that with no copies. postal-mime decodes RFC 2047 header words (headers.ts).

import { decodeCharset, decodeTransfer } from './bytes.ts';
import { header, parseContentType, parseHeaders, splitEntity, type Headers } from './headers.ts';
import { htmlToText } from './html.ts';

export type PartKind = 'text' | 'report' | 'original';

export interface Part {
  kind: PartKind;
  /** MIME type, lower case. */
  type: string;
  /** Decoded text (LF line ends). For `original`, the returned message as it came. */
  text: string;
}

export interface Message {
  headers: Headers;
  parts: Part[];
  /** True when the top-level entity is multipart. */
  multipart: boolean;
}

const MAX_DEPTH = 8;
const MAX_PARTS = 200;

const REPORT_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status', // RFC 6533: the same fields in UTF-8
  'message/feedback-report', // RFC 5965 ARF
  'message/disposition-notification', // RFC 8098 MDN
]);
const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'message/global', // RFC 6532
  'text/rfc822-headers', // RFC 6522 §4
  'message/rfc822-headers',
  'message/global-headers',
  'message/partial',
]);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Bodies between `--boundary` delimiter lines; the closing `--boundary--` ends the list. */
export function splitMultipart(body: string, boundary: string): string[] | null {
  const re = new RegExp(`^--${escapeRe(boundary)}(--)?[ \\t]*$`, 'gm');
  const parts: string[] = [];
  let start = -1;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (start >= 0) parts.push(body.slice(start, Math.max(start, m.index - 1)));
    if (m[1]) {
      start = -1;
      break;
    }
    start = m.index + m[0].length + 1;
  }
  if (start >= 0 && start <= body.length) parts.push(body.slice(start));
  return parts.length ? parts : null;
}

function leafText(h: Headers, body: string, charset: string): string {
  return decodeCharset(decodeTransfer(body, header(h, 'content-transfer-encoding')), charset);
}

function walk(h: Headers, body: string, depth: number, out: Part[]): void {
  if (out.length >= MAX_PARTS) return;
  const ct = parseContentType(header(h, 'content-type') || 'text/plain');
  const { type } = ct;
  if (type.startsWith('multipart/') && depth < MAX_DEPTH) {
    const children = ct.params.boundary ? splitMultipart(body, ct.params.boundary) : null;
    if (!children) {
      // A broken multipart (no boundary, or none found): read the body as plain text.
      out.push({ kind: 'text', type: 'text/plain', text: leafText(h, body, ct.params.charset ?? '') });
      return;
    }
    const entities = children.map((c) => {
      const { head, body: b } = splitEntity(c);
      return { h: parseHeaders(head), body: b };
    });
    // multipart/alternative holds one content several times (RFC 2046 §5.1.4): keep the plain one.
    if (type === 'multipart/alternative') {
      const plain = entities.find((e) => parseContentType(header(e.h, 'content-type') || 'text/plain').type === 'text/plain');
      if (plain) return walk(plain.h, plain.body, depth + 1, out);
    }
    for (const e of entities) walk(e.h, e.body, depth + 1, out);
    return;
  }
  if (ORIGINAL_TYPES.has(type)) {
    out.push({ kind: 'original', type, text: decodeTransfer(body, header(h, 'content-transfer-encoding')) });
    return;
  }
  if (REPORT_TYPES.has(type)) {
    out.push({ kind: 'report', type, text: leafText(h, body, ct.params.charset ?? (type.includes('global') ? 'utf-8' : '')) });
    return;
  }
  if (type === 'text/html') {
    out.push({ kind: 'text', type, text: htmlToText(leafText(h, body, ct.params.charset ?? '')) });
    return;
  }
  if (type.startsWith('text/') || type === 'message/external-body' || type.startsWith('multipart/')) {
    out.push({ kind: 'text', type, text: leafText(h, body, ct.params.charset ?? '') });
  }
  // Images, applications and other attachments carry no bounce text.
}

/** Parses one message (LF line ends) into its header and flattened parts. */
export function parseMessage(text: string): Message {
  const { head, body } = splitEntity(text);
  const headers = parseHeaders(head);
  const parts: Part[] = [];
  walk(headers, body, 0, parts);
  const type = parseContentType(header(headers, 'content-type') || 'text/plain').type;
  return { headers, parts, multipart: type.startsWith('multipart/') };
}
