// recordJson (src/cli/record-json.ts) must write exactly what JSON.stringify({ file, ...record })
// writes, for any record, also when values repeat from one record to the next.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordJson } from '../../src/cli/record-json.ts';

const value = fc.oneof(
  fc.string(),
  fc.constantFrom('Address does not exist', 'He said “no” — twice’', '\u2028', 'a"b\\c\n'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.array(fc.record({ kind: fc.string(), start: fc.integer() }), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);

describe('recordJson', () => {
  it('writes what JSON.stringify({ file, ...record }) writes', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), value, { maxKeys: 8 }), (file, record) => {
        expect(recordJson(file, record)).toBe(JSON.stringify({ file, ...record }));
        // Twice: the second time from what it remembered.
        expect(recordJson(file, record)).toBe(JSON.stringify({ file, ...record }));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves out functions and symbols, lets toJSON and a record of its own "file" be', () => {
    const shared = ['one', 'two'];
    const a = { reason: 'x', steps: shared, skip: () => 1, sym: Symbol('s'), gone: undefined };
    expect(recordJson('f', a)).toBe(JSON.stringify({ file: 'f', ...a }));
    expect(recordJson('g', { steps: shared })).toBe('{"file":"g","steps":["one","two"]}');
    const dated = { at: new Date(0) };
    expect(recordJson('f', dated)).toBe(JSON.stringify({ file: 'f', ...dated }));
    expect(recordJson('f', { file: 'other', n: 1 })).toBe('{"file":"other","n":1}');
    expect(recordJson('f', { b: 1, 7: 'x' })).toBe('{"7":"x","file":"f","b":1}');
  });
});
