// recordLine() writes what the parse command wrote before it: `{"file":F,` and then
// JSON.stringify(record) without its opening brace (JSON.stringify({ file, ...record }) for every
// record the core makes), for records that share values (one cached verdict per repeated reply)
// and records that do not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordLine } from '../../src/cli/record-json.ts';
import { parseMailbox } from '../../src/core/email/index.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/bounces');

const reference = (file: string, record: object) => `{"file":${JSON.stringify(file)},${JSON.stringify(record).slice(1)}`;

describe('recordLine', () => {
  it('writes every fixture record as JSON.stringify does, twice over (the second time from what it remembered)', async () => {
    let n = 0;
    for (const round of [1, 2]) {
      for (const name of readdirSync(FIXTURES)) {
        const file = join(FIXTURES, name);
        for (const r of await parseMailbox(readFileSync(file, 'utf8'))) {
          expect(recordLine(JSON.stringify(file), r), `${name} round ${round}`).toBe(reference(file, r));
          n++;
        }
      }
    }
    expect(n).toBeGreaterThanOrEqual(2 * 19);
  });

  it('records of one shared verdict differ where they differ', async () => {
    const notice = (rcpt: string) =>
      `From: MAILER-DAEMON@mta.example.net\nSubject: Undelivered Mail\n\n<${rcpt}>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n`;
    const [a] = await parseMailbox(notice('pat@example.org'));
    const [b] = await parseMailbox(notice('sam@example.org'));
    expect(a!.evidence).toBe(b!.evidence); // shared: the case the memo is for
    const la = recordLine('"a.eml"', a!);
    const lb = recordLine('"b.eml"', b!);
    expect(la).toBe(reference('a.eml', a!));
    expect(lb).toBe(reference('b.eml', b!));
    expect(JSON.parse(lb).recipient).toBe('sam@example.org');
  });

  it('writes any plain value as JSON.stringify does', () => {
    const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), value, { minKeys: 1 }).filter((r) => Object.values(r).some((v) => v !== undefined)), (record) => {
        expect(recordLine('"f"', record)).toBe(reference('f', record));
      }),
      { numRuns: 1000 },
    );
  });
});
