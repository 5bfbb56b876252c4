// toRecord() writes the verdict's fields out by name (records.ts, for speed): a field added to
// Verdict and not to toRecord would silently go missing from every parsed record. These tests
// compare each record with the Object.assign copy it replaces: the same keys, the same values.
import { describe, expect, it } from 'vitest';
import { toRecord, verdictFor } from '../../../src/core/email/records.ts';
import type { Finding } from '../../../src/core/email/types.ts';

function assigned(f: Finding, msgindex: number): object {
  const v = verdictFor(f, 'shared');
  const r: Record<string, unknown> = Object.assign({}, v, {
    msgindex,
    recipient: f.recipient,
    diagnosticCode: f.diagnostic,
    rhost: f.rhost ?? '',
    action: f.action ?? '',
  });
  if (!v.command && f.command) r.command = f.command;
  if (f.feedbackType) r.feedbackType = f.feedbackType;
  return r;
}

const base: Finding = { recipient: 'pat@example.org', diagnostic: '', rhost: 'mx.example.org', action: 'failed' };
const cases: Array<[string, Finding]> = [
  ['a reply naming no address', { ...base, diagnostic: '550 5.1.1 User unknown' }],
  ['a reply naming an address (the verdict has its own recipient)', { ...base, diagnostic: '550 5.1.1 <sam@example.net>: User unknown' }],
  ['a command from the decoder only', { ...base, diagnostic: '550 5.7.1 Rejected', command: 'DATA' }],
  ['a command in the text and from the decoder', { ...base, diagnostic: '550 5.1.1 User unknown (in reply to RCPT TO command)', command: 'DATA' }],
  ['a truncated text', { ...base, diagnostic: `550 5.1.1 <sam@example.net> ${'x'.repeat(70 * 1024)}` }],
  ['a feedback report', { ...base, diagnostic: '', reasonHint: 'feedback', feedbackType: 'abuse', action: undefined, rhost: undefined }],
];

describe('toRecord', () => {
  for (const [name, f] of cases) {
    it(`keeps every verdict field: ${name}`, () => {
      const record = toRecord(f, 3, 'shared');
      const expected = assigned(f, 3);
      expect(Object.keys(record).sort()).toEqual(Object.keys(expected).sort());
      expect(record).toEqual(expected);
    });
  }

  it('gives each record its own object, not the shared verdict', () => {
    const f = { ...base, diagnostic: '550 5.1.1 User unknown' };
    const a = toRecord(f, 1, 'shared');
    const b = toRecord(f, 2, 'shared');
    expect(a).not.toBe(b);
    expect(verdictFor(f, 'shared')).not.toHaveProperty('msgindex');
  });
});
