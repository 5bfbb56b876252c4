// The verdict cache (src/core/verdict-cache.ts): a cached verdict equals a fresh one, and no two
// different calls share a key.

import { afterEach, describe, expect, it } from 'vitest';
import { cachedVerdict, clearVerdicts } from '../../src/core/verdict-cache.ts';
import { classify } from '../../src/core/classify.ts';
import type { ClassifyContext, Verdict } from '../../src/core/types.ts';

/** A stand-in classifier that records its calls and answers with what it was given. */
function counting() {
  const calls: Array<[string, ClassifyContext]> = [];
  const fn = (input: string, ctx: ClassifyContext) => {
    calls.push([input, ctx]);
    return { reason: `${input}|${JSON.stringify(ctx)}`, evidence: [] } as unknown as Verdict;
  };
  return { calls, fn };
}

afterEach(() => clearVerdicts());

describe('cachedVerdict', () => {
  it('classifies a repeated text and context once, and gives each caller its own object', () => {
    const { calls, fn } = counting();
    const a = cachedVerdict('550 5.1.1 user unknown', { setup: 'shared', host: 'mx.example.net' }, fn);
    const b = cachedVerdict('550 5.1.1 user unknown', { setup: 'shared', host: 'mx.example.net' }, fn);
    expect(calls).toHaveLength(1);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
  });

  it('keeps texts, fields and value types apart', () => {
    const { calls, fn } = counting();
    const keys: Array<[string, ClassifyContext]> = [
      ['x', {}],
      ['x', { host: 'a' }],
      ['x', { status: 'a' }],
      ['host=2:sa;|x', {}],
      ['', { host: 'a;|x' }],
      ['x', { commandKnown: true }],
      ['x', { setup: 'dedicated' }],
      ['x', { recipient: 'a@one.example' }],
      ['x', { recipient: 'a@two.example' }],
    ];
    for (const [input, ctx] of keys) cachedVerdict(input, ctx, fn);
    expect(calls).toHaveLength(keys.length);
  });

  it('shares a verdict between recipients of one domain only', () => {
    const { calls, fn } = counting();
    cachedVerdict('550 no such user', { recipient: 'kim@Example.org' }, fn);
    cachedVerdict('550 no such user', { recipient: 'lee@example.org' }, fn);
    cachedVerdict('550 no such user', { recipient: 'lee@example.net' }, fn);
    expect(calls).toHaveLength(2);
  });

  it('does not cache a context it cannot spell', () => {
    const { calls, fn } = counting();
    const ctx = { host: null } as unknown as ClassifyContext;
    cachedVerdict('x', ctx, fn);
    cachedVerdict('x', ctx, fn);
    expect(calls).toHaveLength(2);
  });
});

describe('classify through the cache', () => {
  it('gives the same verdict as a first classification, for recipients of one domain too', () => {
    const text = '<pat@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)';
    const first = classify(text, { recipient: 'pat@example.org', host: 'mx.example.org' });
    const again = classify(text, { recipient: 'sam@example.org', host: 'mx.example.org' });
    clearVerdicts();
    const fresh = classify(text, { recipient: 'sam@example.org', host: 'mx.example.org' });
    expect(again).toEqual(fresh);
    expect(first).toEqual(fresh);
  });
});
