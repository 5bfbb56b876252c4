// The rule tables' structure (architecture.md "Tests"): ids unique, kebab-case and prefixed
// with their table; every rule has a source and examples; each example classifies back to its rule.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.ts';
import { providers, genericTables } from '../../src/rules/index.ts';
import type { Rule } from '../../src/core/types.ts';

const tables: Array<{ id: string; rules: readonly Rule[]; provider: boolean }> = [
  ...providers.map((p) => ({ id: p.id, rules: p.rules, provider: true })),
  ...genericTables.map((t) => ({ id: t.id, rules: t.rules, provider: false })),
];

describe('rule tables', () => {
  it('have unique, kebab-case ids prefixed with their table', () => {
    const seen = new Set<string>();
    for (const t of tables) {
      for (const r of t.rules) {
        expect(r.id, r.id).toMatch(new RegExp(`^${t.id}/[a-z0-9]+(?:[-.][a-z0-9]+)*$`));
        expect(seen.has(r.id), `duplicate ${r.id}`).toBe(false);
        seen.add(r.id);
      }
    }
  });

  it('give every rule a source and at least one example', () => {
    for (const t of tables) {
      for (const r of t.rules) {
        expect(r.source, r.id).toMatch(/^(https?:\/\/\S+|RFC \d+)/);
        expect(r.examples.length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it('have provider ids that are lower case and file-named', () => {
    for (const p of providers) expect(p.id).toMatch(/^[a-z0-9-]+$/);
  });

  for (const t of tables) {
    describe(t.id, () => {
      for (const r of t.rules) {
        it.each([...r.examples])(`${r.id} ← %s`, (example) => {
          expect(classify(example).ruleId).toBe(r.id);
        });
      }
    });
  }
});
