// The literal prefilter (src/core/prefilter.ts): every literal it names must occur in any text the
// pattern matches, or a rule would be skipped that could have matched.

import { describe, expect, it } from 'vitest';
import { needlesOf } from '../../src/core/prefilter.ts';
import { normalize } from '../../src/core/normalize.ts';
import { registry } from '../../src/core/registry.ts';

describe('needlesOf', () => {
  it.each([
    [/\bunknown (?:user|recipient)\b/, ['unknown ']],
    [/\b(?:user|mailbox)s? (?:is )?unknown\b/, ['unknown']],
    [/\bdns error\b|\blookup of \S+ had no relevant answers\b/, ['dns error', ' had no relevant answers']],
    [/a{0,3}bcd+e/, ['bcd']],
    [/\bTS0[1-4]\b/i, ['ts0']],
    [/\x41bc/, ['bc']],
    ['Hello World', ['hello world']],
    [['a', 'bbb'], ['bbb']],
  ] as const)('%s', (p, want) => {
    expect(needlesOf(p as never)).toEqual(want);
  });

  it('gives up (null) where no literal is required', () => {
    expect(needlesOf(/^(?![\s\S]*\b[45]\d\d\b)/)).toBeNull();
    expect(needlesOf(/[a-z]+@[a-z]+/)).not.toBeNull(); // "@" is required
    expect(needlesOf(/(?:a|b)?c?/)).toBeNull();
  });

  it("every rule example contains one of its rule's literals", () => {
    const reg = registry();
    const misses: string[] = [];
    for (const { rule } of reg.byId.values()) {
      if (!rule.needles) continue;
      for (const ex of rule.rule.examples) {
        const text = normalize(ex).text;
        if (rule.text!.some((p) => p(text)) && !rule.needles.some((n) => text.includes(n))) misses.push(`${rule.rule.id}: ${ex}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
