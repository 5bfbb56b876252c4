// One JSON line per parsed record for the `parse` command, byte for byte as it was written before:
// `{"file":F,` then JSON.stringify(record) without its opening brace. Records of one mailbox share
// most of their values: every recipient refused with the same reply shares one cached verdict
// (core/verdict-cache.ts), so its explanation, next steps, links and evidence are the same strings
// and arrays. Those are written to JSON once and reused; a 10 MB mailbox of 18,000 notices spent
// about a sixth of the command's time in JSON.stringify.
//
// Arrays and objects are remembered by identity: the verdict cache's arrays are shared and never
// changed (verdict-cache.ts), and a record is written as soon as it is made.

const objects = new WeakMap<object, string>();
const strings = new Map<string, string>();
/** Strings shorter than this are written afresh (cheaper than a lookup); longer ones are remembered. */
const LONG = 48;
const MAX_STRINGS = 4096;

/** What JSON.stringify escapes in a string: quote, backslash, control characters, surrogates (lone ones). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function stringJson(s: string): string {
  if (s.length < LONG) return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
  let json = strings.get(s);
  if (json === undefined) {
    if (strings.size >= MAX_STRINGS) strings.clear();
    json = JSON.stringify(s);
    strings.set(s, json);
  }
  return json;
}

/** `"key":` per field name: records have a few dozen names. */
const keys = new Map<string, string>();
function keyJson(key: string): string {
  let json = keys.get(key);
  if (json === undefined) {
    json = `,${JSON.stringify(key)}:`;
    if (keys.size < MAX_STRINGS) keys.set(key, json);
  }
  return json;
}

/** A value's JSON, or undefined for what JSON.stringify leaves out of an object (undefined, functions, symbols). */
function valueJson(value: unknown): string | undefined {
  if (typeof value === 'string') return stringJson(value);
  if (typeof value === 'object' && value !== null) {
    let json = objects.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      objects.set(value, json);
    }
    return json;
  }
  return JSON.stringify(value);
}

/** `{"file":FILE,...record}` as one line of JSON; `fileJson` is the file name already in JSON. */
export function recordLine(fileJson: string, record: object): string {
  let out = `{"file":${fileJson}`;
  for (const key of Object.keys(record)) {
    const json = valueJson((record as Record<string, unknown>)[key]);
    if (json !== undefined) out += keyJson(key) + json;
  }
  return `${out}}`;
}
