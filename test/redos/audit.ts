// Runs recheck (https://makenowjust-labs.github.io/recheck/) over collected patterns.
// `vulnerable`: recheck found an attack string whose matching time grows exponentially or
// polynomially with its length. `unknown`: it could not decide in time (printed, not failed).
//
// recheck's answer depends only on (pattern, flags, recheck version, parameters), so answers are
// kept in recheck-cache.json: CI re-checks only new or edited patterns (a full pass takes about
// 4 minutes on 2 cores, mostly fuzzing). REDOS_FULL=1 ignores the cache.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { ROOT, type PatternSite } from './collect.ts';
import type { Attack } from './measure.ts';

export interface Answer {
  status: Diagnostics['status'];
  /** `exponential`, `2nd degree polynomial`, `linear`, … */
  complexity: string;
  /** For a vulnerable pattern: recheck's attack, and how it writes it (`'a' + 'b'.repeat(n)`). */
  attack?: Attack & { pattern: string };
  /** Why the answer is `unknown` (timeout, unsupported syntax). */
  error?: string;
}

export interface AuditResult extends Answer {
  site: PatternSite;
  ms: number;
  cached: boolean;
}

/** Fixed seed: the fuzz checker gives the same answer on every run (CI must not flake). */
const PARAMS = { randomSeed: 7, timeout: 10_000 } as const;
const RECHECK = (JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
export const CACHE_FILE = join(ROOT, 'test/redos/recheck-cache.json');

interface CacheFile {
  recheck: string;
  params: typeof PARAMS;
  answers: Record<string, Answer>;
}

const keyOf = (s: Pick<PatternSite, 'source' | 'flags'>) => `/${s.source}/${s.flags}`;

function readCache(): Map<string, Answer> {
  if (process.env.REDOS_FULL || !existsSync(CACHE_FILE)) return new Map();
  const c = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as CacheFile;
  if (c.recheck !== RECHECK || JSON.stringify(c.params) !== JSON.stringify(PARAMS)) return new Map();
  return new Map(Object.entries(c.answers));
}

/** Writes the answers for the given results (the current patterns only: stale ones drop out). */
export function writeCache(results: readonly AuditResult[]): void {
  const answers: Record<string, Answer> = {};
  for (const r of [...results].sort((a, b) => keyOf(a.site).localeCompare(keyOf(b.site)))) {
    const { status, complexity, attack, error } = r;
    answers[keyOf(r.site)] = { status, complexity, ...(attack ? { attack } : {}), ...(error ? { error } : {}) };
  }
  const file: CacheFile = { recheck: RECHECK, params: PARAMS, answers };
  writeFileSync(CACHE_FILE, `${JSON.stringify(file, null, 1)}\n`);
}

async function ask(site: PatternSite): Promise<Answer> {
  let d: Diagnostics;
  try {
    d = await check(site.source, site.flags, PARAMS);
  } catch (e) {
    return { status: 'unknown', complexity: '', error: String(e) };
  }
  if (d.status === 'vulnerable') {
    const { pumps, suffix, pattern } = d.attack;
    return { status: d.status, complexity: d.complexity.summary, attack: { pumps: pumps.map((p) => ({ ...p })), suffix, pattern } };
  }
  if (d.status === 'unknown') return { status: d.status, complexity: '', error: d.error.kind + ('message' in d.error ? `: ${d.error.message}` : '') };
  return { status: d.status, complexity: d.complexity.summary };
}

/**
 * Checks every pattern (cached answers first), `parallel` at a time. One at a time by default:
 * recheck's fuzz checker stops on wall-clock timeouts, so on a busy machine parallel checks can
 * flip an answer (a linear pattern reported polynomial, or `unknown`).
 */
export async function audit(sites: readonly PatternSite[], parallel = 1): Promise<AuditResult[]> {
  const cache = readCache();
  const results: AuditResult[] = new Array(sites.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < sites.length; i = next++) {
      const site = sites[i]!;
      const hit = cache.get(keyOf(site));
      const started = Date.now();
      const answer = hit ?? (await ask(site));
      results[i] = { ...answer, site, ms: Date.now() - started, cached: !!hit };
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

export function describe(r: AuditResult): string {
  const re = `/${r.site.source}/${r.site.flags}`;
  const where = r.site.where.slice(0, 3).join(', ') + (r.site.where.length > 3 ? ` (+${r.site.where.length - 3} more)` : '');
  if (r.status === 'vulnerable') return `VULNERABLE ${r.complexity}: ${re}\n  at ${where}\n  attack: ${r.attack?.pattern}`;
  if (r.status === 'unknown') return `unknown (${r.error}): ${re}\n  at ${where}`;
  return `safe (${r.complexity}): ${re}`;
}
