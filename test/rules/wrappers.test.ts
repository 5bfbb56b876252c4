// Every provider example keeps its verdict under the wrappers real tools put around a server reply
// (issue 4): DSN Diagnostic-Code, Postfix "host X said", Exim "SMTP error from remote mail server",
// ESP "smtp;" prefixes, multi-line 550- continuations, and upper or lower case.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.ts';
import { providers } from '../../src/rules/index.ts';

const LEADING_REPLY = /^([245]\d\d)[ -]((?:[245]\.\d{1,3}\.\d{1,3})\s)?/;

/** Folds a reply over three lines the way Gmail and Postfix continuation lines look. */
function folded(line: string): string | null {
  const m = LEADING_REPLY.exec(line);
  if (!m || line.includes('\n')) return null;
  const prefix = `${m[1]}${m[2] ? ` ${m[2].trim()}` : ''}`;
  const words = line.slice(m[0].length).split(' ');
  if (words.length < 3) return null;
  const a = Math.ceil(words.length / 3);
  const parts = [words.slice(0, a), words.slice(a, 2 * a), words.slice(2 * a)].filter((p) => p.length > 0);
  return parts.map((p, i) => `${i < parts.length - 1 ? prefix.replace(' ', '-').replace(/^(\d{3})$/, '$1-') : prefix} ${p.join(' ')}`).join('\n');
}

const WRAPPERS: Array<[string, (line: string) => string | null]> = [
  ['Diagnostic-Code', (l) => `Diagnostic-Code: smtp; ${l}`],
  ['Postfix host said', (l) => `host mx.example.net[192.0.2.44] said: ${l} (in reply to end of DATA command)`],
  ['Exim remote error', (l) => `SMTP error from remote mail server after end of data: ${l}`],
  ['ESP smtp; prefix', (l) => `smtp;${l}`],
  ['folded 550- lines', folded],
  ['lower case', (l) => l.toLowerCase()],
  ['upper case', (l) => l.toUpperCase()],
];

const KEYS = ['bounce', 'reason', 'category', 'actor', 'permanence', 'provider'] as const;

describe('provider examples under wrappers', () => {
  for (const table of providers) {
    describe(table.id, () => {
      for (const rule of table.rules) {
        for (const example of rule.examples) {
          const plain = classify(example);
          const expected = Object.fromEntries(KEYS.map((k) => [k, plain[k]]));
          for (const [name, wrap] of WRAPPERS) {
            const wrapped = wrap(example);
            if (wrapped === null) continue;
            it(`${rule.id} · ${name}`, () => {
              const got = classify(wrapped);
              expect(Object.fromEntries(KEYS.map((k) => [k, got[k]])), wrapped).toEqual(expected);
            });
          }
        }
      }
    });
  }
});
