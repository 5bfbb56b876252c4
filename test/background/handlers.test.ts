// The service worker's listeners against a hand-made fake `browser` (toolchain.md gotcha 4: the
// polyfill throws outside an extension). The listener is captured and called directly.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const session = new Map<string, unknown>();
  const listeners: Record<string, (...args: never[]) => unknown> = {};
  const on = (name: string) => ({ addListener: (fn: (...args: never[]) => unknown) => void (listeners[name] = fn) });
  const browser = {
    runtime: { id: 'bounce-lens-id', getURL: (p: string) => `chrome-extension://bounce-lens-id/${p}`, onMessage: on('message') },
    tabs: { onUpdated: on('updated'), onRemoved: on('removed') },
    storage: {
      session: {
        get: vi.fn(async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, v))),
        remove: vi.fn(async (key: string) => void session.delete(key)),
      },
    },
    action: { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) },
  };
  return { browser, session, listeners };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
await import('../../src/background/index.ts');

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
const onMessage = fake.listeners.message as unknown as Listener;
const POPUP = { id: 'bounce-lens-id', url: 'chrome-extension://bounce-lens-id/src/popup/index.html' };
const PAGE = (tabId: number) => ({ id: 'bounce-lens-id', url: 'https://mail.google.com/mail/u/0/', tab: { id: tabId } });
const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy';
const HM08 = '554 5.7.1 [HM08] Message rejected due to local policy';

beforeEach(() => {
  fake.session.clear();
  vi.clearAllMocks();
});

describe('background messages', () => {
  it('classifies for the extension’s pages and content scripts', async () => {
    const v = (await onMessage({ type: 'classify', text: CS02 }, POPUP)) as { provider: string; actor: string };
    expect(v).toMatchObject({ provider: 'apple', category: 'reputation', actor: 'esp' });
    const dedicated = await onMessage({ type: 'classify', text: CS02, context: { setup: 'dedicated' } }, PAGE(3));
    expect(dedicated).toMatchObject({ actor: 'sender' });
    const many = (await onMessage({ type: 'classifyMany', texts: [CS02, 'hello'] }, POPUP)) as Array<{ bounce: boolean }>;
    expect(many.map((x) => x.bounce)).toEqual([true, false]);
  });

  it('drops messages from anyone but this extension', () => {
    expect(onMessage({ type: 'classify', text: CS02 }, { ...POPUP, id: 'other-extension' })).toBeUndefined();
    expect(onMessage({ type: 'classify', text: CS02 }, {})).toBeUndefined();
  });

  it('refuses malformed and oversized payloads', async () => {
    const bad: unknown[] = [
      null,
      'classify',
      { type: 'nope' },
      { type: 'classify' },
      { type: 'classify', text: 42 },
      { type: 'classify', text: 'x'.repeat(64 * 1024 + 1) },
      { type: 'classify', text: CS02, context: { setup: 'cloud' } },
      { type: 'classify', text: CS02, context: { host: 'h'.repeat(400) } },
      { type: 'classifyMany', texts: 'abc' },
      { type: 'classifyMany', texts: Array(501).fill('x') },
      { type: 'reportFindings', items: [{ text: 'x'.repeat(5000) }] },
      { type: 'reportFindings', items: [{ text: CS02, recipient: 7 }] },
      { type: 'getTabVerdicts', tabId: '3' },
      { type: 'getTabVerdicts', tabId: -1 },
      { type: 'toString' },
    ];
    for (const message of bad) await expect(onMessage(message, PAGE(1)) ?? Promise.resolve('dropped')).rejects.toThrow();
    expect(fake.browser.storage.session.set).not.toHaveBeenCalled();
  });

  it('stores a tab’s bounces, sets its badge, and serves them to the popup only', async () => {
    const items = [{ text: CS02, recipient: 'ana@example.com' }, { text: 'Opened on iPhone' }, { text: HM08 }, { text: CS02 }];
    const verdicts = (await onMessage({ type: 'reportFindings', items }, PAGE(7))) as Array<{ bounce: boolean }>;
    expect(verdicts.map((v) => v.bounce)).toEqual([true, false, true, true]);
    // The repeat of the CS02 line without a recipient (a detail panel) is the same failure.
    expect(fake.browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '2' });
    const reply = (await onMessage({ type: 'getTabVerdicts', tabId: 7 }, POPUP)) as { verdicts: Array<{ text: string; recipient?: string }> };
    expect(reply.verdicts.map((v) => [v.text, v.recipient])).toEqual([[CS02, 'ana@example.com'], [HM08, undefined]]);
    // A content script may not read tabs' findings, and the popup may not report any.
    await expect(onMessage({ type: 'getTabVerdicts', tabId: 7 }, PAGE(7))).rejects.toThrow(/not allowed/);
    await expect(onMessage({ type: 'reportFindings', items }, POPUP)).rejects.toThrow(/not allowed/);
    // Another tab is separate.
    expect(await onMessage({ type: 'getTabVerdicts', tabId: 8 }, POPUP)).toEqual({ verdicts: [] });
  });

  it('clears the badge when a page has no bounces', async () => {
    await onMessage({ type: 'reportFindings', items: [{ text: 'Opened on iPhone' }] }, PAGE(4));
    expect(fake.browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 4, text: '' });
    expect(fake.session.size).toBe(0);
  });

  it('forgets a tab’s findings when it navigates or closes', async () => {
    await onMessage({ type: 'reportFindings', items: [{ text: CS02 }] }, PAGE(5));
    await onMessage({ type: 'reportFindings', items: [{ text: HM08 }] }, PAGE(6));
    expect(fake.session.size).toBe(2);
    fake.listeners.updated!(5 as never, { status: 'loading' } as never);
    fake.listeners.removed!(6 as never);
    await vi.waitFor(() => {
      expect(fake.session.size).toBe(0);
      expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '' });
    });
  });

  it('keeps nothing in worker memory: a fresh read comes from storage.session', async () => {
    fake.session.set('tab:9', [{ ...(await onMessage({ type: 'classify', text: CS02 }, POPUP) as object), text: CS02 }]);
    const reply = (await onMessage({ type: 'getTabVerdicts', tabId: 9 }, POPUP)) as { verdicts: unknown[] };
    expect(reply.verdicts).toHaveLength(1);
  });
});
