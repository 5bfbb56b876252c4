#!/usr/bin/env node
// `npm test`: everything CI runs, in order — types, lint, spelling of the rule files, both builds,
// web-ext lint of the Firefox build, unit/component/corpus/fuzz/ReDoS tests (vitest), then the built command
// line (test/cli), the e2e suite in Chromium and the Firefox smoke test, both against the built extension.
// Ends with one `N passed, N failed` line (the CI log reader does not read vitest's own summary).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
const failedSteps = [];

function run(name, cmd, args, { capture = false } = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (capture && r.stdout) process.stdout.write(r.stdout);
  const ok = r.status === 0;
  process.stdout.write(`${ok ? '✔' : '✘'} ${name} (${secs}s)\n`);
  if (!ok) failedSteps.push(name);
  return { ok, stdout: r.stdout ?? '' };
}

const npx = 'npx';
run('types', npx, ['tsc', '--noEmit']);
run('lint', npx, ['eslint', '.']);
run('spelling', npx, ['cspell', '--no-progress', '--no-summary', 'src/rules/**/*.ts']);
const built = run('build', 'npm', ['run', '--silent', 'build']).ok;

const vitest = run('unit', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`]);
try {
  const json = JSON.parse(readFileSync(`${results}/vitest.json`, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  if (!vitest.ok && (json.numFailedTests ?? 0) === 0) failed += 1; // a suite that failed to load
} catch {
  failed += 1;
}

if (built) {
  run('firefox lint', npx, ['web-ext', 'lint', '--source-dir', 'dist-firefox']);
}

function tap(name, args) {
  const r = run(name, 'node', ['--test', '--test-concurrency=1', '--test-reporter=tap', ...args], { capture: true });
  writeFileSync(`${results}/${name.replace(/\W+/g, '-')}.tap`, r.stdout);
  const pass = Number(/^# pass (\d+)/m.exec(r.stdout)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(r.stdout)?.[1] ?? 0);
  passed += pass;
  failed += fail;
  if (!r.ok && fail === 0) failed += 1;
}

if (built) {
  tap('cli', ['test/cli/']);
  tap('e2e', ['test/e2e/']);
  tap('firefox', ['test/firefox/']);
} else {
  process.stdout.write('e2e skipped: the build failed\n');
}

// A failed check (types, lint, spelling, build) counts as a failure too.
for (const step of failedSteps) if (!['unit', 'cli', 'e2e', 'firefox'].includes(step)) failed += 1;
if (failedSteps.length > 0) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 || failedSteps.length > 0 ? 1 : 0;
