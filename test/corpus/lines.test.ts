// Single lines (issue 4): classify() over diagnostic-lines.tsv, the line alone, agrees with
// Sisimai's full-message reason at or above test/corpus/floor.json `lines` (the floor only moves up).
// Without the corpus the suite logs one line and skips; BOUNCE_CORPUS_REQUIRED=1 (CI) fails instead.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDir } from './compare.ts';
import { classifyLines, linesPresent, lineRate } from './lines.ts';

const floor = JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as { lines: number };
const present = linesPresent();
const required = process.env.BOUNCE_CORPUS_REQUIRED === '1';

if (!present && !required) console.log(`corpus: ${corpusDir()} has no diagnostic-lines.tsv; line tests skipped (set BOUNCE_CORPUS)`);

describe.skipIf(!present && !required)('Sisimai diagnostic lines', () => {
  it('the line list is present', () => {
    expect(present, `BOUNCE_CORPUS_REQUIRED=1 but ${corpusDir()} has no diagnostic-lines.tsv`).toBe(true);
  });

  it(`line agreement stays at or above ${floor.lines}`, () => {
    const results = classifyLines();
    expect(results.length).toBeGreaterThan(500);
    expect(lineRate(results)).toBeGreaterThanOrEqual(floor.lines);
  });
});
