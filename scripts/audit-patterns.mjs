#!/usr/bin/env node
// Prints the ReDoS audit of every pattern the product runs (test/redos/collect.ts): each
// vulnerable or undecided pattern with where it is, recheck's attack, and how long V8 takes on
// that attack at 64 KB (the most classify reads). The same audit runs in CI as
// test/redos/redos.test.ts. Run with tsx (it imports the TypeScript sources):
//   npx tsx scripts/audit-patterns.mjs [--all] [--write-cache]
// --all lists the safe patterns too; --write-cache stores recheck's answers in
// test/redos/recheck-cache.json (REDOS_FULL=1 re-asks recheck for every pattern).
// Exit code 1 when any pattern is vulnerable.

import { audit, CACHE_FILE, describe, writeCache } from '../test/redos/audit.ts';
import { collectPatterns } from '../test/redos/collect.ts';
import { attackOfLength, timeMatch } from '../test/redos/measure.ts';

const all = process.argv.includes('--all');
const started = Date.now();
const { patterns, tablePatterns, notes } = await collectPatterns();
const results = await audit(patterns);
const count = (s) => results.filter((r) => r.status === s).length;
for (const r of results) {
  if (!all && r.status === 'safe') continue;
  let line = describe(r);
  if (r.attack) {
    const ms = await timeMatch(r.site.source, r.site.flags, attackOfLength(r.attack, 64 * 1024), 5000);
    line += `\n  V8 on a 64 KB attack: ${Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'over 5 s (stopped)'}`;
  }
  console.log(line);
}
for (const n of notes) console.log(`note: ${n}`);
if (process.argv.includes('--write-cache')) {
  writeCache(results);
  console.log(`wrote ${CACHE_FILE}`);
}
console.log(
  `${patterns.length} distinct patterns (${tablePatterns} RegExp entries in the rule tables; ` +
    `${results.filter((r) => !r.cached).length} asked, ${results.filter((r) => r.cached).length} cached): ` +
    `${count('safe')} safe, ${count('vulnerable')} vulnerable, ${count('unknown')} unknown, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(count('vulnerable') > 0 ? 1 : 0);
