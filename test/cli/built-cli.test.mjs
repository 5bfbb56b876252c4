// The built command line, as users and benchmarks run it: `node dist-cli/bounce-lens.mjs ...`
// (contract.md, "Command line"). Run by `npm test` after the build, like the e2e suites. The
// bundle is started by a launcher through V8's code cache (src/cli/launcher.mjs), so these tests
// check that the launcher changes nothing: the same output as the TypeScript sources run by tsx,
// with and without the cache, and that the cache this build wrote is one this Node accepts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist-cli');
const BIN = join(DIST, 'bounce-lens.mjs');
const FIXTURES = join(ROOT, 'test/fixtures/bounces');
const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy';

function run(bin, args, input) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command from the sources (`npm run cli` runs tsx on src/cli/main.ts). */
function fromSources(args, input) {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const r = spawnSync(process.execPath, [tsx, join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the build wrote the launcher, the bundle and a code cache this Node accepts', () => {
  for (const f of ['bounce-lens.mjs', 'bounce-lens.cjs', 'bounce-lens.code-cache']) assert.ok(existsSync(join(DIST, f)), `${f} missing: run npm run build:cli`);
  // Compiled as the launcher compiles it: V8 sets cachedDataRejected when the cache does not fit.
  const file = join(DIST, 'bounce-lens.cjs');
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData: readFileSync(join(DIST, 'bounce-lens.code-cache')) });
  assert.equal(script.cachedDataRejected, false);
});

test('parse gives what the sources give, record for record', () => {
  const built = run(BIN, ['parse', FIXTURES]);
  const source = fromSources(['parse', FIXTURES]);
  assert.equal(built.status, 0, built.stderr);
  assert.equal(source.status, 0, source.stderr);
  const lines = built.stdout.trim().split('\n');
  assert.ok(lines.length >= 19, `one line per record at least per fixture, got ${lines.length}`);
  assert.equal(built.stdout, source.stdout);
});

test('classify reads standard input line by line, blank lines included', () => {
  const input = `${CS02}\n\n550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown\n`;
  const built = run(BIN, ['classify'], input);
  assert.equal(built.status, 0, built.stderr);
  const verdicts = built.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(verdicts.length, 3);
  assert.equal(verdicts[0].provider, 'apple');
  assert.equal(verdicts[0].actor, 'esp');
  assert.equal(verdicts[1].bounce, false);
  assert.equal(verdicts[2].hardBounce, true);
  assert.equal(built.stdout, fromSources(['classify'], input).stdout);
});

test('explain and --setup reach the core through the launcher', () => {
  const shared = run(BIN, ['explain', CS02]);
  const dedicated = run(BIN, ['explain', '--setup', 'dedicated', CS02]);
  assert.equal(shared.status, 0, shared.stderr);
  assert.equal(shared.stdout, fromSources(['explain', CS02]).stdout);
  assert.notEqual(dedicated.stdout, shared.stdout);
});

test('bad usage and unreadable files give their exit codes, not a crash', () => {
  const usage = run(BIN, ['frobnicate']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /unknown command/);
  const missing = run(BIN, ['parse', join(ROOT, 'no-such-file.eml')]);
  assert.equal(missing.status, 1);
  assert.match(JSON.parse(missing.stdout.trim()).error, /no such file|ENOENT/i);
});

test('without its code cache the command line still runs and answers the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bounce-lens-cli-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    rmSync(join(dir, 'bounce-lens.code-cache'));
    const bare = run(resolve(dir, 'bounce-lens.mjs'), ['parse', FIXTURES]);
    assert.equal(bare.status, 0, bare.stderr);
    assert.equal(bare.stdout, run(BIN, ['parse', FIXTURES]).stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
