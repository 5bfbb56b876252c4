// Measures how often the verdict's `reason` agrees with Sisimai's full-message label for one
// diagnostic line read alone (no host, no headers). A measurement, not a target: the line alone
// often cannot tell what the whole message told Sisimai (sisimai.md "One line vs. the whole message").
// Usage: npx tsx scripts/lines-agreement.mjs [--list] [--reason=<expected>] [--got=<reason>]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../src/core/index.ts';

// Quietly stop when the reader closes the pipe (`| head`).
process.stdout.on('error', (e) => (e.code === 'EPIPE' ? process.exit(0) : Promise.reject(e)));

// Same corpus location as the corpus test: ${BOUNCE_CORPUS ?? '../shared/corpus'}/sisimai, from the repo root.
const root = fileURLToPath(new URL('..', import.meta.url));
const FILE = resolve(root, process.env.BOUNCE_CORPUS ?? '../shared/corpus', 'sisimai/diagnostic-lines.tsv');
const args = process.argv.slice(2);
const list = args.includes('--list');
const onlyReason = args.find((a) => a.startsWith('--reason='))?.slice(9);
const onlyGot = args.find((a) => a.startsWith('--got='))?.slice(6);

const rows = readFileSync(FILE, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
let agree = 0;
let sisimaiLineOnly = 0;
const confusions = new Map();
const misses = [];
for (const [line, reason, , , , , , lineOnly] of rows) {
  const v = classify(line);
  if (v.reason === reason) agree++;
  else {
    const key = `${reason} → ${v.reason}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
    misses.push({ reason, got: v.reason, rule: v.ruleId, line });
  }
  if (lineOnly === reason) sisimaiLineOnly++;
}
const pct = (n) => `${((100 * n) / rows.length).toFixed(1)}%`;
console.log(`lines: ${rows.length}`);
console.log(`agreement with Sisimai's full-message reason: ${agree} (${pct(agree)})`);
console.log(`Sisimai's own Reason->match(line), for comparison: ${sisimaiLineOnly} (${pct(sisimaiLineOnly)})`);
console.log('top confusions (expected → got):');
for (const [k, n] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(3)}  ${k}`);
if (list || onlyReason || onlyGot) {
  for (const m of misses) {
    if (onlyReason && m.reason !== onlyReason) continue;
    if (onlyGot && m.got !== onlyGot) continue;
    console.log(`${m.reason} → ${m.got} [${m.rule}] ${m.line.slice(0, 260)}`);
  }
}
