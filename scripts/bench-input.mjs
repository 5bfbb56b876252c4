#!/usr/bin/env node
// How long the core takes on 10 MB inputs (issue 7: "a 10 MB input is answered in under 1 s").
// A benchmark that prints, not a timed test. Three inputs, built in memory:
//   line     one 10 MB line (a bounce reply repeated, no line end)
//   email    a 10 MB bounce: a DSN whose returned message carries one big base64 attachment
//   mbox     a 10 MB mbox of bounce notices (Postfix DSN, Exim, qmail, sendmail)
// Two measurements:
//   in-process  classify() and parseMailbox() from the TypeScript sources, bundled by vite into a
//               temporary folder as the extension and the command line are (tsx, used before, adds
//               a keep-names helper call per function and closure that cost 10-20% here); best of
//               --runs N (default 3), each call in a worker stopped after --limit ms (default 30000).
//   command     `node dist-cli/bounce-lens.mjs classify` (stdin) / `parse FILE`: the built bundle,
//               process wall time with start-up (skipped when dist-cli/ is not built).
// --hostile adds inputs known to be slow (10 MB of blank lines, runs of spaces).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist-cli/bounce-lens.mjs');
const MB = 1024 * 1024;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 3);
const LIMIT = arg('--limit', 30_000);

const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const REPLY = '550 5.1.1 <sam@example.net>: Recipient address rejected: User unknown in virtual mailbox table; ';

function bigEmail(size) {
  const head = [
    'From: MAILER-DAEMON@mta.example.net', 'To: news@example.com', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="R"', '',
    '--R', 'Content-Type: text/plain', '', "I'm sorry to have to inform you that your message could not be delivered.", '',
    '<pat@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <pat@example.org>: User unknown (in reply to RCPT TO command)', '',
    '--R', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mta.example.net', '',
    'Final-Recipient: rfc822; pat@example.org', 'Action: failed', 'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <pat@example.org>: User unknown', '',
    '--R', 'Content-Type: message/rfc822', '', 'From: news@example.com', 'To: pat@example.org', 'Subject: Report',
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="M"', '', '--M', 'Content-Type: text/plain', '', 'See attached.',
    '--M', 'Content-Type: application/pdf; name="report.pdf"', 'Content-Transfer-Encoding: base64', '', '',
  ].join('\n');
  const tail = '\n--M--\n\n--R--\n';
  const b64 = fill('JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+CnN0cmVhbQp4', 76);
  const lines = Math.ceil((size - head.length - tail.length) / 77);
  return head + `${b64}\n`.repeat(lines) + tail;
}

const NOTICES = [
  (i) => `From: MAILER-DAEMON@mta.example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b${i}"\n\n--b${i}\nContent-Type: text/plain\n\n<u${i}@example.org>: host mx.example.org[192.0.2.${i % 250}] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n--b${i}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mta.example.net\n\nFinal-Recipient: rfc822; u${i}@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--b${i}--\n`,
  (i) => `From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  v${i}@example.com\n    host mx01.mail.icloud.com [198.51.100.7]\n    SMTP error from remote mail server after end of data:\n    554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137\n`,
  (i) => `From: MAILER-DAEMON@example.net\nSubject: failure notice\n\nHi. This is the qmail-send program at example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<w${i}@example.com>:\n203.0.113.9 does not like recipient.\nRemote host said: 421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints\nGiving up on 203.0.113.9.\n`,
];
function bigMbox(size) {
  const out = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const m = `From MAILER-DAEMON Thu Apr 29 23:34:45 2021\n${NOTICES[i % NOTICES.length](i)}\n`;
    out.push(m);
    n += m.length;
  }
  return { text: out.join(''), messages: out.length };
}

/** The core's two entry points bundled for Node, as vite bundles them for the product. */
async function bundleCore() {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'bounce-lens-bench-core-'));
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      copyPublicDir: false,
      rolldownOptions: {
        input: { core: join(ROOT, 'src/core/index.ts'), email: join(ROOT, 'src/core/email/index.ts') },
        output: { format: 'esm', entryFileNames: '[name].mjs' },
      },
    },
    ssr: { noExternal: true },
  });
  return outDir;
}
const CORE = await bundleCore();

