// Single-line agreement (issue 4): classify() over the first column of the corpus's
// diagnostic-lines.tsv, the line alone (no host, no headers), against its `reason` column, i.e.
// Sisimai's full-message label. Shared by lines.test.ts (floor) and report.ts (bench).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../src/core/classify.ts';
import { corpusDir } from './compare.ts';

export interface LineResult {
  line: string;
  want: string;
  got: string;
  /** What Sisimai's own Reason->match(line) says, for comparison. */
  sisimaiLineOnly: string;
}

export function linesPresent(dir = corpusDir()): boolean {
  return existsSync(join(dir, 'diagnostic-lines.tsv'));
}

export function classifyLines(dir = corpusDir()): LineResult[] {
  const rows = readFileSync(join(dir, 'diagnostic-lines.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
  return rows.map((row) => {
    const [line = '', want = '', , , , , , lineOnly = ''] = row.split('\t');
    return { line, want, got: classify(line).reason, sisimaiLineOnly: lineOnly };
  });
}

export function lineRate(results: LineResult[]): number {
  return results.length ? results.filter((r) => r.got === r.want).length / results.length : 0;
}
