#!/usr/bin/env node
// `npm start`: build the Chrome extension, then
// - with a display: open Chromium (headed) with the extension on a demo bounce page, served over
//   local HTTPS as mail.google.com exactly as in the e2e tests (nothing leaves the machine);
// - without one: print the command line's explanation of a sample Apple CS02 line.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, DIST, ROOT, startFixtureServer } from '../test/e2e/support.mjs';

const SAMPLE = '554 5.7.1 [CS02] Message rejected due to local policy';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Runs a command in the repo; resolves with its exit code. */
function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function demo() {
  const server = await startFixtureServer();
  const profile = await mkdtemp(join(tmpdir(), 'bounce-lens-demo-'));
  console.log(`Demo page: https://mail.google.com/ (served from 127.0.0.1:${server.port}). Close the browser to stop.`);
  const cleanup = async () => {
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  // Ctrl-C reaches Chromium too; wait for it to exit so the temp profile and server are cleaned up.
  process.on('SIGINT', () => {});
  try {
    // Playwright's headless flags are not needed here; --disable-extensions-except keeps other extensions out.
    await run(CHROMIUM, [`--user-data-dir=${profile}`, ...chromiumArgs(server.port, DIST), 'https://mail.google.com/']);
  } finally {
    await cleanup();
  }
}

const built = await run('npx', ['vite', 'build']);
if (built !== 0) process.exit(built);

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  await demo();
} else {
  console.log(`\nNo display (DISPLAY/WAYLAND_DISPLAY unset), so no browser. The extension is in ${DIST}.`);
  console.log(`Here is what Bounce Lens says about "${SAMPLE}":\n`);
  process.exitCode = await run('npx', ['tsx', 'src/cli/main.ts', 'explain', SAMPLE]);
}
