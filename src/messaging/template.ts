// Length-preserving templates of bounce texts, so one classification serves many log rows
// (background/verdicts.ts caches verdicts by template; content scripts group rows by maskRow).
//
// An ESP log repeats the same reply for thousands of recipients, but the text differs in what no
// rule reads: the recipient's own mailbox name, the sending IP's digits, queue ids and time stamps.
// classify() costs about 0.2 ms a call (measured on this machine), too much for a 10,000-row page, so
// the background caches verdicts by template. The template keeps every character's position
// (each replaced character becomes one character), so evidence offsets still point into the real
// text; the values read from the text (evidence values, ips, hosts, recipient) are taken from it.
// test/background/verdict-cache.test.ts checks that every rule example keeps its verdict.

/** Local part of the given address, wherever it appears in the text (case-insensitive). */
function maskMailbox(text: string, address: string | undefined): string {
  const at = address?.lastIndexOf('@') ?? -1;
  if (!address || at < 1) return text;
  const local = address.slice(0, at).toLowerCase();
  const lower = text.toLowerCase();
  let out = text;
  for (let i = lower.indexOf(`${local}@`); i >= 0; i = lower.indexOf(`${local}@`, i + 1)) {
    const before = i === 0 ? '' : lower[i - 1]!;
    if (/[a-z0-9._%+-]/.test(before)) continue;
    out = out.slice(0, i) + 'x'.repeat(local.length) + out.slice(i + local.length);
  }
  return out;
}

// IPv4 digits (an address's digits never decide a rule; the address is shown from the real text),
// long digit runs (time stamps, queue numbers) and long tokens mixing letters and digits (message
// and transaction ids such as Microsoft's [BN8NAM11FT066...] or Gmail's "d9443c01a7336-...").
const IPV4 = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)/g;
const DIGIT_RUN = /(?<![\w.])\d{6,}(?![\w])/g;
const ID_TOKEN = /(?<![A-Za-z0-9])(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\d[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{16,}(?![A-Za-z0-9])/g;

const zeros = (s: string): string => s.replace(/\d/g, '0');
const idMask = (s: string): string => s.replace(/[A-Za-z]/g, 'x').replace(/\d/g, '0');

/**
 * The template's first steps: the recipient's mailbox and IPv4 addresses masked. Content scripts
 * group log rows by this (content/classifier.ts) and ask about one row of each group: rows equal
 * here have equal templates (template() continues from this), so they share the verdict.
 */
export const maskRow = (text: string, recipient?: string): string => maskMailbox(text, recipient).replace(IPV4, zeros);

/** The text with per-row details masked; same length as the input. */
export function template(text: string, recipient?: string): string {
  return maskRow(text, recipient).replace(DIGIT_RUN, zeros).replace(ID_TOKEN, idMask);
}
