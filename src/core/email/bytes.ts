// Bytes, line ends and content-transfer-encodings (RFC 2045 §6.7 quoted-printable, §6.8 base64).
// Pure and browser-safe: atob and TextDecoder exist in Node 20 and every browser, no Buffer.
//
// A message is handled as a "byte string" (one char per octet, as latin1 gives) until a part's
// charset is known; only then is it decoded (RFC 2045 §5.1 `charset`). Input that arrives as an
// already-decoded string (chars above U+00FF) is left as it is.

const NON_LATIN1 = /[^\x00-\xff]/;

/** Raw input → byte string. Strings pass through; bytes map one to one (latin1). */
export function toByteString(raw: string | Uint8Array): string {
  if (typeof raw === 'string') return raw;
  const chunks: string[] = [];
  for (let i = 0; i < raw.length; i += 0x8000) {
    chunks.push(String.fromCharCode.apply(null, Array.from(raw.subarray(i, i + 0x8000))));
  }
  return chunks.join('');
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
  return toByteString(b);
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
  if (!/[\x80-\xff\x1b]/.test(s)) return s;
  const label = charset.trim().toLowerCase();
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

/** quoted-printable → byte string (soft line breaks joined, `=XX` decoded). */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/[ \t]*=\r?\n/g, '');
  const bytes = toBytes(joined.replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  return fromBytes(bytes);
}

/** Applies a Content-Transfer-Encoding; 7bit, 8bit, binary and unknown values pass through. */
export function decodeTransfer(body: string, encoding: string): string {
  const enc = encoding.trim().toLowerCase();
  if (enc === 'base64') return toLf(decodeBase64(body));
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}
