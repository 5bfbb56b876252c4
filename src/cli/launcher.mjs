#!/usr/bin/env node
// bounce-lens: the command line's entry (package.json "bin"). It runs the bundled command line,
// bounce-lens.cjs (built from src/cli/main.ts), through V8's code cache, bounce-lens.code-cache:
// the bytecode of every function a warm-up run compiled (written by vite.cli.config.ts). A process
// reads ~900 emails cold, and compiling a 500 kB bundle function by function as the first emails
// reach it cost about a tenth of `npm run bench:speed` (median 0.86 -> 0.79 s here; issue 3). Node 22 does the same for
// any module with module.enableCompileCache(); the engines field allows Node 20, which has only
// the vm API for it.
//
// The cache holds compiled code only, never results. V8 checks it against this bundle's source,
// its own version and flags, and ignores it when they differ (the code is then compiled as usual).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const dir = dirname(fileURLToPath(import.meta.url));
const file = join(dir, 'bounce-lens.cjs');
const cacheFile = join(dir, 'bounce-lens.code-cache');

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache (a build without its warm-up): compiled as usual.
}
// The wrapper Node puts around a CommonJS module, on the source's first line so positions in
// stack traces stay right.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
const script = new Script(source, { filename: file, cachedData });
if (process.env.BOUNCE_LENS_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dir);
