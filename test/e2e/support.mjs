// Shared by the e2e suite and scripts/start.mjs: a local HTTPS server that serves the fixture pages
// under the real webmail and ESP host names, and Chromium flags that send those names to it.
// Nothing leaves the machine: every other host name resolves to nothing (MAP * ~NOTFOUND).

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built extension; BOUNCE_LENS_DIST points elsewhere (a build that a parallel `vite build` cannot replace). */
export const DIST = process.env.BOUNCE_LENS_DIST ?? join(ROOT, 'dist');
export const PAGES = join(ROOT, 'test', 'fixtures', 'pages');

/** Which fixture each mapped host serves at `/`; any fixture page is also served at `/<file>.html`. */
export const SITES = {
  'mail.google.com': 'gmail-bounce.html',
  'app.sendgrid.com': 'sendgrid-activity.html',
  'outlook.live.com': 'outlook.html',
  'mail.yahoo.com': 'yahoo.html',
  'www.icloud.com': 'icloud.html',
  'app.fastmail.com': 'fastmail.html',
  'mail.proton.me': 'proton.html',
  'app.mailgun.com': 'mailgun.html',
  'account.postmarkapp.com': 'postmark.html',
  'us-east-1.console.aws.amazon.com': 'ses.html',
  'app.sparkpost.com': 'sparkpost.html',
  'mandrillapp.com': 'mandrill.html',
  'app.brevo.com': 'brevo.html',
  // Not a declared host: the content script runs there only when injected on demand.
  'status.example.org': 'plain-log.html',
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

/**
 * Starts the HTTPS fixture server on 127.0.0.1 (a free port); `close()` stops it and removes the
 * cert. `pages` adds generated pages (file name → HTML), served like the fixture files.
 */
export async function startFixtureServer({ pages = {} } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'bounce-lens-cert-'));
  const server = createServer(await makeCert(dir), async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const named = /^\/[a-z0-9-]+\.html$/.test(path) ? path.slice(1) : null;
    const file = SITES[host] ? (named ?? (path === '/' || path.startsWith('/ses/') ? SITES[host] : null)) : null;
    if (!file || (!Object.hasOwn(pages, file) && !existsSync(join(PAGES, file)))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(Object.hasOwn(pages, file) ? pages[file] : await readFile(join(PAGES, file)));
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

// ---------------------------------------------------------------------------
// Helpers of the fixture-page suites (pages-*.test.mjs): one browser per file.

/** Folds white space, for comparing page text. */
export const fold = (s) => String(s).replace(/\s+/g, ' ').trim();

/** The expectations next to the fixture pages. */
export async function expectations() {
  return JSON.parse(await readFile(join(PAGES, 'expected.json'), 'utf8'));
}

/**
 * Launches Chromium with the built extension and the fixture server. Returns the context, the
 * extension id, an extension page to send extension-only messages from, and small helpers.
 */
export async function launch({ chromium, dist = DIST, pages = {}, acceptDownloads = false }) {
  const server = await startFixtureServer({ pages });
  const profile = await mkdtemp(join(tmpdir(), 'bounce-lens-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs(server.port, dist), acceptDownloads });
  const worker = async () => ctx.serviceWorkers()[0] ?? ctx.waitForEvent('serviceworker', { timeout: 10_000 });
  const extId = new URL((await worker()).url()).host;
  const extPage = await ctx.newPage();
  await extPage.goto(`chrome-extension://${extId}/src/popup/index.html`);
  const message = (msg) => extPage.evaluate((m) => chrome.runtime.sendMessage(m), msg);
  const tabIds = async () => (await worker()).evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const badge = async (tabId) => (await worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const setSettings = (settings) => extPage.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  async function open(url) {
    const known = await tabIds();
    const page = await ctx.newPage();
    await page.goto(url);
    const tabId = (await tabIds()).find((id) => !known.includes(id));
    if (tabId === undefined) throw new Error('no tab id for the new page');
    return { page, tabId };
  }
  /** Waits until the tab's content script is done and its count is `count` (or the time is up); returns the count. */
  async function settle(tabId, count, timeout = 8_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const reply = await message({ type: 'scanTab', tabId });
      const last = reply.ok ? reply.count : null;
      if ((last === count || count === undefined) && last !== null && (await badge(tabId)) === (last ? String(last) : '')) return last;
      if (Date.now() > end) return last;
      await new Promise((ok) => setTimeout(ok, 150));
    }
  }
  async function close() {
    await ctx.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
  return { ctx, extId, extPage, message, badge, tabIds, open, settle, setSettings, close, worker };
}

/**
 * Every highlighted range on the page and in its frames (read in each frame's main world: the
 * highlight registry is the document's), with its rectangle in page coordinates.
 */
export async function marksOf(page) {
  const out = [];
  for (const frame of page.frames()) {
    let offset = { x: 0, y: 0 };
    if (frame !== page.mainFrame()) {
      const box = await (await frame.frameElement()).boundingBox().catch(() => null);
      if (!box) continue;
      offset = box;
    }
    const found = await frame
      .evaluate(() =>
        ['bounce-lens', 'bounce-lens-temporary'].flatMap((name) =>
          [...(globalThis.CSS?.highlights?.get(name) ?? [])].map((r) => {
            const rect = r.getClientRects()[0];
            return {
              name,
              text: r.toString(),
              editable: !!r.startContainer.parentElement?.closest('textarea, input, [contenteditable], [role=textbox]'),
              rect: rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null,
            };
          }),
        ),
      )
      .catch(() => []);
    for (const m of found) out.push({ ...m, frame, rect: m.rect && { x: m.rect.x + offset.x, y: m.rect.y + offset.y } });
  }
  return out;
}

/**
 * Checks a page state against its expectations: the badge and getTabVerdicts count each bounce
 * once, with its recipient, category and permanence; each bounce's reply is marked; nothing in a
 * compose box or form field is. Returns the marks and verdicts.
 */
export async function checkState(b, { page, tabId }, bounces, editable = [], assert) {
  const count = await b.settle(tabId, bounces.length);
  assert.equal(count, bounces.length, `the count is ${bounces.length}`);
  assert.equal(await b.badge(tabId), bounces.length ? String(bounces.length) : '', 'the badge shows the count');
  const { verdicts } = await b.message({ type: 'getTabVerdicts', tabId });
  const left = [...verdicts];
  for (const e of bounces) {
    const i = left.findIndex((v) => v.recipient?.toLowerCase() === e.recipient.toLowerCase() && v.permanence === e.permanence && (e.category === null || v.category === e.category));
    assert.ok(i >= 0, `a ${e.permanence} ${e.category ?? ''} verdict for ${e.recipient}; got ${JSON.stringify(left.map((v) => [v.recipient, v.category, v.permanence]))}`);
    left.splice(i, 1);
  }
  assert.equal(left.length, 0, 'no other verdicts');
  const marks = await marksOf(page);
  const marked = fold(marks.map((m) => m.text).join(' \u0000 '));
  for (const e of bounces) assert.ok(marked.includes(fold(e.marked)), `“${e.marked}” is marked`);
  assert.ok(marks.every((m) => !m.editable), 'nothing in an editable region is marked');
  for (const text of editable) assert.ok(!marked.includes(fold(text)), `“${text}” (a compose box) is not marked`);
  return { marks, verdicts };
}

/** The card (in the page, or in the frame whose own script shows it) once it is visible. */
export async function visibleCard(page, frame) {
  const where = [page.locator('[role=tooltip]'), ...(frame && frame !== page.mainFrame() ? [frame.locator('[role=tooltip]')] : [])];
  return Promise.any(where.map(async (l) => (await l.waitFor({ state: 'visible', timeout: 5_000 }), l)));
}

/** Hovers the first mark and checks its card: severity in words, who acts, the verdict's summary. */
export async function checkHoverCard(page, marks, verdicts, assert) {
  const mark = marks.find((m) => m.rect);
  assert.ok(mark, 'a mark to hover');
  await page.mouse.move(mark.rect.x, mark.rect.y);
  const card = await visibleCard(page, mark.frame);
  const text = fold(await card.textContent());
  assert.match(text, /Permanent|Temporary/, 'the card says how permanent it is in words');
  assert.match(text, /Who acts/, 'the card says who acts');
  assert.ok(verdicts.some((v) => text.includes(fold(v.summary))), `the card shows a verdict's summary: ${text}`);
  return card;
}

/**
 * Saves a screenshot as `name` in test-results/screenshots/, and in docs/screenshots/ with
 * BOUNCE_LENS_SCREENSHOTS=1 (unless `docs` is false: a shot the README does not show).
 */
export async function saveShot(page, name, { fullPage = false, docs = true } = {}) {
  const dirs = [join(ROOT, 'test-results', 'screenshots'), ...(docs && process.env.BOUNCE_LENS_SCREENSHOTS ? [join(ROOT, 'docs', 'screenshots')] : [])];
  for (const dir of dirs) {
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: join(dir, name), fullPage });
  }
}
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Screenshots of an extension page in light and dark, as `popup-<name>-<scheme>.png`. */
export async function shootPopup(page, name) {
  await page.locator('.toast.visible').waitFor({ state: 'detached', timeout: 6_000 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await saveShot(page, `popup-${name}-${scheme}.png`, { fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** axe-core's violations in both colour schemes; evaluate() is not subject to the page's CSP. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(AXE, 'utf8'));
  const found = {};
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    found[scheme] = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
