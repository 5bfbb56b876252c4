// ReDoS audit in CI (issue 7): every regular expression the product runs (collect.ts: rule tables,
// patterns the core builds at run time, regex literals anywhere under src/) goes through recheck.
// A `vulnerable` answer fails the test of the file it stands in, unless accepted.ts lists it with
// a reason and recheck's own attack stays under ACCEPT_MS at 64 KB in V8 (checked here).
// `unknown` (recheck ran out of time) is printed as a note. Cached answers: audit.ts.
// The standalone printer with V8 timings for every finding: `npx tsx scripts/audit-patterns.mjs`.

import { describe, expect, it } from 'vitest';
import { ACCEPT_MS, ACCEPTED } from './accepted.ts';
import { audit, describe as describeResult, type AuditResult } from './audit.ts';
import { collectPatterns } from './collect.ts';
import { attackOfLength, timeMatch } from './measure.ts';

const { patterns, tablePatterns, notes } = await collectPatterns();
// The first run on a fresh clone without the cache asks recheck about every pattern (minutes).
const results = await audit(patterns);

const acceptedKey = (source: string, flags: string) => `/${source}/${flags}`;
const accepted = new Map(ACCEPTED.map((a) => [acceptedKey(a.source, a.flags), a]));
const isAccepted = (r: AuditResult) => accepted.has(acceptedKey(r.site.source, r.site.flags));

/** The source file a pattern stands in (the first `src/…` place named), or its rule table. */
function fileOf(r: AuditResult): string {
  const inSrc = r.site.where.find((w) => w.startsWith('src/') && !w.includes('(constructed)') && !w.startsWith('src/core/match.ts'));
  const built = r.site.where.find((w) => w.startsWith('src/'));
  return (inSrc ?? built ?? r.site.where[0] ?? 'unknown').replace(/:\d+.*$/, '');
}

const byFile = new Map<string, AuditResult[]>();
for (const r of results) byFile.set(fileOf(r), [...(byFile.get(fileOf(r)) ?? []), r]);

describe(`ReDoS audit: ${patterns.length} distinct patterns (${tablePatterns} in the rule tables)`, () => {
  for (const [file, rs] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    it(`${file}: no vulnerable pattern (${rs.length} audited)`, () => {
      const bad = rs.filter((r) => r.status === 'vulnerable' && !isAccepted(r));
      expect(bad.map(describeResult).join('\n\n'), `${bad.length} vulnerable pattern(s); rewrite them (docs/hardening.md)`).toBe('');
    });
  }

  it('accepted polynomial patterns stay fast on recheck’s own attack at 64 KB', async () => {
    const slow: string[] = [];
    for (const r of results.filter((x) => x.status === 'vulnerable' && isAccepted(x))) {
      const input = attackOfLength(r.attack!, 64 * 1024);
      let best = Infinity;
      for (let i = 0; i < 3 && best > ACCEPT_MS; i++) best = Math.min(best, await timeMatch(r.site.source, r.site.flags, input, 2000));
      if (best > ACCEPT_MS) slow.push(`${best === Infinity ? 'over 2 s' : `${best.toFixed(1)} ms`}: /${r.site.source}/${r.site.flags} (${accepted.get(acceptedKey(r.site.source, r.site.flags))?.why})`);
    }
    expect(slow, 'accepted.ts entries that are not linear after all').toEqual([]);
  });

  it('patterns recheck could not decide are listed (not a failure)', () => {
    const unknown = results.filter((r) => r.status === 'unknown');
    const used = new Set(results.map((r) => acceptedKey(r.site.source, r.site.flags)));
    const stale = ACCEPTED.filter((a) => !used.has(acceptedKey(a.source, a.flags)));
    for (const r of unknown) console.log(`note: recheck ${describeResult(r)}`);
    for (const a of stale) console.log(`note: accepted.ts entry no longer used: /${a.source.slice(0, 60)}…/`);
    for (const n of notes) console.log(`note: ${n}`);
    expect(results.length).toBe(patterns.length);
  });
});
