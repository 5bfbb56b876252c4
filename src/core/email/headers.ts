// RFC 5322 §2.2 header fields: `Name: value`, folded onto lines that start with white space.
// Used for a message's own header, for MIME part headers and for the field groups of a
// message/delivery-status part (RFC 3464 §2.1 uses the same syntax).

import { decodeWords } from 'postal-mime';

/** Lower-case field name → values in order, each unfolded (CRLF + WSP → one space, RFC 5322 §2.2.3). */
export type Headers = Map<string, string[]>;

const FIELD = /^([!-9;-~]+)[ \t]*:[ \t]*(.*)/;

/** True when `block[start, end)` is a field name: printable US-ASCII except colon (RFC 5322 §2.2). */
function isFieldName(block: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = block.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x3a) return false;
  }
  return true;
}

/** Splits a header block (LF line ends) into fields. Lines that are not fields are skipped. */
export function parseHeaders(block: string): Headers {
  const headers: Headers = new Map();
  // The field being read: its name, the first line's value as a range, then folded lines if any.
  // Ranges and one join at the end, not `value +=` per line: bounce headers are long (Received,
  // DKIM) and read for every part.
  let name = '';
  let valueStart = 0;
  let valueEnd = 0;
  let folded: string[] | null = null;
  const flush = () => {
    if (!name) return;
    let value = block.slice(valueStart, valueEnd);
    if (folded) value = `${value} ${folded.join(' ')}`;
    value = value.trim();
    const list = headers.get(name);
    if (list) list.push(value);
    else headers.set(name, [value]);
    name = '';
    folded = null;
  };
  for (let start = 0; start <= block.length; ) {
    let end = block.indexOf('\n', start);
    if (end < 0) end = block.length;
    const c = block.charCodeAt(start);
    if (c === 32 || c === 9) {
      if (name) (folded ??= []).push(block.slice(start, end).trim());
    } else {
      flush();
      const colon = block.indexOf(':', start);
      if (colon > start && colon < end) {
        // The name may be followed by white space before the colon (obsolete syntax, RFC 5322 §4.5).
        let nameEnd = colon;
        while (nameEnd > start && /\s/.test(block[nameEnd - 1]!)) nameEnd--;
        if (isFieldName(block, start, nameEnd)) {
          name = block.slice(start, nameEnd).toLowerCase();
          valueStart = colon + 1;
          valueEnd = end;
        }
      }
    }
    start = end + 1;
  }
  flush();
  return headers;
}

export function header(h: Headers, name: string): string {
  return h.get(name)?.[0] ?? '';
}

/** A header value with RFC 2047 encoded words decoded (Subject, From). */
export function decodedHeader(h: Headers, name: string): string {
  const v = header(h, name);
  if (!v.includes('=?')) return v;
  try {
    return decodeWords(v);
  } catch {
    return v;
  }
}

/** Splits an entity (LF line ends) at the first empty line into header block and body. */
export function splitEntity(text: string): { head: string; body: string } {
  // A body with no header block at all (a pasted report) starts with a line that is no field.
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  if (!FIELD.test(firstLine) && !firstLine.startsWith('From ')) return { head: '', body: text };
  // The first line break followed by a line of nothing but spaces and tabs (what /\n[ \t]*\n/ finds).
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    let end = at + 1;
    for (let c = text.charCodeAt(end); c === 32 || c === 9; c = text.charCodeAt(++end));
    if (text.charCodeAt(end) === 10) return { head: text.slice(0, at), body: text.slice(end + 1) };
  }
  return { head: text, body: '' };
}

export interface ContentType {
  type: string;
  params: Record<string, string>;
}

// The same values come back again and again (each part's type is read more than once, and
// `text/plain; charset=us-ascii` is in most notices): parse each once. Entries are shared, so
// callers must not change them.
const contentTypes = new Map<string, ContentType>();
const MAX_CACHED_TYPES = 512;

/** `type/subtype; name=value; name="quoted value"` (RFC 2045 §5.1). */
export function parseContentType(value: string): ContentType {
  let ct = contentTypes.get(value);
  if (!ct) {
    if (contentTypes.size >= MAX_CACHED_TYPES) contentTypes.clear();
    ct = readContentType(value);
    contentTypes.set(value, ct);
  }
  return ct;
}

function readContentType(value: string): ContentType {
  const semi = value.indexOf(';');
  const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
  const params: Record<string, string> = {};
  if (semi >= 0) {
    const re = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
    const rest = value.slice(semi);
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const key = (m[1] ?? '').toLowerCase().replace(/\*$/, '');
      params[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
  }
  return { type: type || 'text/plain', params };
}
