// Agreement with the Sisimai corpus (shared/corpus/sisimai, read in place, never copied).
// Fails when agreement drops below test/corpus/floor.json (the floor only moves up), or when a
// recipient or status disagreement appears that test/corpus/disagreements.json does not list:
// those two fields belong to the email decoder alone, so a new one is a regression.
// Without the corpus the suite logs one line and skips; BOUNCE_CORPUS_REQUIRED=1 (CI) fails instead.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMailbox } from '../../src/core/email/index.ts';
import { agrees, corpusDir, corpusPresent, expected, actual, pairAll, rate, type Pair } from './compare.ts';

const floor = JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as Record<'reason' | 'reasonBsd' | 'status' | 'recipient' | 'hardBounce', number>;
const known = JSON.parse(readFileSync(new URL('./disagreements.json', import.meta.url), 'utf8')) as Record<'recipient' | 'status', Record<string, string>>;
const present = corpusPresent();
const required = process.env.BOUNCE_CORPUS_REQUIRED === '1';

if (!present && !required) console.log(`corpus: ${corpusDir()} not found; corpus tests skipped (set BOUNCE_CORPUS)`);

const key = (p: Pair) => `${p.label.file}#${p.label.msgindex}.${p.label.recindex}`;

describe.skipIf(!present && !required)('Sisimai corpus', () => {
  let pairs: Pair[] = [];
  beforeAll(async () => {
    if (present) pairs = (await pairAll()).pairs;
  });

  it('the corpus is present', () => {
    expect(present, `BOUNCE_CORPUS_REQUIRED=1 but ${corpusDir()} has no manifest.jsonl`).toBe(true);
  });

  for (const field of ['reason', 'status', 'recipient', 'hardBounce'] as const) {
    it(`${field} agreement stays at or above ${floor[field]}`, () => {
      expect(rate(pairs, field)).toBeGreaterThanOrEqual(floor[field]);
    });
  }

  // The issue's own target is on maildir/bsd, Sisimai's reference set (sisimai.md "Corpus built").
  it(`reason agreement on maildir/bsd stays at or above ${floor.reasonBsd}`, () => {
    expect(rate(pairs.filter((p) => p.label.subset === 'bsd'), 'reason')).toBeGreaterThanOrEqual(floor.reasonBsd);
  });

  for (const field of ['recipient', 'status'] as const) {
    it(`no unlisted ${field} disagreement`, () => {
      const listed = new Set(Object.keys(known[field]));
      const fresh = pairs
        .filter((p) => !agrees(p, field) && !listed.has(key(p)))
        .map((p) => `${key(p)} want=${JSON.stringify(expected(p.label, field))} got=${JSON.stringify(actual(p.got, field))}`);
      expect(fresh).toEqual([]);
    });
  }

  it('CR-only files (maildir/mac) give the records of their CRLF twins (maildir/dos)', async () => {
    const dir = corpusDir();
    const strip = (rs: Array<{ evidence: unknown }>) => rs.map(({ evidence: _e, ...r }) => r);
    for (const name of readdirSync(join(dir, 'maildir/mac'))) {
      const mac = strip(await parseMailbox(readFileSync(join(dir, 'maildir/mac', name))));
      const dos = strip(await parseMailbox(readFileSync(join(dir, 'maildir/dos', name))));
      expect(mac, name).toEqual(dos);
    }
  });
});
