// Shared by the e2e suite and scripts/start.mjs: a local HTTPS server that serves the fixture pages
// under the real webmail and ESP host names, and Chromium flags that send those names to it.
// Nothing leaves the machine: every other host name resolves to nothing (MAP * ~NOTFOUND).

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const PAGES = join(ROOT, 'test', 'fixtures', 'pages');

/** Which fixture each mapped host serves at `/`. */
export const SITES = {
  'mail.google.com': 'gmail-bounce.html',
  'app.sendgrid.com': 'sendgrid-activity.html',
};

/** A throwaway self-signed certificate for the mapped hosts (Chromium runs with --ignore-certificate-errors). */
async function makeCert(dir) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const san = Object.keys(SITES).map((h) => `DNS:${h}`).join(',');
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=bounce-lens-test', '-addext', `subjectAltName=${san}`, '-keyout', key, '-out', cert,
  ]);
  return { key: await readFile(key), cert: await readFile(cert) };
}

/** Starts the HTTPS fixture server on 127.0.0.1 (a free port); `close()` stops it and removes the cert. */
export async function startFixtureServer() {
  const dir = await mkdtemp(join(tmpdir(), 'bounce-lens-cert-'));
  const server = createServer(await makeCert(dir), async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const file = SITES[host];
    if (!file || (req.url !== '/' && !req.url?.startsWith('/?'))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(PAGES, file)));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    port,
    async close() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium flags: load the extension, map the fixture hosts to the server, refuse everything else. */
export function chromiumArgs(port, dist = DIST) {
  const rules = [...Object.keys(SITES).map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