const WORKER = `
const { parentPort } = require('node:worker_threads');
(async () => {
  const { classify } = await import(${JSON.stringify(pathToFileURL(join(CORE, 'core.mjs')).href)});
  const { parseMailbox } = await import(${JSON.stringify(pathToFileURL(join(CORE, 'email.mjs')).href)});
  classify('550 5.1.1 warm-up'); await parseMailbox('Subject: warm-up\\n\\n550 5.1.1 x');
  parentPort.on('message', async ({ fn, input }) => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const out = fn === 'classify' ? [classify(input)] : await parseMailbox(input);
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    parentPort.postMessage({ ms, cpuMs: (used.user + used.system) / 1000, records: out.length, bounces: out.filter((r) => r.bounce).length });
  });
  parentPort.postMessage({ ready: true });
})();`;

let worker = null;
async function inWorker(fn, input) {
  if (!worker) {
    worker = new Worker(WORKER, { eval: true });
    await new Promise((ok) => worker.once('message', ok));
  }
  const w = worker;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void w.terminate();
      worker = null;
      resolve({ ms: Infinity });
    }, LIMIT);
    w.once('message', (m) => {
      clearTimeout(timer);
      resolve(m);
    });
    w.postMessage({ fn, input });
  });
}

const fmt = (ms) => (ms === Infinity ? `over ${LIMIT / 1000} s (stopped)` : `${ms.toFixed(0)} ms`);
const verdict = (ms) => (ms < 1000 ? 'ok' : 'OVER 1 s');

async function bench(name, input) {
  for (const fn of ['classify', 'parseMailbox']) {
    let best = { ms: Infinity };
    for (let i = 0; i < RUNS; i++) {
      const r = await inWorker(fn, input);
      if (r.ms < best.ms) best = r;
      if (r.ms === Infinity) break;
    }
    const extra = best.records === undefined ? '' : ` (cpu ${best.cpuMs.toFixed(0)} ms; ${best.records} record(s), ${best.bounces} bounce(s))`;
    console.log(`  in-process ${fn.padEnd(12)} ${fmt(best.ms).padStart(22)}  ${verdict(best.ms)}${extra}`);
  }
}

function cli(name, input) {
  if (!existsSync(CLI)) return;
  const dir = mkdtempSync(join(tmpdir(), 'bounce-lens-bench-'));
  try {
    const file = join(dir, `${name}.${name === 'mbox' ? 'mbox' : 'eml'}`);
    writeFileSync(file, input);
    const runs = [['parse', [CLI, 'parse', file], undefined]];
    if (name === 'line') runs.unshift(['classify', [CLI, 'classify'], input]);
    for (const [label, args, stdin] of runs) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { input: stdin, stdio: [stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'], timeout: LIMIT, maxBuffer: 1 << 28 });
      const ms = r.error?.code === 'ETIMEDOUT' ? Infinity : Number(process.hrtime.bigint() - t) / 1e6;
      console.log(`  command    ${label.padEnd(12)} ${fmt(ms).padStart(22)}  ${verdict(ms)} (exit ${r.status ?? r.signal})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const inputs = [
  ['line', fill(REPLY, 10 * MB)],
  ['email', bigEmail(10 * MB)],
  ['mbox', bigMbox(10 * MB).text],
];
if (process.argv.includes('--hostile')) {
  inputs.push(['blank-lines', `Subject: x\n\n${'\n'.repeat(10 * MB)}`], ['spaces', `Subject: x\n\n${' '.repeat(10 * MB)}x\n`]);
}
console.log(`bench-input: node ${process.version}, best of ${RUNS}, in-process = the core bundled by vite; command = ${existsSync(CLI) ? 'dist-cli/bounce-lens.mjs' : 'skipped (no dist-cli/)'}`);
// Wall times on a shared machine grow with its load; the in-process lines also give CPU time.
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
for (const [name, input] of inputs) {
  console.log(`${name}: ${(input.length / MB).toFixed(1)} MB, ${input.split('\n').length} line(s)`);
  await bench(name, input);
  cli(name, input);
}
await worker?.terminate();
rmSync(CORE, { recursive: true, force: true });
