// @vitest-environment happy-dom
// The popup with the real core's classify passed as a prop: no extension APIs involved.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEmail } from '../../src/core/email/index.ts';
import { classify } from '../../src/core/index.ts';
import type { TabVerdict } from '../../src/messaging/protocol.ts';
import { App } from '../../src/popup/App.tsx';

const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy';
// A Postfix-style bounce (RFC 3464), anonymised.
const EMAIL = [
  'Return-Path: <>',
  'Date: Mon, 6 May 2024 10:00:00 +0000',
  'From: MAILER-DAEMON@mta.example.net (Mail Delivery System)',
  'Subject: Undelivered Mail Returned to Sender',
  'To: news@example.com',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain',
  '',
  '<pat@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
  '    <pat@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mta.example.net',
  '',
  'Final-Recipient: rfc822; pat@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown',
  '',
  '--B1--',
  '',
].join('\n');

afterEach(cleanup);

function paste(text: string) {
  fireEvent.input(screen.getByRole('textbox', { name: /bounce/i }), { target: { value: text } });
}

const cards = () => Array.from(document.querySelectorAll<HTMLElement>('.results [data-category]'));

describe('popup', () => {
  it('explains a pasted CS02 line: Apple, reputation, the ESP acts', async () => {
    render(<App classify={classify} />);
    paste(CS02);
    await waitFor(() => expect(cards()).toHaveLength(1));
    const card = cards()[0]!;
    expect(card.dataset).toMatchObject({ provider: 'apple', category: 'reputation', actor: 'esp', permanence: 'permanent' });
    const c = within(card);
    expect(c.getByText('Apple iCloud Mail')).toBeTruthy();
    expect(c.getByText('CS02', { selector: '.code' })).toBeTruthy();
    const who = c.getByRole('region', { name: 'Who must act' });
    expect(who.querySelectorAll('li')).toHaveLength(5);
    expect(who.querySelector('[aria-current="true"]')?.getAttribute('data-actor')).toBe('esp');
    expect(c.getByText('Keep address')).toBeTruthy();
    // Evidence: the matched codes are marked inside the original text.
    const marks = Array.from(card.querySelectorAll('pre.source mark')).map((m) => m.textContent);
    expect(marks).toEqual(['554', '5.7.1', 'CS02']);
    expect(c.getByText('apple/cs02')).toBeTruthy();
  });

  it('moves the actor to the sender for a dedicated IP', async () => {
    const onSetupChange = vi.fn();
    render(<App classify={classify} onSetupChange={onSetupChange} />);
    paste(CS02);
    await waitFor(() => expect(cards()[0]?.dataset.actor).toBe('esp'));
    fireEvent.change(screen.getByRole('combobox', { name: /send from/i }), { target: { value: 'dedicated' } });
    await waitFor(() => expect(cards()[0]?.dataset.actor).toBe('sender'));
    expect(onSetupChange).toHaveBeenCalledWith('dedicated');
  });

  it('shows a hint and no card before anything is pasted', async () => {
    render(<App classify={classify} />);
    expect(screen.getByText(/Paste the server’s reply/)).toBeTruthy();
    expect(cards()).toHaveLength(0);
    paste('   \n  ');
    await new Promise((r) => setTimeout(r, 250));
    expect(cards()).toHaveLength(0);
  });

  it('says plainly when the text is no bounce', async () => {
    render(<App classify={classify} />);
    paste('Thanks for the newsletter, see you on Monday!');
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]!.dataset.category).toBe('not_bounce');
    expect(within(cards()[0]!).getByText('Not a bounce', { selector: 'h2' })).toBeTruthy();
  });

  it('gives one card per bounce line, and one for a multiline reply', async () => {
    render(<App classify={classify} />);
    paste(`${CS02}\n554 5.7.1 [HM08] Message rejected due to local policy`);
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(cards().map((c) => c.querySelector('.code:last-child')?.textContent)).toEqual(['CS02', 'HM08']);
    paste('550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550 5.7.26 Gmail requires all senders to authenticate.');
    await waitFor(() => expect(cards()).toHaveLength(1));
  });

  it('shows pasted markup as text, never as HTML', async () => {
    render(<App classify={classify} />);
    paste(`${CS02} <img src=x onerror="alert(1)">`);
    await waitFor(() => expect(cards()).toHaveLength(1));
    fireEvent.click(within(cards()[0]!).getByText('Why we think so'));
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(cards()[0]!.querySelector('pre.source')?.textContent).toContain('<img src=x');
  });

  it('reads a pasted bounce email with the email decoder: one card per recipient', async () => {
    const parse = vi.fn((raw: string, { setup }: { setup: 'shared' | 'dedicated' | 'self-hosted' }) => parseEmail(raw, { setup }));
    render(<App classify={classify} parseEmail={parse} />);
    paste(EMAIL);
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(parse).toHaveBeenCalledOnce();
    expect(cards()[0]!.dataset).toMatchObject({ category: 'user_unknown', permanence: 'permanent' });
    expect(within(cards()[0]!).getByText('to pat@example.org')).toBeTruthy();
    expect(within(cards()[0]!).getByText('Remove address')).toBeTruthy();
  });

  it('lists the bounces found on the tab and opens one', async () => {
    const found: TabVerdict = { ...classify(CS02), text: CS02, recipient: 'pat@example.com' };
    render(<App classify={classify} loadTabVerdicts={async () => [found]} />);
    const button = await screen.findByRole('button', { name: /pat@example\.com/ });
    fireEvent.click(button);
    await waitFor(() => expect(document.querySelector('.tab-findings [data-provider="apple"]')).not.toBeNull());
  });

  it('says so when the tab has no bounces', async () => {
    render(<App classify={classify} loadTabVerdicts={async () => []} />);
    expect(await screen.findByText(/No bounces found on this page/)).toBeTruthy();
  });
});
