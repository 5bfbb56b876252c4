// @vitest-environment happy-dom
// "On this page": grouping, opening a card, scanning, the empty state, the site switch, export.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classify } from '../../src/core/index.ts';
import type { TabVerdict } from '../../src/messaging/protocol.ts';
import type { ScanReply, TabAccess } from '../../src/popup/tab.ts';
import { CS02, renderApp } from './helpers.tsx';

afterEach(cleanup);

const found = (text: string, recipient?: string): TabVerdict => ({ ...classify(text), text, ...(recipient ? { recipient } : {}) });
const PAGE: TabVerdict[] = [
  found(CS02, 'ana@icloud.com'),
  found('554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', 'bo@me.com'),
  found('550 5.1.1 The email account that you tried to reach does not exist.', 'cy@gmail.com'),
  found('452 4.2.2 The recipient’s inbox is out of storage space.', 'di@gmail.com'),
];

function tab(verdicts: TabVerdict[], scan?: () => Promise<ScanReply>): TabAccess {
  return { host: 'mail.google.com', readable: true, load: vi.fn(async () => verdicts), ...(scan ? { scan } : {}) };
}

const groupOf = (actor: string) => document.querySelector<HTMLElement>(`[data-group-actor="${actor}"]`)!;

describe('popup: the page view', () => {
  it('groups the page’s bounces by who must act, then category, with counts', async () => {
    renderApp({ tab: tab(PAGE) });
    await screen.findByRole('heading', { name: /On this page 4 bounces/ });
    const actors = () => Array.from(document.querySelectorAll<HTMLElement>('[data-group-actor]')).map((g) => g.dataset.groupActor);
    await waitFor(() => expect(actors()).toEqual(['sender', 'esp', 'recipient']));
    const esp = within(groupOf('esp'));
    expect(esp.getByRole('heading', { level: 3, name: 'Your ESP must act 2 bounces' })).toBeTruthy();
    expect(esp.getByRole('heading', { level: 4, name: 'Sending reputation 2 bounces' })).toBeTruthy();
    expect(within(groupOf('sender')).getByRole('heading', { level: 4, name: 'Unknown address 1 bounce' })).toBeTruthy();
    expect(esp.getByRole('heading', { level: 3 }).querySelector('.count')?.textContent).toBe('2');
  });

  it('opens a finding into its explanation card and closes it again', async () => {
    renderApp({ tab: tab(PAGE) });
    const button = await screen.findByRole('button', { name: /ana@icloud\.com/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.querySelector('.page-view [data-provider="apple"]')).not.toBeNull());
    const card = document.querySelector<HTMLElement>('.page-view [data-provider="apple"]')!;
    expect(card.dataset).toMatchObject({ category: 'reputation', actor: 'esp', permanence: 'permanent' });
    expect(within(card).getByText('to ana@icloud.com')).toBeTruthy();
    fireEvent.click(button);
    expect(document.querySelector('.page-view [data-category]')).toBeNull();
  });

  it('re-explains the page’s bounces for another sending setup', async () => {
    renderApp({ tab: tab(PAGE) });
    await screen.findByRole('heading', { name: /Your ESP must act/ });
    fireEvent.change(screen.getByRole('combobox', { name: /send from/i }), { target: { value: 'dedicated' } });
    await waitFor(() => expect(document.querySelector('[data-group-actor="esp"]')).toBeNull());
    expect(within(groupOf('sender')).getByRole('heading', { level: 3, name: 'You must act 3 bounces' })).toBeTruthy();
  });

  it('empty state: says what it looks for, and scans the page on request', async () => {
    let verdicts: TabVerdict[] = [];
    const access = tab([]);
    access.load = vi.fn(async () => verdicts);
    access.scan = vi.fn(async (): Promise<ScanReply> => {
      verdicts = [PAGE[2]!];
      return { ok: true, count: 1 };
    });
    renderApp({ tab: access });
    expect(await screen.findByText('No bounces found on this page.')).toBeTruthy();
    expect(screen.getByText(/looks for bounce notices and server replies/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByText('Scan complete: found 1 bounce.')).toBeTruthy();
    expect(access.scan).toHaveBeenCalledOnce();
    expect(await screen.findByRole('button', { name: /cy@gmail\.com/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scan again' })).toBeTruthy();
  });

  it('shows a scan error (an older background, a browser page) without breaking', async () => {
    renderApp({ tab: tab([], async () => ({ ok: false, error: 'Cannot access a chrome:// URL' })) });
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByText('Could not scan this page: Cannot access a chrome:// URL')).toBeTruthy();
    const failing = tab([], () => Promise.reject(new Error('Bounce Lens: malformed message')));
    cleanup();
    renderApp({ tab: failing });
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByText('Could not scan this page: Bounce Lens: malformed message')).toBeTruthy();
  });

  it('switches Bounce Lens off for this site (settings.disabledSites)', async () => {
    const { onSettingsChange } = renderApp({ tab: tab(PAGE), site: 'mail.google.com' });
    const toggle = await screen.findByRole('switch', { name: 'Highlight bounces on mail.google.com' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    expect(onSettingsChange).toHaveBeenLastCalledWith({ setup: 'shared', disabledSites: ['mail.google.com'] });
    fireEvent.click(toggle);
    expect(onSettingsChange).toHaveBeenLastCalledWith({ setup: 'shared', disabledSites: [] });
  });

  it('follows settings changed elsewhere (the options page)', async () => {
    let push: (s: { setup: 'self-hosted'; disabledSites: string[] }) => void = () => {};
    renderApp({ tab: tab(PAGE), subscribeSettings: (l) => ((push = l), () => {}) });
    await screen.findByRole('heading', { name: /Your ESP must act/ });
    push({ setup: 'self-hosted', disabledSites: [] });
    await waitFor(() => expect(document.querySelector('[data-group-actor="esp"]')).toBeNull());
    expect((screen.getByRole('combobox', { name: /send from/i }) as HTMLSelectElement).value).toBe('self-hosted');
  });

  it('exports the page’s bounces as CSV', async () => {
    const { saveFile } = renderApp({ tab: tab(PAGE) });
    const group = await screen.findByRole('group', { name: 'Export 4 bounces:' });
    fireEvent.click(within(group).getByRole('button', { name: 'CSV' }));
    const csv: string = saveFile.mock.calls[0]![2];
    expect(csv.trim().split('\r\n')).toHaveLength(5);
    expect(csv).toContain('ana@icloud.com,true,reputation,esp,permanent,false,apple,554,5.7.1,CS02');
  });

  it('says so on a browser page, and offers no scan there', async () => {
    const access = { ...tab(PAGE), readable: false };
    renderApp({ tab: access });
    expect(screen.getByText(/This is a browser page/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
    expect(access.load).not.toHaveBeenCalled();
  });

  it('shows nothing of the page view outside a tab', () => {
    renderApp();
    expect(screen.queryByText('On this page')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
  });
});
