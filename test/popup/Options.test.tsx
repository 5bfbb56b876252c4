// @vitest-environment happy-dom
// The options page: sending setup, sites on/off, and its own paste box (contract.md: a textarea
// named "bounce" with cards carrying data-* attributes).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classify } from '../../src/core/index.ts';
import { Options } from '../../src/options/Options.tsx';
import { CS02, t } from './helpers.tsx';

afterEach(cleanup);

function renderOptions(onSettingsChange = vi.fn(async () => {})) {
  render(
    <Options
      t={t}
      initialSettings={{ setup: 'shared', disabledSites: ['app.sendgrid.com'] }}
      onSettingsChange={onSettingsChange}
      sites={['mail.google.com', 'app.sendgrid.com', 'example.invalid']}
      classify={classify}
    />,
  );
  return onSettingsChange;
}

describe('options page', () => {
  it('chooses the sending setup with explained radio buttons, saved at once', async () => {
    const save = renderOptions();
    const shared = screen.getByRole('radio', { name: /An ESP’s shared IPs/ }) as HTMLInputElement;
    expect(shared.checked).toBe(true);
    expect(shared.getAttribute('aria-describedby')).toBe('help-shared');
    fireEvent.click(screen.getByRole('radio', { name: /My own mail server/ }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ setup: 'self-hosted', disabledSites: ['app.sendgrid.com'] }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('switches sites on and off, named by product', async () => {
    const save = renderOptions();
    const gmail = screen.getByRole('switch', { name: 'Gmail (mail.google.com)' }) as HTMLInputElement;
    const sendgrid = screen.getByRole('switch', { name: 'SendGrid (app.sendgrid.com)' }) as HTMLInputElement;
    expect([gmail.checked, sendgrid.checked]).toEqual([true, false]);
    expect(screen.getByRole('switch', { name: 'example.invalid' })).toBeTruthy();
    fireEvent.click(gmail);
    await waitFor(() => expect(save).toHaveBeenLastCalledWith({ setup: 'shared', disabledSites: ['app.sendgrid.com', 'mail.google.com'] }));
    fireEvent.click(sendgrid);
    await waitFor(() => expect(save).toHaveBeenLastCalledWith({ setup: 'shared', disabledSites: ['mail.google.com'] }));
  });

  it('says so when saving fails', async () => {
    renderOptions(vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))));
    fireEvent.click(screen.getByRole('radio', { name: /A dedicated IP/ }));
    expect(await screen.findByText('Could not save the settings: QUOTA_BYTES_PER_ITEM quota exceeded')).toBeTruthy();
  });

  it('has the paste box, explained under the chosen setup', async () => {
    renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: /A dedicated IP/ }));
    fireEvent.input(screen.getByRole('textbox', { name: /bounce/i }), { target: { value: CS02 } });
    await waitFor(() => expect(document.querySelector('[data-provider="apple"]')?.getAttribute('data-actor')).toBe('sender'));
  });
});
