// Bytes, line ends and content-transfer-encodings (RFC 2045 §6.7 quoted-printable, §6.8 base64).
// Pure and browser-safe: atob and TextDecoder exist in Node 20 and every browser, no Buffer.
//
// A message is handled as a "byte string" (one char per octet, as latin1 gives) until a part's
// charset is known; only then is it decoded (RFC 2045 §5.1 `charset`). Input that arrives as an
// already-decoded string (chars above U+00FF) is left as it is.

// Any UTF-16 unit above U+00FF (the text was decoded already).
const NON_LATIN1 = /[\u0100-\uffff]/;

const utf8Input = new TextDecoder('utf-8', { fatal: true });

/** Bytes → one char per octet (ISO-8859-1). TextDecoder's "latin1" is windows-1252, so not that. */
function latin1(raw: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < raw.length; i += 0x2000) {
    chunks.push(String.fromCharCode.apply(null, raw.subarray(i, i + 0x2000) as unknown as number[]));
  }
  return chunks.join('');
}

export interface InputText {
  text: string;
  /**
   * True when 8-bit content is already characters (a string given by the caller, or bytes that
   * were valid UTF-8); false for a byte string that each part decodes from its own charset.
   */
  decoded: boolean;
}

/**
 * Raw input → text. Strings pass through. Bytes that are valid UTF-8 (all 7-bit mail, and 8-bit
 * mail in UTF-8) are decoded as UTF-8; anything else becomes a byte string, decoded later per
 * part from its declared charset (decodeCharset).
 */
export function readInput(raw: string | Uint8Array): InputText {
  if (typeof raw === 'string') return { text: raw, decoded: true };
  try {
    return { text: utf8Input.decode(raw), decoded: true };
  } catch {
    return { text: latin1(raw), decoded: false };
  }
}

/** CRLF and CR-only (old Mac) line ends → LF, so every parser sees one convention. */
export function toLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function toBytes(s: string): Uint8Array {
  if (NON_LATIN1.test(s)) return new TextEncoder().encode(s);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function fromBytes(b: Uint8Array): string {
  return latin1(b);
}

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(label: string): TextDecoder | null {
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label);
    } catch {
      d = null; // unknown charset label: fall back below
    }
    decoders.set(label, d);
  }
  return d;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Byte string → text in the given charset. Without a charset (or us-ascii), UTF-8 is tried
 * and latin1 kept when the bytes are not valid UTF-8 (8-bit mail without a label is common).
 */
export function decodeCharset(s: string, charset = ''): string {
  if (NON_LATIN1.test(s)) return s;
  // Pure 7-bit text is the same in every ASCII-based charset; ISO-2022-* uses ESC sequences.
  if (!/[\x80-\xff]/.test(s) && !s.includes('\u001b')) return s;
  let label = charset.trim().toLowerCase();
  // Japanese mail often omits the label; ISO-2022-JP announces itself with ESC $ B (RFC 1468).
  if ((!label || label === 'us-ascii') && (s.includes('\u001b$B') || s.includes('\u001b$@'))) label = 'iso-2022-jp';
  const bytes = toBytes(s);
  if (label && label !== 'us-ascii' && label !== 'ascii') {
    const d = decoderFor(label);
    if (d) return d.decode(bytes);
  }
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return s;
  }
}

/** base64 → byte string; tolerant: junk characters are dropped, a broken tail is cut. */
export function decodeBase64(text: string): string {
  let clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const rem = clean.length % 4;
  if (rem === 1) clean = clean.slice(0, -1);
  else if (rem) clean += '='.repeat(4 - rem);
  try {
    return atob(clean);
  } catch {
    return '';
  }
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** `=XX` → the byte XX, left to right as /=([0-9A-Fa-f]{2})/g replaces, without a callback per escape. */
function decodeEscapes(s: string): string {
  let at = s.indexOf('=');
  if (at < 0) return s;
  const parts: string[] = [];
  let last = 0;
  for (; at >= 0 && at + 2 < s.length; at = s.indexOf('=', at + 1)) {
    const hi = hexValue(s.charCodeAt(at + 1));
    const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(at + 2));
    if (lo < 0) continue;
    parts.push(s.slice(last, at), String.fromCharCode(hi * 16 + lo));
    last = at + 3;
    at += 2;
  }
  parts.push(s.slice(last));
  return parts.join('');
}

/** quoted-printable → byte string (soft line breaks joined, `=XX` decoded). */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/(?<![ \t])[ \t]*=\r?\n/g, '');
  const decoded = decodeEscapes(joined);
  // Already-decoded characters (a string input) are turned into their UTF-8 bytes.
  return NON_LATIN1.test(decoded) ? fromBytes(toBytes(decoded)) : decoded;
}

/** True for a Content-Transfer-Encoding whose output is bytes (base64, quoted-printable). */
export function isByteEncoding(encoding: string): boolean {
  const enc = encoding.trim().toLowerCase();
  return enc === 'base64' || enc === 'quoted-printable';
}

/** Applies a Content-Transfer-Encoding; 7bit, 8bit, binary and unknown values pass through. */
export function decodeTransfer(body: string, encoding: string): string {
  const enc = encoding.trim().toLowerCase();
  if (enc === 'base64') return toLf(decodeBase64(body));
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}
