// Shared by the popup component tests: the App with the real core, the English catalogue (an
// unknown message key throws, so a missing text fails the test) and fake clipboard/downloads.
import { fireEvent, render, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import catalog from '../../public/_locales/en/messages.json';
import { parseEmail } from '../../src/core/email/index.ts';
import { classify } from '../../src/core/index.ts';
import { App, type AppProps } from '../../src/popup/App.tsx';
import { catalogT } from '../../src/popup/i18n.ts';

export const t = catalogT(catalog);
export const NOW = new Date('2024-05-07T08:30:00Z');
export const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy';

export function renderApp(props: Partial<AppProps> = {}) {
  const copyText = vi.fn(async (_text: string) => {});
  const saveFile = vi.fn((_name: string, _type: string, _content: string) => {});
  const onSettingsChange = vi.fn();
  const utils = render(
    <App classify={classify} t={t} copyText={copyText} saveFile={saveFile} now={() => NOW} onSettingsChange={onSettingsChange} {...props} />,
  );
  return { ...utils, copyText, saveFile, onSettingsChange };
}

export const withEmail = { parseEmail: (raw: string, { setup }: { setup: 'shared' | 'dedicated' | 'self-hosted' }) => parseEmail(raw, { setup }) };

export function paste(text: string) {
  fireEvent.input(screen.getByRole('textbox', { name: /bounce/i }), { target: { value: text } });
}

/** Explanation cards in the paste results (contract.md: found by their data-* attributes). */
export const cards = () => Array.from(document.querySelectorAll<HTMLElement>('.results [data-category]'));

// A Postfix-style bounce (RFC 3464), anonymised.
export const EMAIL = [
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

/** A SendGrid Event Webhook batch: one block at Apple (on a shared IP), one delivery. */
export const SENDGRID_BATCH = JSON.stringify([
  {
    email: 'ana@icloud.com', timestamp: 1714989600, event: 'bounce', type: 'blocked', status: '5.7.1', sg_event_id: 'e1',
    sg_message_id: 'm1', ip: '198.51.100.23', reason: `${CS02}. Please visit https://support.apple.com/en-us/HT204137`,
  },
  { email: 'bo@example.org', timestamp: 1714989600, event: 'delivered', response: '250 OK', sg_event_id: 'e2' },
]);
