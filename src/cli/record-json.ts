// One output line of `parse`: `JSON.stringify({ file, ...record })`, written key by key so the
// JSON of values that repeat from record to record is made once. A mailbox of bounces repeats
// the same verdict (its title, summary, explanation and next steps, shared by the verdict cache)
// for thousands of recipients, and serialising those long texts again was most of what writing
// a record cost. The output is byte for byte what JSON.stringify gives (test/cli/record-json.test.ts).

/** JSON of strings seen before (keys and repeated texts). */
const strings = new Map<string, string>();
/** JSON of arrays seen before, by identity: records are written once made and never changed. */
const arrays = new WeakMap<object, string>();
const MAX_STRINGS = 4096;

function stringJson(s: string): string {
  let json = strings.get(s);
  if (json === undefined) {
    json = JSON.stringify(s);
    if (strings.size >= MAX_STRINGS) strings.clear();
    strings.set(s, json);
  }
  return json;
}

/** The JSON of one value as JSON.stringify writes it inside an object; undefined when it is left out. */
function valueJson(v: unknown): string | undefined {
  if (typeof v === 'string') return stringJson(v);
  if (Array.isArray(v)) {
    let json = arrays.get(v);
    if (json === undefined) arrays.set(v, (json = JSON.stringify(v)));
    return json;
  }
  return JSON.stringify(v) as string | undefined;
}

/** True when JSON.stringify would call a toJSON method: then let it do the whole record. */
function hasToJson(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

export function recordJson(file: string, record: object): string {
  if ('file' in record || hasToJson(record)) return JSON.stringify({ file, ...record });
  let out = `{"file":${stringJson(file)}`;
  for (const key of Object.keys(record)) {
    const value: unknown = (record as Record<string, unknown>)[key];
    // An integer-like key would come before "file" in the copy (ECMA-262 OrdinaryOwnPropertyKeys).
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || hasToJson(value)) return JSON.stringify({ file, ...record });
    const json = valueJson(value);
    if (json !== undefined) out += `,${stringJson(key)}:${json}`;
  }
  return `${out}}`;
}
