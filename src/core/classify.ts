// classify(text, context) → Verdict. Pure: no DOM, no browser APIs.

import { extract, type Extracted } from './extract.ts';
import { matchRule, type Facts, type Match } from './match.ts';
import { containsAny } from './needle-index.ts';
import { normalize, toOriginal, type Normalized } from './normalize.ts';
import { registry, type CompiledProvider, type Registry } from './registry.ts';
import { decideActor, decideHard, decidePermanence } from './decide.ts';
import { buildCopy } from './copy.ts';
import { withStructure, type Found } from './structure.ts';
import type { ClassifyContext, Evidence, ProviderTable, Reason, Verdict } from './types.ts';
import { cachedVerdict, sharedVerdict } from './verdict-cache.ts';

/** Longest text read for one verdict; a bounce line is far shorter, a pasted email goes to parseEmail. */
export const MAX_CLASSIFY_CHARS = 64 * 1024;

const NOT_BOUNCE_REASONS: ReadonlySet<Reason> = new Set(['delivered', 'vacation']);
const CLASS_ONLY_STATUS = 'rfc3463/x.0.0';

function hostMatches(host: string, table: ProviderTable): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return table.hosts.some((s) => h.endsWith(s) || `.${h}` === s) || table.domains.some((d) => h === d || h.endsWith(`.${d}`));
}

// Host → providers it belongs to, per registry; hosts repeat across the records of a mailbox.
const hostCaches = new WeakMap<Registry, Map<string, CompiledProvider[]>>();

function providersOfHost(reg: Registry, host: string): CompiledProvider[] {
  let hostCache = hostCaches.get(reg);
  if (!hostCache) hostCaches.set(reg, (hostCache = new Map()));
  let hit = hostCache.get(host);
  if (!hit) {
    if (hostCache.size > 2000) hostCache.clear();
    hit = reg.providers.filter((p) => hostMatches(host, p.table));
    hostCache.set(host, hit);
  }
  return hit;
}

interface Identified {
  provider: CompiledProvider;
  evidence: Evidence[];
}

function identify(reg: Registry, ex: Extracted, norm: Normalized, ctx: ClassifyContext): Identified[] {
  const out: Identified[] = [];
  const recipientDomain = ((ctx.recipient ?? ex.recipient?.value ?? '').split('@').pop() ?? '').toLowerCase();
  // The first host in the text that each provider answers for.
  const byHost = new Map<CompiledProvider, Extracted['hosts'][number]>();
  for (const h of ex.hosts) for (const p of providersOfHost(reg, h.value)) if (!byHost.has(p)) byHost.set(p, h);
  const ctxProviders = ctx.host ? providersOfHost(reg, ctx.host) : [];
  for (const p of reg.providers) {
    const evidence: Evidence[] = [];
    const hostHit = byHost.get(p);
    if (hostHit) evidence.push({ kind: 'host', value: hostHit.value, start: hostHit.start, end: hostHit.end });
    let known = !!hostHit || ctxProviders.includes(p);
    known ||= !!recipientDomain && p.table.domains.includes(recipientDomain);
    if (!known && p.signatures.length && (!p.signatureNeedleIds || containsAny(norm.text, p.signatureNeedleIds))) {
      for (const sig of p.signatures) {
        const hits = sig(norm.text);
        if (!hits) continue;
        for (const hit of hits) {
          const [start, end] = toOriginal(norm, hit.start, hit.end);
          evidence.push({ kind: 'text', value: '', start, end });
        }
        known = true;
        break;
      }
    }
    if (known) out.push({ provider: p, evidence });
  }
  return out;
}

function findRule(reg: Registry, facts: Facts, identified: Identified[]): Found {
  const known = new Set(identified.map((i) => i.provider));
  for (const { provider } of identified) {
    for (const rule of provider.rules) {
      const match = matchRule(rule, facts);
      if (match) return { match, table: provider.table };
    }
  }
  // Rules that name a provider's own code stand on their own, wherever the line came from.
  for (const provider of reg.providers) {
    if (known.has(provider)) continue;
    for (const rule of provider.anywhere) {
      const match = matchRule(rule, facts);
      if (match) return { match, table: provider.table };
    }
  }
  // A rule that knows only the class (`onhold`: RFC 3463 X.0.0 "only the class of the error is known",
  // a bare 550) yields to a later one that names a cause, such as the reply code's own meaning
  // (Sisimai anotherone(): status name, then the reply code).
  let classOnly: Match | null = null;
  for (const rule of reg.generic) {
    if (classOnly && (rule.rule.reason === 'onhold' || !rule.rule.id.startsWith('reply-codes/'))) continue;
    const match = matchRule(rule, facts);
    if (!match) continue;
    if (match.rule.id !== CLASS_ONLY_STATUS) return { match, table: null };
    classOnly = match;
  }
  return classOnly ? { match: classOnly, table: null } : null;
}

