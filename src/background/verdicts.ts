// Verdicts for what content scripts find, cached by template (template.ts): an ESP log repeats the
// same reply for thousands of recipients, and classify() costs about 0.2 ms a call. The cache lives
// in worker memory only as a cache: a stopped worker just classifies again.

import { classify, extract, registry, type ClassifyContext, type Verdict } from '../core/index.ts';
import type { FindingContext, SlimVerdict } from '../messaging/protocol.ts';
import { template } from '../messaging/template.ts';

const MAX_CACHED = 4000;
const cache = new Map<string, Verdict>();

const FIRST_ADDRESS = /(?<![a-z0-9.!#$%&'*+/=?^_`{|}~-])[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}/i;

function contextOf(f: FindingContext, setup: ClassifyContext['setup']): ClassifyContext {
  const ctx: ClassifyContext = { setup };
  if (f.recipient) ctx.recipient = f.recipient;
  if (f.host) ctx.host = f.host;
  if (f.action) ctx.action = f.action;
  if (f.status) ctx.status = f.status;
  if (f.reasonHint) ctx.reasonHint = f.reasonHint;
  return ctx;
}

/**
 * The verdict for `text` as classify() gives it. A cached verdict of the same template is reused;
 * what it read from the text (evidence values, IPs, hosts, recipient) is read again from this text
 * (the template keeps every offset).
 */
export function verdictOf(text: string, found: FindingContext = {}, setup: ClassifyContext['setup'] = 'shared', full = true): Verdict {
  const ctx = contextOf(found, setup);
  const mailbox = found.recipient ?? FIRST_ADDRESS.exec(text)?.[0];
  const masked = template(text, mailbox);
  const recipientKey = ctx.recipient ? template(ctx.recipient, ctx.recipient) : '';
  const key = [setup, recipientKey, ctx.host ?? '', ctx.action ?? '', ctx.status ?? '', ctx.reasonHint ?? '', masked].join('\u0000');
  let base = cache.get(key);
  if (base) {
    cache.delete(key); // re-insert: the Map's order is the LRU order
  } else {
    base = classify(masked, ctx.recipient ? { ...ctx, recipient: template(ctx.recipient, ctx.recipient) } : ctx);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, base);
  // A mark's card and the badge need no more than the template's verdict.
  if (!full || (masked === text && !ctx.recipient)) return base;
  const ex = extract(text, registry().codePatterns);
  const { recipient: _masked, ...rest } = base;
  return {
    ...rest,
    evidence: base.evidence.map((e) => ({ ...e, value: text.slice(e.start, e.end) })),
    ips: ex.ips.map((i) => i.value),
    hosts: ex.hosts.map((h) => h.value),
    ...(ex.recipient ? { recipient: ex.recipient.value } : {}),
  };
}

/**
 * The verdict for a finding. When the page itself says the event failed (an ESP's "Soft bounce"
 * row) but no rule knows the text, it is still a failure: Sisimai's last resort, `onhold`
 * (as the core's email decoder does, core/email/records.ts).
 */
export function findingVerdict(f: FindingContext & { text: string }, setup: ClassifyContext['setup'], full = true): Verdict {
  const v = verdictOf(f.text, f, setup, full);
  if (v.bounce || f.reasonHint || (f.action !== 'failed' && f.action !== 'delayed') || !f.text.trim()) return v;
  return verdictOf(f.text, { ...f, reasonHint: 'onhold' }, setup, full);
}

/**
 * The fields a mark and its card show (from a template's verdict: `recipient` is the finding's).
 */
export function slim(v: Verdict, extra: Partial<SlimVerdict> = {}): SlimVerdict {
  const out: SlimVerdict = {
    bounce: v.bounce,
    reason: v.reason,
    category: v.category,
    permanence: v.permanence,
    hardBounce: v.hardBounce,
    actor: v.actor,
    provider: v.provider,
    providerName: v.providerName,
    title: v.title,
    summary: v.summary,
    setup: v.setup,
    ...extra,
  };
  return out;
}

/** For tests: forget every cached verdict. */
export function clearVerdictCache(): void {
  cache.clear();
}
