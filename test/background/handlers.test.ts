// The service worker's listeners against a hand-made fake `browser` (toolchain.md gotcha 4: the
// polyfill throws outside an extension). The listeners are captured and called directly.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const session = new Map<string, unknown>();
  const sync = new Map<string, unknown>();
  const listeners: Record<string, (...args: never[]) => unknown> = {};
  const on = (name: string) => ({ addListener: (fn: (...args: never[]) => unknown) => void (listeners[name] = fn) });
  const area = (store: Map<string, unknown>) => ({
    get: vi.fn(async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => store.set(k, v))),
    remove: vi.fn(async (key: string) => void store.delete(key)),
  });
  const browser = {
    runtime: {
      id: 'bounce-lens-id',
      getURL: (p: string) => `chrome-extension://bounce-lens-id/${p}`,
      getManifest: () => ({ content_scripts: [{ js: ['src/content/webmail.js'], css: ['src/content/mark/highlight.css'] }], action: { default_popup: 'src/popup/index.html' } }),
      onMessage: on('message'),
      onInstalled: on('installed'),
      lastError: undefined,
    },
    tabs: { onUpdated: on('updated'), onRemoved: on('removed'), sendMessage: vi.fn(), create: vi.fn(async () => ({})) },
    storage: { session: area(session), sync: area(sync), onChanged: on('storage') },
    action: { setBadgeText: vi.fn(async (_details: { tabId: number; text: string }) => {}), setBadgeBackgroundColor: vi.fn(async () => {}), openPopup: vi.fn(async () => {}) },
    scripting: { executeScript: vi.fn(async () => []), insertCSS: vi.fn(async () => {}) },
    contextMenus: { create: vi.fn(), onClicked: on('menu') },
  };
  return { browser, session, sync, listeners };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
await import('../../src/background/index.ts');

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
const onMessage = fake.listeners.message as unknown as Listener;
const POPUP = { id: 'bounce-lens-id', url: 'chrome-extension://bounce-lens-id/src/popup/index.html' };
const PAGE = (tabId: number, frameId = 0) => ({ id: 'bounce-lens-id', url: 'https://mail.google.com/mail/u/0/', tab: { id: tabId }, frameId });
const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy';
const HM08 = '554 5.7.1 [HM08] Message rejected due to local policy';
const NOTICE = `This is the mail system at host mta.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<pat@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1
    <pat@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)

<lee@example.org>: host mx.example.org[192.0.2.25] said: 452 4.2.2
    <lee@example.org>: Mailbox full (in reply to RCPT TO command)
`;

beforeEach(() => {
  fake.session.clear();
  fake.sync.clear();
  vi.clearAllMocks();
});

