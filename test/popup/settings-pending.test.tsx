// @vitest-environment happy-dom
// The popup renders before storage.sync answers (main.tsx passes the pending read): the paste
// box takes input at once, nothing is explained under a guessed setup, and a setup chosen early
// is kept and saved together with the stored sites.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classify } from '../../src/core/index.ts';
import type { TabVerdict } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/popup/settings.ts';
import { cards, CS02, paste, renderApp } from './helpers.tsx';

afterEach(cleanup);

/** A settings read that answers when the test says so. */
function pendingRead() {
  let answer: (s: Settings) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const read = new Promise<Settings>((ok, no) => ((answer = ok), (fail = no)));
  return { read, answer, fail };
}

const setupSelect = () => screen.getByRole('combobox', { name: /send from/i }) as HTMLSelectElement;
const settle = () => new Promise((ok) => setTimeout(ok, 250));

describe('popup: before the stored settings arrive', () => {
  it('takes a paste at once and explains it under the stored setup once read', async () => {
    const { read, answer } = pendingRead();
    const { onSettingsChange } = renderApp({ initialSettings: read });
    const box = screen.getByRole('textbox', { name: /bounce/i });
    paste(CS02);
    expect((box as HTMLTextAreaElement).value).toBe(CS02);
    await settle();
    expect(cards()).toHaveLength(0);
    expect(document.querySelector('.results')?.getAttribute('aria-busy')).toBe('true');
    answer({ setup: 'dedicated', disabledSites: [] });
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]!.dataset).toMatchObject({ provider: 'apple', actor: 'sender' });
    expect(setupSelect().value).toBe('dedicated');
    expect(onSettingsChange).not.toHaveBeenCalled();
  });

  it('keeps a setup chosen early, and saves it with the stored sites', async () => {
    const { read, answer } = pendingRead();
    const { onSettingsChange } = renderApp({ initialSettings: read });
    fireEvent.change(setupSelect(), { target: { value: 'self-hosted' } });
    paste(CS02);
    await waitFor(() => expect(cards()[0]?.dataset.actor).toBe('sender'));
    expect(onSettingsChange).not.toHaveBeenCalled();
    answer({ setup: 'shared', disabledSites: ['mail.google.com'] });
    await waitFor(() => expect(onSettingsChange).toHaveBeenCalledWith({ setup: 'self-hosted', disabledSites: ['mail.google.com'] }));
    expect(setupSelect().value).toBe('self-hosted');
    expect(cards()[0]!.dataset.actor).toBe('sender');
  });

  it('falls back to the defaults when the read fails', async () => {
    const { read, fail } = pendingRead();
    renderApp({ initialSettings: read });
    paste(CS02);
    fail(new Error('storage unavailable'));
    await waitFor(() => expect(cards()[0]?.dataset.actor).toBe('esp'));
  });

  it('shows the page view and the site switch only once the setup is known', async () => {
    const { read, answer } = pendingRead();
    const verdict: TabVerdict = { ...classify(CS02), text: CS02, recipient: 'ana@icloud.com' };
    const load = vi.fn(async () => [verdict]);
    renderApp({ initialSettings: read, tab: { host: 'mail.google.com', readable: true, load }, site: 'mail.google.com' });
    await settle();
    expect(screen.queryByText('On this page')).toBeNull();
    expect(load).not.toHaveBeenCalled();
    answer({ setup: 'shared', disabledSites: ['mail.google.com'] });
    expect(await screen.findByRole('heading', { name: /Your ESP must act/ })).toBeTruthy();
    expect((screen.getByRole('switch', { name: 'Highlight bounces on mail.google.com' }) as HTMLInputElement).checked).toBe(false);
  });
});
