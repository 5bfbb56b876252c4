#!/usr/bin/env node
// Wall time of ONE command-line process parsing the whole Sisimai corpus:
//   node dist-cli/bounce-lens.mjs parse <corpus>/sisimai/maildir <corpus>/sisimai/mailbox
//        <corpus>/sisimai/to-be-debugged-because
// Build the CLI first with `npm run build:cli`. Prints the time, the number of files and records,
// and records per second. `--runs N` repeats and reports the best and the median.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = resolve(root, 'dist-cli/bounce-lens.mjs');
const corpus = resolve(root, process.env.BOUNCE_CORPUS ?? '../shared/corpus', 'sisimai');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;

if (!existsSync(cli)) {
  console.error(`${cli} not found: run \`npm run build:cli\` first`);
  process.exit(2);
}
if (!existsSync(resolve(corpus, 'manifest.jsonl'))) {
  console.error(`corpus not found at ${corpus} (set BOUNCE_CORPUS)`);
  process.exit(2);
}

const args = [cli, 'parse', ...['maildir', 'mailbox', 'to-be-debugged-because'].map((d) => resolve(corpus, d))];
const times = [];
let stdout = '';
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (r.error) throw r.error;
  stdout = r.stdout;
}
const lines = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const files = new Set(lines.map((l) => l.file)).size;
const errors = lines.filter((l) => l.error).length;
times.sort((a, b) => a - b);
const best = times[0];
const median = times[Math.floor(times.length / 2)];
// Wall time on a shared machine grows with its load: print it next to the figures.
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
console.log(`one process: ${files} files, ${lines.length} records (${errors} with error)`);
console.log(`wall time: ${best.toFixed(0)} ms${runs > 1 ? ` best, ${median.toFixed(0)} ms median of ${runs}` : ''}`);
console.log(`${((lines.length / best) * 1000).toFixed(0)} records/s`);