function withEvidence(text: string, ex: Extracted, norm: Normalized, match: Match | null, extra: Evidence[]): Evidence[] {
  const ev: Evidence[] = [];
  if (ex.replyCode) ev.push({ kind: 'replyCode', ...ex.replyCode });
  if (ex.status) ev.push({ kind: 'status', ...ex.status });
  const code = match?.providerCode ? ex.providerCodes.find((p) => p.value.toUpperCase() === match.providerCode) : ex.providerCodes[0];
  if (code) ev.push({ kind: 'providerCode', ...code });
  for (const hit of match?.hits ?? []) {
    const [start, end] = toOriginal(norm, hit.start, hit.end);
    ev.push({ kind: 'text', value: text.slice(start, end), start, end });
  }
  for (const e of extra) ev.push(e.value ? e : { ...e, value: text.slice(e.start, e.end) });
  return ev.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The reply's own status wins, except a generic x.0.0 when the DSN's Status field is specific and of the
 * same class (sendmail writes `553 5.0.0` in the transcript and `Status: 5.1.1` in the DSN).
 */
function pickStatus(text?: string, given?: string): string {
  // A caller's status (a DSN field, a message payload) is used only when it has the RFC 3463 form.
  const dsn = given && /^[245]\.\d{1,3}\.\d{1,3}$/.test(given) ? given : undefined;
  if (text && dsn && /\.0\.0$/.test(text) && !/\.0\.0$/.test(dsn) && text[0] === dsn[0]) return dsn;
  return text ?? dsn ?? '';
}

function classifyOnce(input: string, ctx: ClassifyContext): Verdict {
  const reg = registry();
  const truncated = input.length > MAX_CLASSIFY_CHARS;
  const text = truncated ? input.slice(0, MAX_CLASSIFY_CHARS) : input;
  const setup = ctx.setup ?? 'shared';
  const ex = extract(text, reg.codePatterns);
  const norm = normalize(text);
  const facts: Facts = {
    text: norm.text,
    replyCode: ex.replyCode?.value ?? '',
    status: pickStatus(ex.status?.value, ctx.status),
    providerCodes: ex.providerCodes.map((p) => p.value.toUpperCase()),
    command: (ex.command || ctx.command || '').toUpperCase(),
  };
  const identified = identify(reg, ex, norm, ctx);
  const structured = ctx.reasonHint ? { found: null } : withStructure(reg, findRule(reg, facts, identified), facts, ctx);
  const found = structured.found;
  const hint = ctx.reasonHint ?? structured.reason;
  const reason: Reason = hint ?? found?.match.rule.reason ?? 'undefined';
  const isBounce = (found !== null || hint !== undefined) && !NOT_BOUNCE_REASONS.has(reason);
  const rule = found?.match.rule ?? null;
  const providerTable = found?.table ?? identified[0]?.provider.table ?? null;
  const permanence = decidePermanence(rule, reason, facts, ctx, isBounce);
  const { actor, baseActor } = decideActor(rule, reason, permanence, setup, isBounce, reg.reasons);
  const providerEvidence = identified.find((i) => i.provider.table === providerTable)?.evidence ?? [];
  const copy = buildCopy({ rule, reason, actor, baseActor, setup, permanence, isBounce, provider: providerTable, reg });
  return {
    bounce: isBounce,
    reason,
    category: isBounce ? (rule?.category ?? reg.reasons[reason].category) : 'not_bounce',
    permanence,
    hardBounce: isBounce && decideHard(reason, facts),
    actor,
    provider: providerTable?.id ?? null,
    replyCode: facts.replyCode,
    status: facts.status,
    providerCode: found?.match.providerCode ?? ex.providerCodes[0]?.value.toUpperCase() ?? '',
    ruleId: rule?.id ?? '',
    evidence: withEvidence(text, ex, norm, found?.match ?? null, providerEvidence),
    ...copy,
    providerName: providerTable?.name ?? null,
    setup,
    ips: ex.ips.map((i) => i.value),
    hosts: ex.hosts.map((h) => h.value),
    command: facts.command,
    ...(ex.recipient ? { recipient: ex.recipient.value } : {}),
    ...(truncated ? { truncated: true } : {}),
  };
}

/** The verdict for one bounce text; a text already classified in the same context comes from verdict-cache.ts. */
export function classify(input: string, ctx: ClassifyContext = {}): Verdict {
  return cachedVerdict(input, ctx, classifyOnce);
}

/** classify() without its copy, for callers that copy the verdict themselves (verdict-cache.ts). */
export function classifyShared(input: string, ctx: ClassifyContext = {}): Readonly<Verdict> {
  return sharedVerdict(input, ctx, classifyOnce);
}