const badgeOf = (tabId: number) => fake.browser.action.setBadgeText.mock.calls.filter(([a]) => a.tabId === tabId).at(-1)?.[0];

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
      { type: 'classifyFindings', items: [{ text: 'x'.repeat(5000) }] },
      { type: 'classifyFindings', items: [{ text: 'x'.repeat(40_000), notice: {} }] },
      { type: 'classifyFindings', items: [{ text: CS02, json: 'yes' }] },
      { type: 'reportFindings', items: [{ text: 'x'.repeat(5000) }] },
      { type: 'reportFindings', items: [{ text: CS02, recipient: 7 }] },
      { type: 'reportFindings', items: [{ text: CS02, notice: {} }] },
      { type: 'reportFindings', items: [{ text: CS02, reasonHint: 'bogus' }] },
      { type: 'getTabVerdicts', tabId: '3' },
      { type: 'getTabVerdicts', tabId: -1 },
      { type: 'scanTab', tabId: 1.5 },
      { type: 'toString' },
    ];
    for (const message of bad) await expect(onMessage(message, PAGE(1)) ?? Promise.resolve('dropped')).rejects.toThrow();
    expect(fake.browser.storage.session.set).not.toHaveBeenCalled();
  });

  it('stores a tab’s bounces, counts each failure once, sets its badge, and serves them to the popup only', async () => {
    const items = [
      { text: CS02, recipient: 'ana@example.com', id: 'row1' },
      { text: 'Opened on iPhone' },
      { text: HM08, id: 'row2' },
      // The detail panel repeating row 1 (no id) is the same failure; row 3 is another event.
      { text: `  ${CS02} ` },
      { text: CS02, recipient: 'ana@example.com', id: 'row3' },
    ];
    expect(await onMessage({ type: 'reportFindings', items }, PAGE(7))).toEqual({ count: 3 });
    expect(badgeOf(7)).toEqual({ tabId: 7, text: '3' });
    const reply = (await onMessage({ type: 'getTabVerdicts', tabId: 7 }, POPUP)) as { verdicts: Array<{ text: string; recipient?: string; provider: string }> };
    expect(reply.verdicts.map((v) => [v.text, v.recipient, v.provider])).toEqual([
      [CS02, 'ana@example.com', 'apple'],
      [HM08, undefined, 'apple'],
      [CS02, 'ana@example.com', 'apple'],
    ]);
    // A content script may not read tabs' findings, and the popup may not report any.
    await expect(onMessage({ type: 'getTabVerdicts', tabId: 7 }, PAGE(7))).rejects.toThrow(/not allowed/);
    await expect(onMessage({ type: 'reportFindings', items }, POPUP)).rejects.toThrow(/not allowed/);
    await expect(onMessage({ type: 'scanTab', tabId: 7 }, PAGE(7))).rejects.toThrow(/not allowed/);
    expect(await onMessage({ type: 'getTabVerdicts', tabId: 8 }, POPUP)).toEqual({ verdicts: [] });
  });

  it('counts the frames of a tab together; a frame that goes away takes its findings along', async () => {
    await onMessage({ type: 'reportFindings', items: [{ text: CS02, id: 'a' }] }, PAGE(9, 0));
    expect(await onMessage({ type: 'reportFindings', items: [{ text: HM08, id: 'b' }] }, PAGE(9, 4))).toEqual({ count: 2 });
    expect(badgeOf(9)?.text).toBe('2');
    expect(await onMessage({ type: 'reportFindings', items: [] }, PAGE(9, 4))).toEqual({ count: 1 });
    expect(badgeOf(9)?.text).toBe('1');
  });

  it('clears the badge when a page has no bounces, and forgets a tab when it navigates or closes', async () => {
    await onMessage({ type: 'reportFindings', items: [{ text: 'Opened on iPhone' }] }, PAGE(4));
    expect(badgeOf(4)?.text).toBe('');
    expect(fake.session.size).toBe(0);
    await onMessage({ type: 'reportFindings', items: [{ text: CS02 }] }, PAGE(5));
    await onMessage({ type: 'reportFindings', items: [{ text: HM08 }] }, PAGE(6));
    expect(fake.session.size).toBe(2);
    fake.listeners.updated!(5 as never, { status: 'loading' } as never);
    fake.listeners.removed!(6 as never);
    await vi.waitFor(() => expect(fake.session.size).toBe(0));
  });

  it('classifies findings: a line, an ESP row the core cannot read, a notice per recipient, event JSON', async () => {
    const json = JSON.stringify({ event: 'failed', severity: 'permanent', recipient: 'ivo@example.com', 'delivery-status': { code: 550, message: '5.1.1 The email account that you tried to reach does not exist.' } });
    const items = [
      { text: CS02 },
      { text: 'undefined Unable to find MX of domain no-mx.example.net', action: 'failed', recipient: 'lou@example.net' },
      { text: NOTICE, notice: { subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@mta.example.com' } },
      { text: json, json: true },
      { text: '{"event":"dropped","email":"x@example.com","reason":"Bounced Address"}', json: true },
      { text: 'not json at all', json: true },
    ];
    const reply = (await onMessage({ type: 'classifyFindings', items }, PAGE(2))) as { verdicts: Array<Record<string, unknown>>; results: number[][] };
    const results = reply.results.map((list) => list.map((i) => reply.verdicts[i]!));
    expect(reply.verdicts.length).toBeLessThanOrEqual(7);
    expect(results[0]).toMatchObject([{ bounce: true, category: 'reputation', actor: 'esp', permanence: 'permanent' }]);
    // The page says the event failed: a failure even when no rule knows the text (Sisimai's onhold).
    expect(results[1]).toMatchObject([{ bounce: true, reason: 'onhold', category: 'other' }]);
    expect(results[2]!.map((r) => [r.recipient, r.category, r.host, r.text])).toEqual([
      ['pat@example.org', 'user_unknown', 'mx.example.org', '550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown'],
      ['lee@example.org', 'mailbox_full', 'mx.example.org', '452 4.2.2 <lee@example.org>: Mailbox full'],
    ]);
    // The code sits apart from its text in Mailgun's JSON: it is put back in front.
    expect(results[3]).toMatchObject([{ bounce: true, category: 'user_unknown', recipient: 'ivo@example.com', text: '550 5.1.1 The email account that you tried to reach does not exist.', find: ['5.1.1 The email account that you tried to reach does not exist.'] }]);
    expect(results[4]).toMatchObject([{ bounce: false }]);
    expect(results[5]).toEqual([]);
    expect(fake.browser.storage.session.set).not.toHaveBeenCalled();
  });

  it('uses the sending setup from the settings (storage.sync), read again when they change', async () => {
    fake.sync.set('settings', { setup: 'dedicated', disabledSites: [] });
    fake.listeners.storage!({ settings: { newValue: fake.sync.get('settings') } } as never, 'sync' as never);
    const reply = (await onMessage({ type: 'classifyFindings', items: [{ text: CS02 }, { text: CS02 }] }, PAGE(2))) as { verdicts: Array<{ actor: string }>; results: number[][] };
    expect(reply.verdicts).toHaveLength(1);
    expect(reply.results).toEqual([[0], [0]]);
    expect(reply.verdicts[0]?.actor).toBe('sender');
    await onMessage({ type: 'reportFindings', items: [{ text: CS02 }] }, PAGE(3));
    const { verdicts } = (await onMessage({ type: 'getTabVerdicts', tabId: 3 }, POPUP)) as { verdicts: Array<{ actor: string; setup: string }> };
    expect(verdicts[0]).toMatchObject({ actor: 'sender', setup: 'dedicated' });
  });
});

