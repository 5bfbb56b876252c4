// A small MIME walker (RFC 2045, RFC 2046 §5.1 multipart, RFC 3462/6522 multipart/report) that
// flattens a message into the parts a bounce decoder reads: human text, the machine-readable
// report (message/delivery-status, message/feedback-report) and the returned original message.
//
// Why not hand every message to postal-mime: a bounce needs the part *kinds* in order and the
// original message kept apart, and 869 files must parse in well under a second; a line splitter
// does that with no copies. postal-mime decodes RFC 2047 header words (headers.ts).

import { decodeCharset, decodeTransfer, isByteEncoding } from './bytes.ts';
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

/**
 * Bodies between `--boundary` delimiter lines (RFC 2046 §5.1.1: at the start of a line, maybe
 * followed by white space); the closing `--boundary--` ends the list.
 */
export function splitMultipart(body: string, boundary: string): string[] | null {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let start = -1;
  for (let at = body.indexOf(delimiter); at >= 0; at = body.indexOf(delimiter, at + delimiter.length)) {
    if (at > 0 && body.charCodeAt(at - 1) !== 10) continue; // not at the start of a line
    let end = at + delimiter.length;
    const closing = body.startsWith('--', end);
    if (closing) end += 2;
    const eol = body.indexOf('\n', end);
    const lineEnd = eol < 0 ? body.length : eol;
    if (body.slice(end, lineEnd).trim() !== '') continue; // a longer boundary that starts the same
    if (start >= 0) parts.push(body.slice(start, Math.max(start, at - 1)));
    if (closing) {
      start = -1;
      break;
    }
    start = lineEnd + 1;
  }
  if (start >= 0 && start <= body.length) parts.push(body.slice(start));
  return parts.length ? parts : null;
}

function leafText(h: Headers, body: string, charset: string, decoded: boolean): string {
  const cte = header(h, 'content-transfer-encoding');
  const text = decodeTransfer(body, cte);
  // 8-bit text of an input that was decoded as UTF-8 is characters already; only 7-bit text
  // (ISO-2022-JP escapes) and base64/QP output are still bytes in the part's charset.
  if (decoded && !isByteEncoding(cte) && /[\u0080-\uffff]/.test(text)) return text;
  return decodeCharset(text, charset);
}

function walk(h: Headers, body: string, depth: number, out: Part[], decoded: boolean): void {
  if (out.length >= MAX_PARTS) return;
  const ct = parseContentType(header(h, 'content-type') || 'text/plain');
  const { type } = ct;
  if (type.startsWith('multipart/') && depth < MAX_DEPTH) {
    const children = ct.params.boundary ? splitMultipart(body, ct.params.boundary) : null;
    if (!children) {
      // A broken multipart (no boundary, or none found): read the body as plain text.
      out.push({ kind: 'text', type: 'text/plain', text: leafText(h, body, ct.params.charset ?? '', decoded) });
      return;
    }
    const entities = children.map((c) => {
      const { head, body: b } = splitEntity(c);
      return { h: parseHeaders(head), body: b };
    });
    // multipart/alternative holds one content several times (RFC 2046 §5.1.4): keep the plain one.
    if (type === 'multipart/alternative') {
      const plain = entities.find((e) => parseContentType(header(e.h, 'content-type') || 'text/plain').type === 'text/plain');
      if (plain) return walk(plain.h, plain.body, depth + 1, out, decoded);
    }
    for (const e of entities) walk(e.h, e.body, depth + 1, out, decoded);
    return;
  }
  if (ORIGINAL_TYPES.has(type)) {
    out.push({ kind: 'original', type, text: decodeTransfer(body, header(h, 'content-transfer-encoding')) });
    return;
  }
  if (REPORT_TYPES.has(type)) {
    out.push({ kind: 'report', type, text: leafText(h, body, ct.params.charset ?? (type.includes('global') ? 'utf-8' : ''), decoded) });
    return;
  }
  if (type === 'text/html') {
    out.push({ kind: 'text', type, text: htmlToText(leafText(h, body, ct.params.charset ?? '', decoded)) });
    return;
  }
  if (type.startsWith('text/') || type === 'message/external-body' || type.startsWith('multipart/')) {
    out.push({ kind: 'text', type, text: leafText(h, body, ct.params.charset ?? '', decoded) });
  }
  // Images, applications and other attachments carry no bounce text.
}

/**
 * Parses one message (LF line ends) into its header and flattened parts. `decoded`: whether 8-bit
 * content is characters already (bytes.ts readInput).
 */
export function parseMessage(text: string, decoded = true): Message {
  const { head, body } = splitEntity(text);
  const headers = parseHeaders(head);
  const parts: Part[] = [];
  walk(headers, body, 0, parts, decoded);
  const type = parseContentType(header(headers, 'content-type') || 'text/plain').type;
  return { headers, parts, multipart: type.startsWith('multipart/') };
}
