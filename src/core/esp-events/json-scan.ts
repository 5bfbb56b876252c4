// Reads JSON the way people paste ESP events: one object, an array (a webhook batch), newline-
// delimited objects (SES via Firehose, Mailgun log exports: https://jsonlines.org), or the start of a
// huge export cut off at a size cap. Pure and linear: it stops once `max` values are read, so a
// 10 MB batch costs only what the first events cost.

/** One complete JSON value, with where it ends in the text. */
interface Found {
  value: unknown;
  end: number;
}

/** Where the JSON value starting at `start` ends (index after it), or -1 when the text stops first. */
function valueEnd(text: string, start: number): number {
  const first = text[start];
  if (first !== '{' && first !== '[') {
    // A scalar at the top level: up to the next separator.
    const m = /[,\]}\r\n]/.exec(text.slice(start, start + 4096));
    return m ? start + m.index : -1;
  }
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const SPACE = /[\s,]/;

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

function parseAt(text: string, start: number): Found | null {
  const end = valueEnd(text, start);
  if (end < 0) return null;
  try {
    return { value: JSON.parse(text.slice(start, end)), end };
  } catch {
    return null;
  }
}

export interface Scanned {
  values: unknown[];
  /** True when more values follow than were read, or the text stops inside one. */
  more: boolean;
}

/**
 * The elements of the array that opens at `open` (the index of its `[`), up to `max` of them.
 * A cut-off tail (a capped paste) ends the list without error.
 */
export function scanArray(text: string, open: number, max: number): Scanned {
  const values: unknown[] = [];
  let i = skipSpace(text, open + 1);
  while (i < text.length && text[i] !== ']') {
    if (values.length >= max) return { values, more: true };
    const found = parseAt(text, i);
    if (!found) return { values, more: true };
    values.push(found.value);
    i = skipSpace(text, found.end);
  }
  return { values, more: i >= text.length };
}

/** API answers that wrap their event list: Mailgun `items`, SparkPost `results`, Postmark `Bounces`, SES via Firehose `Records`. */
const LIST_KEY = /^\{[^[\]]{0,2000}?"(items|results|Bounces|Records)"\s*:\s*\[/;

/** The event list inside a wrapper object too big to parse whole (cut off by the paste cap). */
function listInside(text: string, start: number, max: number): Scanned | null {
  const m = LIST_KEY.exec(text.slice(start, start + 4096));
  if (!m) return null;
  const scanned = scanArray(text, start + m[0].length - 1, max);
  return scanned.values.length > 0 ? { values: [{ [m[1]!]: scanned.values }], more: scanned.more } : null;
}

/** Whole-text JSON.parse up to this size; beyond it, scan value by value. */
const PARSE_WHOLE_CHARS = 2 * 1024 * 1024;

/**
 * The top-level JSON values of the text: one value, or several when they follow each other
 * (JSON Lines). Null when the text does not start like JSON or its first value does not parse.
 * A top-level array is returned as one value; callers unwrap it (see scanArray for huge arrays).
 */
export function scanJson(text: string, max: number): Scanned | null {
  const start = skipSpace(text, 0);
  const first = text[start];
  if (first !== '{' && first !== '[') return null;
  if (text.length <= PARSE_WHOLE_CHARS) {
    try {
      return { values: [JSON.parse(text)], more: false };
    } catch {
      // JSON Lines, or a value cut off: read value by value below.
    }
  }
  if (first === '[') {
    const scanned = scanArray(text, start, max);
    return scanned.values.length > 0 ? { values: [scanned.values], more: scanned.more } : null;
  }
  const values: unknown[] = [];
  let i = start;
  while (i < text.length) {
    if (values.length >= max) return { values, more: true };
    const found = parseAt(text, i);
    if (!found) return values.length > 0 ? { values, more: true } : listInside(text, i, max);
    values.push(found.value);
    i = skipSpace(text, found.end);
  }
  return { values, more: false };
}
