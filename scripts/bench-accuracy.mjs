#!/usr/bin/env node
// Accuracy of `parse` against the Sisimai corpus labels: reason / status / recipient / hardBounce
// agreement over all labelled records and over maildir/bsd, the 20 most common reason
// disagreements, a per-reason precision/recall table, and the weakest formats.
// The report itself is TypeScript (test/corpus/report.ts, shared with the corpus test); this
// wrapper runs it with the repo's own tsx so plain `node scripts/bench-accuracy.mjs` works.
// Options pass through: --json, --list FIELD [-v], --subset bsd, --file SUBSTR.
// Corpus: ${BOUNCE_CORPUS ?? '../shared/corpus'}/sisimai, relative to the repo root.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const r = spawnSync(tsx, ['test/corpus/report.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
