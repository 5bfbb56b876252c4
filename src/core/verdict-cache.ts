// Verdicts already given, by text and context, so a repeated bounce line is classified once per
// run (issue 3 speed target, issue 7's 10 MB mailbox). A mailbox or a corpus repeats the same
// diagnostic for many recipients: one reply per recipient of a multi-recipient notice, one
// template per sending MTA. The cache is exact: the key holds the whole text and every context
// field, so a hit returns what classify() would compute again.
//
// The recipient is the one exception: classify() reads ctx.recipient only for its domain (which
// providers answer for it, classify.ts identify()), and the verdict's own `recipient` comes from
// the text. So the key holds the domain only, and recipients of one domain share a verdict. If
// classify() ever reads more of ctx.recipient, key on the whole address here.

import type { ClassifyContext, Verdict } from './types.ts';

const MAX_ENTRIES = 2000;
/** Longer texts are rare and rarely repeat; keeping them would make the cache large. */
const MAX_TEXT = 8 * 1024;

const cache = new Map<string, Verdict>();

function recipientDomain(recipient: string): string {
  // As classify.ts reads it: what follows the last "@" (the whole value when there is none).
  return recipient.slice(recipient.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * The cache key of a call, or null when the context holds something the key cannot spell. Every
 * value is written with its length, so no text or value can pass for another field.
 */
function keyOf(input: string, ctx: ClassifyContext): string | null {
  let key = '';
  for (const name in ctx) {
    const value: unknown = ctx[name as keyof ClassifyContext];
    if (value === undefined) continue;
    const type = typeof value;
    if (type !== 'string' && type !== 'boolean' && type !== 'number') return null;
    const v = name === 'recipient' ? recipientDomain(String(value)) : `${type[0]}${String(value)}`;
    key += `${name}=${v.length}:${v};`;
  }
  return `${key}|${input}`;
}

/**
 * `classify(input, ctx)` through the cache. Each call gets its own top-level object; the arrays
 * inside (evidence, hosts, ...) are shared between calls and must not be changed.
 */
export function cachedVerdict(input: string, ctx: ClassifyContext, classify: (input: string, ctx: ClassifyContext) => Verdict): Verdict {
  return { ...sharedVerdict(input, ctx, classify) };
}

/**
 * The cached verdict object itself, for a caller that copies it at once (records.ts builds each
 * record from it): a second copy of 25 fields per recipient showed in the 10 MB mailbox profile.
 * Nothing in it may be changed.
 */
export function sharedVerdict(input: string, ctx: ClassifyContext, classify: (input: string, ctx: ClassifyContext) => Verdict): Readonly<Verdict> {
  if (input.length > MAX_TEXT) return classify(input, ctx);
  const key = keyOf(input, ctx);
  if (key === null) return classify(input, ctx);
  let verdict = cache.get(key);
  if (!verdict) {
    // A copy made once: classify() builds its verdict with spreads, which leaves V8 a slow object
    // to copy from; the copy is a plain one, and every record copies it (records.ts).
    verdict = { ...classify(input, ctx) };
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, verdict);
  }
  return verdict;
}

/** For tests and for callers that change the rule tables: forget every cached verdict. */
export function clearVerdicts(): void {
  cache.clear();
}
