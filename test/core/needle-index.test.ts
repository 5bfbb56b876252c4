// The combined prefilter (src/core/needle-index.ts): one scan of a text must report exactly the
// literals that `includes` finds, or a rule could be skipped that would have matched.

import { describe, expect, it } from 'vitest';
import { containsAny, internNeedle } from '../../src/core/needle-index.ts';
import { registry } from '../../src/core/registry.ts';
import { normalize } from '../../src/core/normalize.ts';

describe('containsAny', () => {
  it('agrees with includes for short, overlapping and repeated literals', () => {
    const literals = ['[', 'ab', 'abc', 'bca', 'cab', 'aaa', 'user unknown', 'ünknown', 'x'];
    const ids = literals.map(internNeedle);
    const texts = ['', 'a', 'ab', 'abc', 'abcab', 'aaaa', '550 user unknown', 'Ünknown', 'ünknown!', '[x]', 'zzz'];
    for (const text of texts) {
      literals.forEach((lit, k) => expect(containsAny(text, [ids[k]!]), `${JSON.stringify(lit)} in ${JSON.stringify(text)}`).toBe(text.includes(lit)));
    }
  });

  it('answers for a literal added after a text was scanned', () => {
    const text = 'mailbox is full, try later';
    expect(containsAny(text, [internNeedle('mailbox')])).toBe(true);
    const late = internNeedle('try later');
    expect(containsAny(text, [late])).toBe(true);
    expect(containsAny(text, [internNeedle('quota exceeded')])).toBe(false);
  });

  it("agrees with includes for every rule literal over every rule example", () => {
    const reg = registry();
    const wrong: string[] = [];
    for (const { rule } of reg.byId.values()) {
      if (!rule.needles || !rule.needleIds) continue;
      for (const ex of rule.rule.examples) {
        const text = normalize(ex).text;
        const want = rule.needles.some((n) => text.includes(n));
        if (containsAny(text, rule.needleIds) !== want) wrong.push(`${rule.rule.id}: ${ex}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
