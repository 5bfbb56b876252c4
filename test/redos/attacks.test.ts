// End to end: recheck's attack string for every vulnerable pattern (recheck-cache.json), grown to
// 64 KB, goes through the public API: classify, parseEmail of a bounce whose body it is, and
// parseEmail of it as a raw message. A pattern that recheck flags but the pipeline never feeds
// a long enough run (normalisation, line splitting, size caps) passes here; one that hangs the
// product fails, whatever accepted.ts says. Runs in a worker with a time limit (test/fuzz/hostile.ts).

import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { HostileRunner, type CoreFn } from '../fuzz/hostile.ts';
import { CACHE_FILE, type Answer } from './audit.ts';
import { attackOfLength } from './measure.ts';

const LIMIT = 2000;
const SIZE = 64 * 1024;
const BOUNCE_HEAD = 'From: MAILER-DAEMON@mta.example.net\nSubject: Undelivered Mail Returned to Sender\n\n';

const answers: Record<string, Answer> = existsSync(CACHE_FILE)
  ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { answers: Record<string, Answer> }).answers
  : {};
const attacks = Object.entries(answers).filter(([, a]) => a.status === 'vulnerable' && a.attack);

const runner = new HostileRunner();
afterAll(() => runner.close());

describe(`recheck's attacks through the public API (${attacks.length} attacks at 64 KB, ${LIMIT} ms each)`, () => {
  it.skipIf(attacks.length > 0)('needs test/redos/recheck-cache.json (npx tsx scripts/audit-patterns.mjs --write-cache)', () => {});
  for (const [pattern, a] of attacks) {
    it(`${pattern.length > 90 ? `${pattern.slice(0, 90)}…` : pattern}`, async () => {
      const input = attackOfLength(a.attack!, SIZE);
      const calls: Array<[CoreFn, string, string]> = [
        ['classify', 'classify', input],
        ['parseEmail', 'parseEmail(bounce with it as body)', `${BOUNCE_HEAD}${input}\n`],
        ['parseEmail', 'parseEmail(it as the message)', input],
      ];
      const slow: string[] = [];
      for (const [fn, label, text] of calls) {
        const out = await runner.run(fn, text, LIMIT);
        if (out.problems.length) slow.push(`${label}: ${out.problems.join('; ')}`);
        if (out.ms === Infinity) break; // one hang is enough: each costs LIMIT and a worker restart
      }
      expect(slow, `attack ${a.attack!.pattern.slice(0, 120)}`).toEqual([]);
    });
  }
});
