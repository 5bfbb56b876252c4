// Big and hostile inputs under a time limit (issue 7 "Bad input"): 50+ levels of nesting,
// 10,000 recipients in one report, huge lines, and long runs of one character (the inputs that
// make a backtracking regex go quadratic). Each call runs in a worker (hostile.ts), so a hang
// fails its own test after LIMIT ms instead of stalling the suite. The limits are far above what
// a linear reader needs (tens of ms here) and far below what a quadratic one takes.

import { afterAll, describe, expect, it } from 'vitest';
import { HostileRunner, type CoreFn } from './hostile.ts';
import { deeplyNested, manyRecipients } from './mime.ts';

const LIMIT = 4000;
const runner = new HostileRunner();
afterAll(() => runner.close());

const BOUNCE_HEAD = 'From: MAILER-DAEMON@mta.example.net\nSubject: Undelivered Mail Returned to Sender\n\n';
const PLAIN_HEAD = 'From: ana@example.com\nSubject: hello\n\n';

async function expectQuick(fn: CoreFn, input: string | Uint8Array, limit = LIMIT, messages?: number) {
  const out = await runner.run(fn, input, limit, messages);
  expect(out.problems, `${fn} on ${input.length} chars took ${out.ms.toFixed(0)} ms`).toEqual([]);
  return out;
}

describe('deep nesting', () => {
  for (const depth of [50, 80]) {
    for (const via of ['multipart', 'message'] as const) {
      it(`a report nested ${depth} levels deep (${via} inside ${via}) gives well-formed records`, async () => {
        await expectQuick('parseEmail', deeplyNested(depth, via));
        await expectQuick('parseMailbox', deeplyNested(depth, via));
      });
    }
  }
});

describe('many recipients', () => {
  it('one report listing 10,000 failed recipients gives 10,000 records, in order', async () => {
    const { text, recipients } = manyRecipients(10_000);
    const out = await expectQuick('parseEmail', text, 20_000);
    expect(out.count).toBe(recipients.length);
  });
});

describe('huge lines', () => {
  const MB = 1024 * 1024;
  const line = '550 5.1.1 <sam@example.net>: Recipient address rejected: User unknown in virtual mailbox table; ';
  it('classify answers a 10 MB line, reading its start only', async () => {
    await expectQuick('classify', line.repeat(Math.ceil((10 * MB) / line.length)));
  });
  it('parseEmail answers a bounce whose body is one 10 MB line', async () => {
    await expectQuick('parseEmail', BOUNCE_HEAD + line.repeat(Math.ceil((10 * MB) / line.length)));
  });
  it('parseMailbox answers a 10 MB line with no line end at all', async () => {
    await expectQuick('parseMailbox', 'x'.repeat(10 * MB));
  });
  it('random bytes, 2 MB, give well-formed records', async () => {
    const bytes = new Uint8Array(2 * MB);
    let x = 987654321;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    await expectQuick('parseMailbox', bytes);
  });
});

// Long runs of one character: the classic trigger of polynomial backtracking (`^\s*…` under the
// m flag, `[\s.]+$`, `<[^>]*>`, `\S+@\S+`). 64 KB is what classify reads at most; a bounce body
// is read up to 256 KB (decode.ts MAX_NOTICE_CHARS).
const RUNS = ['\n', '\r\n', ' \n', '\n ', ' ', '\t', '-', '.', '<', '>', '@', '"', ':', '=', '#', '*', '(', '[', ']', 'a', '0', 'a@', '=\n', '<!--', '550 '];
const show = (s: string) => JSON.stringify(s);
// KNOWN BUG for the lead: a body of blank lines hangs every email reader call (64 KB: over 4 s,
// 256 KB: minutes). `^\s*` / `^\s+` under the m flag, tried at every line start, runs across all
// the following newlines: sendmail.ts LIST and TRANSCRIPT, postfix.ts detect. Fix: `[ \t]` for
// `\s` there (docs/hardening.md has the diffs).
const KNOWN = new Set(['\n', '\r\n', ' \n', '\n ']);

describe('runs of one character', () => {
  for (const r of RUNS) {
    const mark = KNOWN.has(r) ? '[KNOWN BUG → lead] ' : '';
    it(`${mark}${show(r)} × 64 KB: classify, and a bounce and a plain email with it as body`, async () => {
      const run = r.repeat(Math.ceil(65_536 / r.length));
      await expectQuick('classify', run);
      await expectQuick('parseEmail', `${BOUNCE_HEAD}${run}x\n`);
      await expectQuick('parseEmail', `${PLAIN_HEAD}${run}x\n`);
      await expectQuick('parseMailbox', `Subject: ${run}\n\n${run}`);
    });
  }
});
