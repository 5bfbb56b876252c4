// Firefox smoke test (issue 7): the BUILT Firefox add-on (dist-firefox/, `npm run build:firefox`)
// in headless firefox-esr through puppeteer-core (WebDriver BiDi). A fixture page served as
// https://mail.google.com/ must get its bounces marked: the content script found them, the
// background classified them (marks are drawn only for verdicts the background sent back).
// Skips with one line when /usr/bin/firefox-esr is missing (FIREFOX_BIN overrides the path).
//
// Routing a real host name to a local server in Firefox: a tiny HTTP proxy, set through prefs,
// answers CONNECT for the fixture hosts by tunnelling to the local HTTPS fixture server
// (self-signed certificate, accepted with acceptInsecureCerts) and refuses every other host, so
// nothing leaves the machine. (Chromium uses --host-resolver-rules instead: test/e2e/support.mjs.)

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, SITES, startFixtureServer } from '../e2e/support.mjs';

const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const DIST = process.env.BOUNCE_LENS_FIREFOX_DIST ?? join(ROOT, 'dist-firefox');
const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy';
const skip = existsSync(FIREFOX) ? false : `${FIREFOX} not found: Firefox smoke test skipped (apt-get install firefox-esr)`;

/** An HTTP proxy that tunnels CONNECT for the fixture hosts to `httpsPort` and refuses the rest. */
async function startProxy(httpsPort) {
  const refused = [];
  const tunnelled = [];
  const server = createServer((req, res) => {
    refused.push(req.headers.host ?? req.url);
    res.writeHead(403).end();
  });
  server.on('connect', (req, client, head) => {
    const [host, port] = (req.url ?? '').split(':');
    if (!(host in SITES) || port !== '443') {
      refused.push(req.url);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnelled.push(host);
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: server.address().port,
    refused,
    tunnelled,
    close: () => {
      server.closeAllConnections?.();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** Firefox prefs: every request through the proxy (localhost too), no DNS-over-HTTPS. */
const proxyPrefs = (port) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'network.trr.mode': 5,
});

describe('Bounce Lens in Firefox', { skip, timeout: 90_000 }, () => {
  let fixtures;
  let proxy;
  let browser;

  before(async () => {
    assert.ok(existsSync(join(DIST, 'manifest.json')), `${DIST} is built (npm run build:firefox)`);
    const { default: puppeteer } = await import('puppeteer-core');
    fixtures = await startFixtureServer();
    proxy = await startProxy(fixtures.port);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: proxyPrefs(proxy.port),
    });
  });

  after(async () => {
    await browser?.close();
    await proxy?.close();
    await fixtures?.close();
  });

  test('the add-on installs with its gecko id', async () => {
    const id = await browser.installExtension(DIST);
    assert.equal(id, 'bounce-lens@bounce-lens.example');
  });

  test('on a Gmail-like page the content script marks the bounces the background classified', async () => {
    const page = await browser.newPage();
    await page.goto('https://mail.google.com/', { waitUntil: 'load' });
    // Marks are CSS highlights (Firefox 140+) or, where that API is missing, <mark data-bounce-lens>.
    await page.waitForFunction(
      () => (CSS.highlights?.get('bounce-lens')?.size ?? 0) > 0 || document.querySelector('[data-bounce-lens]') !== null,
      { timeout: 20_000 },
    );
    const marked = await page.evaluate(() => [
      ...['bounce-lens', 'bounce-lens-temporary'].flatMap((n) => [...(CSS.highlights?.get(n) ?? [])].map((r) => r.toString())),
      ...[...document.querySelectorAll('[data-bounce-lens]')].map((e) => e.textContent ?? ''),
    ]);
    const text = marked.join(' ').replace(/\s+/g, ' ');
    assert.ok(text.includes(CS02), `the CS02 line is marked (marked: ${JSON.stringify(marked).slice(0, 400)})`);
    console.log(`${marked.length} marked range(s) in Firefox`);
    const inCompose = await page.evaluate(() =>
      [...(CSS.highlights?.get('bounce-lens') ?? [])].some((r) => r.startContainer.parentElement?.closest('textarea, [contenteditable]')),
    );
    assert.equal(inCompose, false, 'nothing inside the compose box is marked');
    await page.close();
  });

  test('the page came through the local tunnel; everything else was refused', () => {
    assert.ok(proxy.tunnelled.includes('mail.google.com'));
    // Firefox's own services (if any) end here; the fixture page loads nothing from elsewhere.
    if (proxy.refused.length) console.log(`refused by the test proxy: ${[...new Set(proxy.refused)].join(', ')}`);
  });
});