describe('Scan this page (scanTab)', () => {
  it('asks the content script when it runs in the tab', async () => {
    fake.browser.tabs.sendMessage.mockResolvedValueOnce(4);
    expect(await onMessage({ type: 'scanTab', tabId: 11 }, POPUP)).toEqual({ ok: true, count: 4 });
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(11, { type: 'bounceLensSettled' }, { frameId: 0 });
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('injects it (activeTab) where it does not run yet, then asks', async () => {
    fake.browser.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection')).mockResolvedValueOnce(2);
    expect(await onMessage({ type: 'scanTab', tabId: 12 }, POPUP)).toEqual({ ok: true, count: 2 });
    expect(fake.browser.scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: 12 }, files: ['src/content/mark/highlight.css'] });
    expect(fake.browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 12 }, files: ['src/content/webmail.js'] });
  });

  it('answers with the error when the page may not be scripted', async () => {
    fake.browser.tabs.sendMessage.mockRejectedValue(new Error('no receiver'));
    fake.browser.scripting.insertCSS.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    expect(await onMessage({ type: 'scanTab', tabId: 13 }, POPUP)).toEqual({ ok: false, error: 'Cannot access contents of the page.' });
    fake.browser.tabs.sendMessage.mockReset();
  });
});

describe('Explain this bounce (context menu)', () => {
  it('makes the menu item on install, for selected text only', () => {
    fake.listeners.installed!();
    expect(fake.browser.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ title: 'Explain this bounce', contexts: ['selection'] }), expect.any(Function));
  });

  it('stores the verdict for the popup, opens it, and the popup takes it once', async () => {
    fake.listeners.menu!({ menuItemId: 'bounce-lens-explain', selectionText: CS02 } as never, { id: 21 } as never);
    await vi.waitFor(() => expect(fake.browser.action.openPopup).toHaveBeenCalled());
    const { request } = (await onMessage({ type: 'takeExplainRequest' }, POPUP)) as { request: { text: string; tabId: number; verdict: { provider: string } } };
    expect(request).toMatchObject({ text: CS02, tabId: 21, verdict: { provider: 'apple' } });
    expect(await onMessage({ type: 'takeExplainRequest' }, POPUP)).toEqual({ request: null });
    await expect(onMessage({ type: 'takeExplainRequest' }, PAGE(21))).rejects.toThrow(/not allowed/);
  });

  it('opens the popup page in a tab where the browser cannot open the popup', async () => {
    fake.browser.action.openPopup.mockRejectedValueOnce(new Error('no window'));
    fake.listeners.menu!({ menuItemId: 'bounce-lens-explain', selectionText: HM08 } as never, { id: 22 } as never);
    await vi.waitFor(() => expect(fake.browser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://bounce-lens-id/src/popup/index.html?explain=1' }));
  });
});
