// Property-based tests of classify (issue 7 "Bad input"): whatever the text and context, it
// returns, and returns a well-formed verdict (shape.ts): enums from the contract, evidence
// offsets inside the input, evidence values equal to the input at those offsets.
// Seeded (arbitraries.ts SEED); FUZZ_RUNS scales the run counts for a longer soak.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, MAX_CLASSIFY_CHARS, REASONS, SETUPS, type ClassifyContext } from '../../src/core/index.ts';
import { address, anyText, bounceText, host, runs, statusCode } from './arbitraries.ts';
import { verdictProblems } from './shape.ts';

const wellFormed = (text: string, ctx?: ClassifyContext) => {
  const v = classify(text, ctx);
  expect(verdictProblems(v, text, MAX_CLASSIFY_CHARS)).toEqual([]);
  return v;
};

const context: fc.Arbitrary<ClassifyContext> = fc.record(
  {
    host: fc.oneof(host, fc.string({ maxLength: 30 })),
    recipient: fc.oneof(address, fc.string({ maxLength: 30 })),
    setup: fc.constantFrom(...SETUPS),
    command: fc.oneof(fc.constantFrom('RCPT', 'DATA', 'MAIL', 'CONN', 'HELO', 'rcpt'), fc.string({ maxLength: 6 })),
    action: fc.constantFrom('failed', 'delayed', 'delivered', 'relayed', 'expanded', 'bogus', ''),
    status: fc.oneof(statusCode, fc.constant('')),
    reasonHint: fc.constantFrom(...REASONS),
  },
  { requiredKeys: [] },
);

describe('classify under random input', () => {
  it('any string (binary, lone surrogates, graphemes) gives a well-formed verdict', () => {
    fc.assert(fc.property(anyText, (t) => void wellFormed(t)), runs(400));
  });

  it('bounce-like token soup gives a well-formed verdict, the same one twice', () => {
    fc.assert(
      fc.property(bounceText, (t) => {
        const v = wellFormed(t);
        expect(classify(t)).toEqual(v);
      }),
      runs(400),
    );
  });

  it('any context (host, recipient, setup, command, status, reason hint) is honoured or ignored, never fatal', () => {
    fc.assert(
      fc.property(bounceText, context, (t, ctx) => {
        const v = wellFormed(t, ctx);
        expect(v.setup).toBe(ctx.setup ?? 'shared');
      }),
      runs(300),
    );
  });

  it('the sending setup moves only the actor between esp and sender', () => {
    fc.assert(
      fc.property(bounceText, (t) => {
        const shared = classify(t, { setup: 'shared' });
        const own = classify(t, { setup: 'dedicated' });
        expect(own.reason).toBe(shared.reason);
        expect(own.category).toBe(shared.category);
        expect(own.permanence).toBe(shared.permanence);
        expect(own.actor === 'esp').toBe(false);
        if (shared.actor !== 'esp') expect(own.actor).toBe(shared.actor);
      }),
      runs(200),
    );
  });

  it('a line longer than the read limit is cut, marked truncated, and its evidence stays inside what was read', () => {
    fc.assert(
      fc.property(bounceText, fc.integer({ min: 1, max: 3000 }), (t, extra) => {
        const filler = 'x'.repeat(MAX_CLASSIFY_CHARS + extra - Math.min(t.length, MAX_CLASSIFY_CHARS));
        const text = `${t}${filler}`;
        const v = wellFormed(text);
        expect(v.truncated).toBe(true);
      }),
      runs(20),
    );
  });

  // KNOWN BUG for the lead (src/core/classify.ts): `status: ex.status?.value ?? ctx.status ?? ''`
  // passes a caller's context status through unchecked, so `classify('', { status: ' ' })` reports
  // status " " (contract: an RFC 3463 code or ""). parseEmail is safe (dsn.ts validates Status),
  // but the background's `classify` message takes a context from content scripts.
  it('[KNOWN BUG → lead] a malformed context status never becomes the verdict status', () => {
    fc.assert(
      fc.property(bounceText, fc.string({ maxLength: 8 }), (t, status) => void wellFormed(t, { status })),
      runs(100),
    );
  });

  it('the reply code and status it reports are ones that stand in the text', () => {
    fc.assert(
      fc.property(bounceText, (t) => {
        const v = classify(t);
        if (v.replyCode) expect(t).toContain(v.replyCode);
        const statusEvidence = v.evidence.find((e) => e.kind === 'status');
        if (statusEvidence) expect(statusEvidence.value).toBe(v.status);
      }),
      runs(300),
    );
  });
});
