#!/usr/bin/env node
// `npm run bench:scan`: the content script's cost in Chromium (playwright-core), on generated pages
// served under real host names (test/e2e/support.mjs):
// 1. a 10,000-row ESP log (SendGrid-like; 4 in 10 rows are bounces, blocks or deferrals whose
//    replies name per-row recipients and IPs): time from the content script's first scan pass to
//    every bounce marked, and the longest main-thread task meanwhile (Long Tasks API);
// 2. a large page with no bounce (a Gmail-like thread of 200 ordinary messages above a table of
//    2,000 delivery rows: about 250 kB of text, a long article's worth): main-thread time the scan
//    costs;
// 3. the content scripts' sizes, gzipped (bytes; the target read as 15,000 bytes).
// Targets (issue 5): fully marked ≤ 300 ms with no task over 50 ms; no-bounce scan < 2 ms; ≤ 15 kB.
// Builds the extension into a temporary directory first (BOUNCE_LENS_DIST=dir uses that build).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launch, ROOT } from '../test/e2e/support.mjs';

const ROWS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ip = (i) => `198.51.100.${(i * 7) % 250}`;
const TEXTS = [
  (i) => ['Bounce', `550 5.1.1 <user${i}@example.net>: Recipient address rejected: User unknown in virtual mailbox table`],
  (i) => ['Blocked', `550 5.7.606 Access denied, banned sending IP [${ip(i)}]. To request removal from this list please visit https://sender.office.com/ and follow the directions.`],
  (i) => ['Deferred', `421 4.7.0 [TSS04] Messages from ${ip(i)} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes`],
  () => ['Bounce', "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."],
];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function logPage() {
  let rows = '';
  let bounces = 0;
  for (let i = 0; i < ROWS; i++) {
    let status = 'Delivered';
    let reason = `250 2.0.0 OK ${1714000000 + i} d9443c01a7336-${i.toString(16)}sm${i}pla.42 - gsmtp`;
    if (i % 10 < 4) {
      [status, reason] = TEXTS[i % 4](i);
      bounces++;
    } else if (i % 10 === 9) [status, reason] = ['Open', 'Opened on iPhone'];
    rows += `<tr><td>${status}</td><td>user${i}@example.net</td><td>Spring sale</td><td>${esc(reason)}</td><td>10:${String(i % 60).padStart(2, '0')}</td></tr>\n`;
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Email Activity (bench)</title>
<style>body{font:13px Arial,sans-serif;margin:16px}td,th{padding:4px 8px;border-bottom:1px solid #eee;text-align:left}</style></head>
<body><h1>Email Activity</h1><table><thead><tr><th>Status</th><th>Recipient</th><th>Subject</th><th>Reason</th><th>Time</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`;
  return { html, bounces };
}

function quietPage() {
  const words = 'the quarterly newsletter went out to every subscriber on the list and the open rate looked healthy across regions'.split(' ');
  let messages = '';
  for (let i = 0; i < 200; i++) {
    let para = '';
    for (let w = 0; w < 90; w++) para += `${words[(i * 31 + w * 7) % words.length]} `;
    messages += `<div class="adn" data-message-id="#m${i}"><div class="gE"><span class="gD" email="jo${i}@example.com">Jo ${i}</span></div><div class="a3s"><p>${para}</p><p>Version 4.16.55 shipped; 12 items at 550 each.</p></div></div>\n`;
  }
  let rows = '';
  for (let i = 0; i < 2_000; i++) rows += `<tr><td>Delivered</td><td>user${i}@example.net</td><td>250 2.0.0 OK ${i}</td></tr>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Inbox (bench)</title></head><body><h2 class="hP">Team thread</h2>${messages}<table>${rows}</table></body></html>`;
}

function build() {
  if (process.env.BOUNCE_LENS_DIST) return { dist: process.env.BOUNCE_LENS_DIST, cleanup() {} };
  const dist = mkdtempSync(join(tmpdir(), 'bounce-lens-bench-'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return { dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
}

/**
 * Long tasks, and the content script's scan passes from the page's User Timing entries:
 * "bounce-lens:marked" ends when every bounce is marked, "bounce-lens:scan" when the background
 * has the findings (badge set); `detail.busy` is the main-thread time the pass took.
 */
const LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
};
const passes = (page, name = 'bounce-lens:scan') =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => ({ start: e.startTime, end: e.startTime + e.duration, ...e.detail })), name);

async function measure(b, url, until) {
  const { page, tabId } = await b.open(url);
  const t0 = Date.now();
  while (!(await until(page)) && Date.now() - t0 < 20_000) await page.waitForTimeout(25);
  await b.settle(tabId);
  const list = await passes(page);
  const marked = await passes(page, 'bounce-lens:marked');
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  return { list, marked, tasks };
}

const fmt = (n) => `${n.toFixed(1)} ms`;
// Wall-clock figures depend on what else runs: the machine's load is printed with them.
console.log(`Load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${process.env.BOUNCE_LENS_DIST ? 'given build' : 'fresh build'})`);
const verdict = (ok) => (ok ? 'ok' : 'OVER');

const { dist, cleanup } = build();
const log = logPage();
const quietHtml = quietPage();
const quietSize = quietHtml.replace(/<[^>]+>/g, '').length;
const b = await launch({ chromium, dist, pages: { 'bench-log.html': log.html, 'bench-quiet.html': quietHtml } });
await b.ctx.addInitScript(LONG_TASKS);
let failed = false;
try {
  // Warm-up: the service worker starts and compiles the rule tables on first use.
  await b.message({ type: 'classify', text: '550 5.1.1 user unknown' });

  const marked = (page) => page.evaluate((n) => (CSS.highlights.get('bounce-lens')?.size ?? 0) + (CSS.highlights.get('bounce-lens-temporary')?.size ?? 0) >= n, log.bounces);
  // Wall-clock time on a shared machine varies from run to run: three runs, the median one counts.
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const esp = await measure(b, 'https://app.sendgrid.com/bench-log.html', marked);
    const first = esp.marked[0];
    const reported = esp.list[0];
    const during = esp.tasks.filter((t) => reported && t.start + t.duration >= reported.start && t.start <= reported.end);
    runs.push({
      total: first ? first.end - first.start : NaN,
      busy: first?.busy ?? NaN,
      marks: first?.marks ?? 0,
      badge: reported ? reported.end - reported.start : NaN,
      longest: Math.max(0, ...during.map((t) => t.duration)),
      long: during.length,
    });
  }
  const median = [...runs].sort((a, b) => a.total - b.total)[Math.floor(runs.length / 2)];
  console.log(`10,000-row ESP log: ${log.bounces} bounce rows; runs: ${runs.map((r) => `${r.total.toFixed(0)} ms`).join(', ')}; the median run:`);
  console.log(`  fully marked in ${fmt(median.total)} (target ≤ 300 ms) ${verdict(median.total <= 300)}; marks: ${median.marks}; main-thread time ${fmt(median.busy)}`);
  console.log(`  badge set after ${fmt(median.badge)}`);
  console.log(`  longest main-thread task meanwhile ${fmt(median.longest)} (target ≤ 50 ms) ${verdict(median.longest <= 50)}; long tasks: ${median.long}`);
  // Diagnostics: every run's figures, to tell a loaded machine from a slow pass.
  console.log(`  all runs (marked / main-thread / longest task): ${runs.map((r) => `${r.total.toFixed(0)}/${r.busy.toFixed(0)}/${r.longest.toFixed(0)}`).join(', ')} ms`);
  failed ||= !(median.total <= 300 && median.longest <= 50 && median.marks === log.bounces);

  // The first pass on a page also compiles the script's code (V8 compiles lazily and optimises
  // code that runs often). Changing the sending setup makes the script start over: nine more full
  // passes over the same page (a pass is 1-2 ms, so a few samples are noisy); their median is the
  // scan's own cost.
  const { page: qp, tabId: qt } = await b.open('https://mail.google.com/bench-quiet.html');
  const passCount = async () => (await passes(qp)).length;
  for (const t0 = Date.now(); (await passCount()) < 1 && Date.now() - t0 < 10_000; ) await qp.waitForTimeout(25);
  await b.settle(qt);
  const flips = Array.from({ length: 9 }, (_, i) => (i % 2 ? 'shared' : 'dedicated'));
  for (const [i, setup] of flips.entries()) {
    await b.setSettings({ setup, disabledSites: [] });
    for (const t0 = Date.now(); (await passCount()) < i + 2 && Date.now() - t0 < 10_000; ) await qp.waitForTimeout(25);
  }
  const [cold, ...again] = await passes(qp);
  await qp.close();
  const warm = [...again].sort((a, b) => a.busy - b.busy)[Math.floor(again.length / 2)];
  console.log(`Large page without bounces (200 messages, 2,000 delivery rows, ${(quietSize / 1000).toFixed(0)} kB of text):`);
  console.log(`  scan cost ${fmt(warm?.busy ?? NaN)} (target < 2 ms) ${verdict((warm?.busy ?? 99) < 2)}; passes: ${again.map((p) => p.busy.toFixed(1)).join(', ')} ms; the first, with code compilation: ${fmt(cold?.busy ?? NaN)}; marks: ${warm?.marks ?? 0}`);
  failed ||= !((warm?.busy ?? 99) < 2);

  // Two content scripts (webmail hosts, ESP hosts), each with its own site adapters.
  for (const name of ['webmail', 'esp']) {
    const script = readFileSync(join(dist, 'src', 'content', `${name}.js`));
    const gz = gzipSync(script, { level: 9 }).length;
    console.log(`Content script ${name}.js: ${(script.length / 1024).toFixed(1)} kB, ${gz} bytes = ${(gz / 1024).toFixed(1)} kB gzipped (target ≤ 15 kB) ${verdict(gz <= 15_000)}`);
    failed ||= gz > 15_000;
  }
} finally {
  await b.close();
  cleanup();
  console.log(`Load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
process.exitCode = failed ? 1 : 0;
