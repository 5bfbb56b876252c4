// The content script's verdict cache: log rows that differ only in the recipient's mailbox or an IP
// are asked about once (the background's template cache would give them one verdict anyway);
// rows that differ in anything a rule reads are asked about apart.
import { describe, expect, it, vi } from 'vitest';
import { classify } from '../../src/core/index.ts';
import { template } from '../../src/messaging/template.ts';

const asked = vi.hoisted(() => [] as Array<Array<{ text: string; recipient?: string }>>);
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: vi.fn(async (m: { items: Array<{ text: string }> }) => {
        asked.push(m.items);
        const verdicts = m.items.map((i) => ({ bounce: true, title: i.text }));
        return { verdicts, results: m.items.map((_, n) => [n]) };
      }),
    },
  },
}));

const { Classifier, findingKey } = await import('../../src/content/classifier.ts');

const row = (i: number, code = '550 5.1.1') => ({ text: `${code} <user${i}@example.net>: Recipient address rejected: User unknown`, recipient: `user${i}@example.net`, action: 'failed' });
const block = (i: number) => ({ text: `550 5.7.606 Access denied, banned sending IP [198.51.100.${i}].`, recipient: `u${i}@example.org`, action: 'failed' });

describe('Classifier', () => {
  it('asks once per group of rows and gives every row its group’s verdicts', async () => {
    asked.length = 0;
    const c = new Classifier();
    // Templates keep lengths: the mailboxes and IPs of one group have the same length here.
    const rows = [row(11), row(22), block(107), row(33), block(201), row(44, '550 5.1.10'), { ...row(55), host: 'mx.example.net' }];
    const got = await c.verdicts(rows);
    // Four groups: the user-unknown rows, the block rows, another status code, another host.
    const groups = [[0, 1, 3], [2, 4], [5], [6]];
    expect(asked.flat()).toHaveLength(groups.length);
    for (const g of groups) {
      const title = got[g[0]!]![0]!.title;
      expect(g.map((i) => rows[i]!.text)).toContain(title);
      expect(g.map((i) => got[i]![0]!.title)).toEqual(g.map(() => title));
    }
    // Known groups are not asked about again.
    await c.verdicts([row(90), block(199)]);
    expect(asked).toHaveLength(1);
  });

  it('groups only rows whose templates, and so verdicts, are equal', () => {
    const texts = [row(1), row(22), row(4, '550 5.1.10'), block(7), block(201), { text: '421 4.7.0 Try again later from 203.0.113.5', recipient: 'ab@example.com' }];
    for (const a of texts) {
      for (const b of texts) {
        if (findingKey(a) !== findingKey(b)) continue;
        expect(template(a.text, a.recipient)).toBe(template(b.text, b.recipient));
        expect(classify(a.text, { recipient: a.recipient }).category).toBe(classify(b.text, { recipient: b.recipient }).category);
      }
    }
  });
});
