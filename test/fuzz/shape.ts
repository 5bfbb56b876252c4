// What "a well-formed answer" means (shared/docs/contract.md), as plain checks that return the
// problems found instead of throwing: the same code runs in the test process and inside the
// time-limited worker (hostile-worker.mjs). No vitest import here for that reason.

import { ACTORS, CATEGORIES, REASONS, SETUPS, type BounceRecord, type Verdict } from '../../src/core/index.ts';

const EVIDENCE_KINDS = new Set(['replyCode', 'status', 'providerCode', 'text', 'host']);
const has = (list: readonly string[], v: unknown) => typeof v === 'string' && list.includes(v);

/**
 * Problems with one verdict for `input` (empty when it is well-formed): enums from the contract,
 * field types, evidence offsets inside the input (and inside what classify read, when it cut a
 * long input), and the bounce/category/hardBounce invariants.
 */
export function verdictProblems(v: Verdict, input: string | null, readChars = Infinity): string[] {
  const p: string[] = [];
  if (typeof v !== 'object' || v === null) return [`not an object: ${String(v)}`];
  if (typeof v.bounce !== 'boolean') p.push(`bounce is ${typeof v.bounce}`);
  if (!has(REASONS, v.reason)) p.push(`reason ${JSON.stringify(v.reason)}`);
  if (!has(CATEGORIES, v.category)) p.push(`category ${JSON.stringify(v.category)}`);
  if (!has(ACTORS, v.actor)) p.push(`actor ${JSON.stringify(v.actor)}`);
  if (!has(['permanent', 'temporary'], v.permanence)) p.push(`permanence ${JSON.stringify(v.permanence)}`);
  if (!has(SETUPS, v.setup)) p.push(`setup ${JSON.stringify(v.setup)}`);
  if (typeof v.hardBounce !== 'boolean') p.push(`hardBounce is ${typeof v.hardBounce}`);
  if (v.provider !== null && typeof v.provider !== 'string') p.push(`provider is ${typeof v.provider}`);
  for (const k of ['replyCode', 'status', 'providerCode', 'ruleId', 'summary', 'title', 'command'] as const) {
    if (typeof v[k] !== 'string') p.push(`${k} is ${typeof v[k]}`);
  }
  if (typeof v.replyCode === 'string' && !/^(?:[245]\d\d)?$/.test(v.replyCode)) p.push(`replyCode ${JSON.stringify(v.replyCode)}`);
  if (typeof v.status === 'string' && !/^(?:[245]\.\d{1,3}\.\d{1,3})?$/.test(v.status)) p.push(`status ${JSON.stringify(v.status)}`);
  if (!v.summary) p.push('empty summary');
  if (!Array.isArray(v.nextSteps) || v.nextSteps.some((s) => typeof s !== 'string' || !s)) p.push('nextSteps not a list of sentences');
  if (!v.bounce && v.category !== 'not_bounce') p.push(`no bounce but category ${v.category}`);
  if (v.bounce && v.category === 'not_bounce') p.push(`bounce with category not_bounce (${v.reason})`);
  if (v.hardBounce && !v.bounce) p.push('hardBounce without bounce');
  if (!Array.isArray(v.evidence)) return [...p, 'evidence not an array'];
  const limit = input === null ? Infinity : Math.min(input.length, readChars);
  for (const e of v.evidence) {
    const where = `evidence ${JSON.stringify(e)}`;
    if (!EVIDENCE_KINDS.has(e.kind)) p.push(`${where}: kind`);
    if (typeof e.value !== 'string') p.push(`${where}: value`);
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.start > e.end || e.end > limit) {
      p.push(`${where}: offsets outside the input (length ${limit})`);
    } else if (input !== null && e.value && input.slice(e.start, e.end).toLowerCase() !== e.value.toLowerCase()) {
      p.push(`${where}: value is not the input at its offsets (${JSON.stringify(input.slice(e.start, e.end))})`);
    }
  }
  try {
    JSON.stringify(v);
  } catch (err) {
    p.push(`not JSON: ${String(err)}`);
  }
  return p;
}

/**
 * Problems with the records of one input to parseEmail/parseMailbox: at least one record; each is
 * a well-formed verdict (offsets are into the record's own diagnosticCode, so they are not checked
 * against the raw input) with the email fields, or a record with a non-empty `error` string.
 */
export function recordsProblems(records: BounceRecord[], messages = 1): string[] {
  if (!Array.isArray(records)) return [`not an array: ${typeof records}`];
  if (records.length === 0) return ['no record'];
  const p: string[] = [];
  records.forEach((r, i) => {
    const at = `record ${i + 1}`;
    if (r.error !== undefined && (typeof r.error !== 'string' || !r.error)) p.push(`${at}: error ${JSON.stringify(r.error)}`);
    if (!Number.isInteger(r.msgindex) || r.msgindex < 1 || r.msgindex > messages) p.push(`${at}: msgindex ${r.msgindex} (messages ${messages})`);
    for (const k of ['recipient', 'diagnosticCode', 'rhost', 'action'] as const) {
      if (typeof r[k] !== 'string') p.push(`${at}: ${k} is ${typeof r[k]}`);
    }
    p.push(...verdictProblems(r, typeof r.diagnosticCode === 'string' ? r.diagnosticCode : null).map((s) => `${at}: ${s}`));
  });
  const order = records.map((r) => r.msgindex);
  if (order.some((m, i) => i > 0 && m < order[i - 1]!)) p.push(`msgindex out of order: ${order.slice(0, 20).join(',')}`);
  return p;
}
