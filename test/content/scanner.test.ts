// @vitest-environment happy-dom
// The content pipeline end to end in a DOM without the Highlight API (the <mark> fallback):
// find → classify (a fake background) → mark → report, then a page change is read again, and the
// script's own <mark> wrapping never counts as a page change (no rescan loop).
import { afterEach, describe, expect, it, vi } from 'vitest';
import catalog from '../../public/_locales/en/messages.json';

const sent = vi.hoisted(() => [] as Array<{ type: string; items: Array<{ text: string; recipient?: string; id?: string }> }>);

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'test',
      sendMessage: vi.fn(async (m: (typeof sent)[number]) => {
        sent.push(m);
        if (m.type === 'classifyFindings') {
          const bounce = { bounce: true, reason: 'userunknown', category: 'user_unknown', permanence: 'permanent', hardBounce: true, actor: 'sender', provider: null, providerName: null, title: 'Address does not exist', summary: 'No such mailbox.', setup: 'shared' };
          return { verdicts: [bounce, { ...bounce, bounce: false }], results: m.items.map((i) => [/\b5\.1\.1\b/.test(i.text) ? 0 : 1]) };
        }
        return { count: m.items.length };
      }),
    },
    storage: { sync: { get: async () => ({}) }, onChanged: { addListener() {} } },
    i18n: { getMessage: (key: string) => (catalog as Record<string, { message: string }>)[key]?.message ?? '' },
  },
}));

const { Scanner } = await import('../../src/content/scanner.ts');
const { makeReader } = await import('../../src/content/units.ts');
const { default: sendgrid } = await import('../../src/content/find/sites/sendgrid.ts');

const ROW = (who: string, reason: string, status = 'Bounce') => `<tr><td>${status}</td><td>${who}</td><td>${reason}</td></tr>`;

afterEach(() => {
  document.body.innerHTML = '';
  sent.length = 0;
});

describe('Scanner (fallback marks)', () => {
  it('marks and reports each bounce row once, reads a page change, and ignores its own marks', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Status</th><th>Recipient</th><th>Reason</th></tr></thead><tbody>
      ${ROW('ana@example.com', '550 5.1.1 User unknown')}${ROW('ben@example.com', '250 2.0.0 OK', 'Delivered')}</tbody></table>
      <p contenteditable="true">550 5.1.1 typed in a compose box</p>`;
    const before = document.body.textContent;
    const scanner = new Scanner(makeReader([sendgrid], sendgrid.repeats));
    scanner.start();
    expect(await scanner.settled()).toBe(1);
    const marks = document.querySelectorAll('mark[data-bounce-lens="user_unknown"]');
    expect(Array.from(marks, (m) => m.textContent)).toEqual(['550 5.1.1 User unknown']);
    expect(document.querySelector('[contenteditable] mark')).toBeNull();
    expect(document.body.textContent).toBe(before);
    const report = sent.filter((m) => m.type === 'reportFindings').at(-1)!;
    expect(report.items).toMatchObject([{ text: '550 5.1.1 User unknown', recipient: 'ana@example.com', action: 'failed' }]);

    // Paging: a new row arrives; only it is classified.
    const row = document.createElement('tr');
    row.innerHTML = ROW('cy@example.org', '550 5.1.1 No such user here').slice(4, -5); // test markup: the cells
    document.querySelector('tbody')!.append(row);
    await vi.waitFor(() => expect(document.querySelectorAll('mark[data-bounce-lens]')).toHaveLength(2), { timeout: 3000 });
    expect(await scanner.settled()).toBe(2);
    const classified = sent.filter((m) => m.type === 'classifyFindings').flatMap((m) => m.items.map((i) => i.text));
    expect(classified).toEqual(['550 5.1.1 User unknown', '550 5.1.1 No such user here']);

    // Its own <mark> wrapping is no page change: nothing more is sent.
    const count = sent.length;
    await new Promise((ok) => setTimeout(ok, 800));
    expect(sent.length).toBe(count);

    scanner.stop();
    expect(document.querySelector('mark')).toBeNull();
    expect(sent.at(-1)).toEqual({ type: 'reportFindings', items: [] });
  });
});

describe('clamp', () => {
  it('keeps every finding within the protocol’s limits', async () => {
    const { clamp } = await import('../../src/content/report.ts');
    const { parseRequest } = await import('../../src/messaging/protocol.ts');
    const f = clamp({ text: 'x'.repeat(9000), recipient: `${'a'.repeat(400)}@example.com`, host: 'mx.example.com', id: 'r1' });
    expect(f).toEqual({ text: 'x'.repeat(4096), host: 'mx.example.com', id: 'r1' });
    expect(parseRequest({ type: 'reportFindings', items: [f] })).not.toBeNull();
  });
});
