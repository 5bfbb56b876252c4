// @vitest-environment happy-dom
// The popup's paste box with the real core's classify passed as a prop: no extension APIs involved.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatVerdict } from '../../src/core/format.ts';
import { classify } from '../../src/core/index.ts';
import { cards, CS02, EMAIL, paste, renderApp, SENDGRID_BATCH, withEmail } from './helpers.tsx';

afterEach(cleanup);

describe('popup: the paste box', () => {
  it('starts empty: a labelled box, a hint, an example button and no card', async () => {
    renderApp();
    const box = screen.getByRole('textbox', { name: /bounce/i });
    expect(box.tagName).toBe('TEXTAREA');
    expect(screen.getByText(/Nothing leaves your browser/)).toBeTruthy();
    expect(cards()).toHaveLength(0);
    paste('   \n  ');
    await new Promise((r) => setTimeout(r, 250));
    expect(cards()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: /try an example/i }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]!.dataset.provider).toBe('apple');
  });

  it('explains a pasted CS02 line: Apple, reputation, the ESP acts, evidence marked', async () => {
    renderApp();
    paste(CS02);
    await waitFor(() => expect(cards()).toHaveLength(1));
    const card = cards()[0]!;
    expect(card.dataset).toMatchObject({ provider: 'apple', category: 'reputation', actor: 'esp', permanence: 'permanent' });
    const c = within(card);
    expect(c.getByText('Apple iCloud Mail')).toBeTruthy();
    expect(c.getByText('CS02', { selector: '.code' })).toBeTruthy();
    const who = c.getByRole('group', { name: 'Who must act' });
    expect(who.querySelectorAll('li')).toHaveLength(5);
    expect(who.querySelector('[aria-current="true"]')?.getAttribute('data-actor')).toBe('esp');
    expect(within(who).getByText('(must act)')).toBeTruthy();
    expect(c.getByText('Keep address')).toBeTruthy();
    const marks = Array.from(card.querySelectorAll('pre.source mark')).map((m) => m.textContent);
    expect(marks).toEqual(['554', '5.7.1', 'CS02']);
    expect(c.getByText('apple/cs02')).toBeTruthy();
    // The card is named by its title (an article labelled by its heading).
    expect(screen.getByRole('article', { name: 'Sending IP reputation' })).toBe(card);
  });

  it('CS02 done well: meaning, why a careful sender gets it, why the ESP, meanwhile, and the draft', async () => {
    const { copyText } = renderApp();
    paste(`${CS02} (client 192.0.2.10)`);
    await waitFor(() => expect(cards()).toHaveLength(1));
    const panel = within(cards()[0]!).getByRole('group', { name: 'A shared-IP problem' });
    const p = within(panel);
    expect(p.getByText('What it means')).toBeTruthy();
    expect(p.getByText(/Cloudmark Sender Intelligence \(a Proofpoint service\) feeds/)).toBeTruthy();
    expect(p.getByText('Why you get it even if you send carefully')).toBeTruthy();
    expect(p.getByText(/other senders on it get your mail refused too/)).toBeTruthy();
    expect(p.getByText('Why only your ESP can fix it')).toBeTruthy();
    expect(p.getByText('What you can do meanwhile')).toBeTruthy();
    fireEvent.click(p.getByRole('button', { name: 'Draft a message to my ESP' }));
    await waitFor(() => expect(copyText).toHaveBeenCalledOnce());
    const draft = copyText.mock.calls[0]![0];
    expect(draft).toContain(`  ${CS02} (client 192.0.2.10)`);
    expect(draft).toContain('- Date: 2024-05-07 08:30 UTC (when I saw it)');
    expect(draft).toContain('- Sending IP: 192.0.2.10');
    expect(draft).toContain('Cloudmark Sender Intelligence');
    expect(await screen.findByText(/Message to your ESP copied/)).toBeTruthy();
    expect(p.getByText('Show the message')).toBeTruthy();
  });

  it('moves the actor to the sender under a dedicated IP and a self-hosted server, and saves the setting', async () => {
    const { onSettingsChange } = renderApp();
    paste(CS02);
    await waitFor(() => expect(cards()[0]?.dataset.actor).toBe('esp'));
    const select = screen.getByRole('combobox', { name: /send from/i });
    fireEvent.change(select, { target: { value: 'dedicated' } });
    await waitFor(() => expect(cards()[0]?.dataset.actor).toBe('sender'));
    expect(onSettingsChange).toHaveBeenLastCalledWith({ setup: 'dedicated', disabledSites: [] });
    const card = within(cards()[0]!);
    expect(card.queryByRole('button', { name: 'Draft a message to my ESP' })).toBeNull();
    expect(card.getByText(/your setting says the sending IP is your own/)).toBeTruthy();
    fireEvent.change(select, { target: { value: 'self-hosted' } });
    await waitFor(() => expect(onSettingsChange).toHaveBeenLastCalledWith({ setup: 'self-hosted', disabledSites: [] }));
    expect(cards()[0]?.dataset.actor).toBe('sender');
  });

  it('shows the text sent by “Explain this bounce” (the context menu) once it arrives', async () => {
    renderApp({ takeExplainRequest: async () => CS02 });
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect((screen.getByRole('textbox', { name: /bounce/i }) as HTMLTextAreaElement).value).toBe(CS02);
    expect(cards()[0]!.dataset.provider).toBe('apple');
  });

  it('says plainly when the text is no bounce', async () => {
    renderApp();
    paste('Thanks for the newsletter, see you on Monday!');
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]!.dataset.category).toBe('not_bounce');
    expect(within(cards()[0]!).getByText('Not a bounce', { selector: 'h2' })).toBeTruthy();
  });

  it('gives one card per bounce line, one for a multiline reply, one for a DSN excerpt', async () => {
    renderApp();
    paste(`${CS02}\n554 5.7.1 [HM08] Message rejected due to local policy`);
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(cards().map((c) => c.querySelector('.code:last-child')?.textContent)).toEqual(['CS02', 'HM08']);
    expect(screen.getByText('2 replies explained: 2 bounces.')).toBeTruthy();
    paste('550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550 5.7.26 Gmail requires all senders to authenticate.');
    await waitFor(() => expect(cards()).toHaveLength(1));
    paste('Final-Recipient: rfc822; kim@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 <kim@example.net>: user is over quota');
    await waitFor(() => expect(cards()[0]?.dataset.category).toBe('mailbox_full'));
    expect(cards()).toHaveLength(1);
  });

  it('shows pasted markup as text, never as HTML', async () => {
    renderApp();
    paste(`${CS02} <img src=x onerror="alert(1)">`);
    await waitFor(() => expect(cards()).toHaveLength(1));
    fireEvent.click(within(cards()[0]!).getByText('Why we think so'));
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(cards()[0]!.querySelector('pre.source')?.textContent).toContain('<img src=x');
  });

  it('reads a whole bounce email: one card per recipient, with the recipient and the email’s date', async () => {
    const { copyText } = renderApp(withEmail);
    paste(EMAIL);
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]!.dataset).toMatchObject({ category: 'user_unknown', permanence: 'permanent', actor: 'sender' });
    expect(within(cards()[0]!).getByText('to pat@example.org')).toBeTruthy();
    expect(within(cards()[0]!).getByText('Remove address')).toBeTruthy();
    expect(screen.getByText('Read as a bounce email: 1 recipient.')).toBeTruthy();
    // An ESP-owned bounce inside an email carries the email's Date into the draft.
    paste(EMAIL.replace(/550 5\.1\.1 <pat@example\.org>: Recipient address rejected: User unknown/g, '554 5.7.1 [CS02] Message rejected due to local policy'));
    await waitFor(() => expect(cards()[0]?.dataset.actor).toBe('esp'));
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Draft a message to my ESP' }));
    await waitFor(() => expect(copyText).toHaveBeenCalled());
    expect(copyText.mock.calls[0]![0]).toContain('- Date: 2024-05-06 10:00 UTC');
    expect(copyText.mock.calls[0]![0]).toContain('- Recipient domain: example.org');
  });

  it('reads ESP event JSON: the failures as cards with the ESP’s own label, deliveries skipped', async () => {
    const { copyText } = renderApp();
    paste(SENDGRID_BATCH);
    await waitFor(() => expect(cards()).toHaveLength(1));
    const card = within(cards()[0]!);
    expect(cards()[0]!.dataset).toMatchObject({ provider: 'apple', actor: 'esp' });
    expect(card.getByText('to ana@icloud.com')).toBeTruthy();
    expect(card.getByText('SendGrid: Block')).toBeTruthy();
    expect(screen.getByText('Read as SendGrid events: 1 failure.')).toBeTruthy();
    expect(screen.getByText('Skipped events that are no failure: delivered × 1.')).toBeTruthy();
    fireEvent.click(card.getByRole('button', { name: 'Draft a message to my ESP' }));
    await waitFor(() => expect(copyText).toHaveBeenCalled());
    const draft = copyText.mock.calls[0]![0];
    expect(draft).toContain('Hello SendGrid support,');
    expect(draft).toContain('- Sending IP: 198.51.100.23');
    expect(draft).toContain('- Recipient domain: icloud.com');
    expect(draft).toContain('- Date: 2024-05-06 10:00 UTC');
  });

  it('shows how ESPs label the bounce when no ESP event was pasted', async () => {
    renderApp();
    paste(CS02);
    await waitFor(() => expect(cards()).toHaveLength(1));
    const section = within(cards()[0]!).getByRole('group', { name: 'Your ESP’s label' });
    expect(within(section).getByText('SendGrid').nextElementSibling?.textContent).toBe('Reputation');
    expect(within(section).getByText('SparkPost').nextElementSibling?.textContent).toBe('51 Spam Block');
    expect(within(section).getByText(/not the ESPs’ own statement/)).toBeTruthy();
  });

  it('copies one verdict as text (the CLI’s explain wording)', async () => {
    const { copyText } = renderApp();
    paste(CS02);
    await waitFor(() => expect(cards()).toHaveLength(1));
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(copyText).toHaveBeenCalledWith(formatVerdict(classify(CS02), CS02)));
    expect(await screen.findByText('Explanation copied as text.')).toBeTruthy();
  });

  it('exports the explained bounces as CSV and JSON', async () => {
    const { saveFile } = renderApp();
    paste(`${CS02}\n550 5.1.1 <=cmd|x@example.org>: Recipient address rejected: User unknown`);
    await waitFor(() => expect(cards()).toHaveLength(2));
    const group = screen.getByRole('group', { name: 'Export 2 bounces:' });
    fireEvent.click(within(group).getByRole('button', { name: 'CSV' }));
    const [name, type, csv] = saveFile.mock.calls[0]!;
    expect(name).toBe('bounce-lens-2024-05-07-0830.csv');
    expect(type).toMatch(/^text\/csv/);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^recipient,bounce,category,actor,permanence,hardBounce,provider/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',reputation,esp,permanent,false,apple,');
    fireEvent.click(within(group).getByRole('button', { name: 'JSON' }));
    const json = JSON.parse(saveFile.mock.calls[1]![2]);
    expect(json.map((v: { category: string }) => v.category)).toEqual(['reputation', 'user_unknown']);
    expect(await screen.findByText('Saved bounce-lens-2024-05-07-0830.json.')).toBeTruthy();
  });

  it('keeps a huge paste out of the text area, reads its first 1 MB, and can clear it', async () => {
    renderApp();
    const box = screen.getByRole('textbox', { name: /bounce/i }) as HTMLTextAreaElement;
    const huge = `${CS02}\n`.repeat(Math.ceil((3 * 1024 * 1024) / (CS02.length + 1)));
    fireEvent.paste(box, { clipboardData: { getData: () => huge } });
    expect(box.value).toBe('');
    expect(await screen.findByText(/Pasted 3\.0 MB of text/)).toBeTruthy();
    await waitFor(() => expect(cards()).toHaveLength(50), { timeout: 10_000 });
    expect(screen.getByText(/This paste is 3\.0 MB; Bounce Lens read its first 1\.0 MB/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(cards()).toHaveLength(0));
    expect(screen.queryByText(/Pasted 3\.0 MB/)).toBeNull();
  });

  it('stays responsive when 10 MB arrive as typed input: reads the first 1 MB and says so', async () => {
    renderApp();
    const line = `${CS02}\n`;
    const huge = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const started = performance.now();
    paste(huge);
    await waitFor(() => expect(screen.getByText(/This paste is 10\.0 MB; Bounce Lens read its first 1\.0 MB/)).toBeTruthy(), { timeout: 10_000 });
    // A few per frame: on a loaded machine the 50 take longer than waitFor's default second.
    await waitFor(() => expect(cards()).toHaveLength(50), { timeout: 10_000 });
    expect(screen.getByText('Showing the first 50 only.')).toBeTruthy();
    expect(performance.now() - started).toBeLessThan(8_000);
  });
});
