#!/usr/bin/env node
// Store packages from the built extension (issue 7), with no network:
//   artifacts/bounce-lens-chrome-<version>.zip   from dist/ (Chrome Web Store)
//   artifacts/bounce-lens-firefox-<version>.zip  from dist-firefox/ via `web-ext build` (addons.mozilla.org)
//   artifacts/bounce-lens-source-<version>.zip   the tracked sources, for AMO's source review
// Run after `npm run build` (package.json: "package": "npm run build && node scripts/package.mjs").
//
// The Chrome zip is written here (Node's zlib, no zip tool needed): entries sorted, one fixed
// timestamp, so the same dist/ gives the same bytes (a reviewer can rebuild and compare).
// Refuses a dev-server build (toolchain.md gotcha 3: its loader imports http://localhost:5173)
// and a manifest whose version differs from package.json's.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTIFACTS = join(ROOT, 'artifacts');
const fail = (msg) => {
  console.error(`package: ${msg}`);
  process.exit(1);
};

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.isFile() && !/^\.|\.map$/.test(e.name) ? [p] : [];
  });
}

/** Checks a build directory before it is packed. */
function checkBuild(dir, label) {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) fail(`${label}: ${relative(ROOT, dir)}/manifest.json missing; run \`npm run build\``);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.version !== version) fail(`${label}: manifest version ${manifest.version} differs from package.json ${version}`);
  for (const f of files(dir).filter((f) => /\.(?:js|html)$/.test(f))) {
    if (readFileSync(f, 'utf8').includes('localhost:5173')) fail(`${label}: ${relative(ROOT, f)} is a dev-server build; run \`npm run build\``);
  }
  return manifest;
}

// --- a minimal ZIP writer (APPNOTE.TXT 6.3.x: local headers, central directory, end record) ---
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1; // 2020-01-01: fixed, for reproducible archives

function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const method = packed.length < data.length ? 8 : 0;
    const body = method === 8 ? packed : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function report(file) {
  const data = readFileSync(file);
  const sha = createHash('sha256').update(data).digest('hex');
  console.log(`${relative(ROOT, file)}  ${(data.length / 1024).toFixed(1)} kB  sha256 ${sha}`);
}

mkdirSync(ARTIFACTS, { recursive: true });

// Chrome Web Store: the manifest at the zip's root.
const chromeDir = join(ROOT, 'dist');
checkBuild(chromeDir, 'chrome');
const entries = files(chromeDir)
  .map((f) => ({ name: relative(chromeDir, f).split(sep).join('/'), data: readFileSync(f) }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const chromeZip = join(ARTIFACTS, `bounce-lens-chrome-${version}.zip`);
writeFileSync(chromeZip, zip(entries));
report(chromeZip);

// addons.mozilla.org: web-ext builds (and checks) the package itself; it runs offline.
const firefoxDir = join(ROOT, 'dist-firefox');
checkBuild(firefoxDir, 'firefox');
const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
const name = `bounce-lens-firefox-${version}.zip`;
const r = spawnSync(webExt, ['build', '--source-dir', firefoxDir, '--artifacts-dir', ARTIFACTS, '--filename', name, '--overwrite-dest', '--no-input', '--ignore-files', '**/*.map'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
if (r.status !== 0) fail(`web-ext build failed (exit ${r.status ?? r.signal})\n${r.stdout ?? ''}`);
report(join(ARTIFACTS, name));
if (statSync(chromeZip).size === 0) fail('empty Chrome package');

// addons.mozilla.org asks for the sources of bundled code, with build steps (README), for review
// (https://extensionworkshop.com/documentation/publish/source-code-submission/): the tracked files
// as they are in this checkout. Read-only git; skipped outside a git checkout.
const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
if (tracked.status === 0) {
  const names = tracked.stdout.split('\0').filter((n) => n && existsSync(join(ROOT, n))).sort();
  const sourceZip = join(ARTIFACTS, `bounce-lens-source-${version}.zip`);
  writeFileSync(sourceZip, zip(names.map((n) => ({ name: n, data: readFileSync(join(ROOT, n)) }))));
  report(sourceZip);
}
