// @vitest-environment happy-dom
// The generic finder and the <mark> fallback on small saved-page snippets.
import { afterEach, describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/content/find/scan-text.ts';
import { createMarkLayer } from '../../src/content/mark/highlight.ts';
import type { SlimVerdict } from '../../src/messaging/protocol.ts';

const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page text
  return document.body;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findCandidates', () => {
  it('finds reply lines, one per block, and ignores text without a 4xx/5xx reply and status', () => {
    const body = page(`<div>The response was:</div><div>${CS02}</div>
      <p>250 2.0.0 OK queued</p><p>Call 555 1234 today</p><div>421 4.7.0 try again later</div>`);
    expect(findCandidates(body).map((c) => c.text)).toEqual([CS02, '421 4.7.0 try again later']);
  });

  it('reads a line split over inline elements and stops at <br>', () => {
    const body = page('<div><b>550 5.1.1</b> &lt;<a href="#">x@example.net</a>&gt;: User unknown<br>Next line</div>');
    const [c] = findCandidates(body);
    expect(c?.text).toBe('550 5.1.1 <x@example.net>: User unknown');
    expect(c?.segments.map((s) => s.node.data.slice(s.start, s.end)).join('')).toBe(c?.text);
    const [withLeadIn] = findCandidates(page('<p>host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown</p>'));
    expect(withLeadIn?.text).toBe('host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown');
    expect(withLeadIn?.segments.map((s) => s.node.data.slice(s.start, s.end)).join('')).toBe('550 5.1.1 unknown');
  });

  it('never reads compose boxes, form fields, scripts or styles', () => {
    const body = page(`<textarea>${CS02}</textarea><input value="${CS02}">
      <div contenteditable="true"><p>${CS02}</p></div><div role="textbox">${CS02}</div>
      <script>var s = "${CS02}";</script><style>/* ${CS02} */</style>`);
    expect(findCandidates(body)).toEqual([]);
  });

  it('keeps a multiline reply together', () => {
    const body = page('<div>550-5.7.26 This mail has been blocked<br>550-5.7.26 because the sender is unauthenticated.<br>550 5.7.26 Authenticate with SPF or DKIM.</div><div>Other text</div>');
    const found = findCandidates(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.text.split('\n')).toHaveLength(3);
  });

  it('takes the recipient from the same table row of an ESP log', () => {
    const body = page(`<table><tr><td>Bounced</td><td>ana@example.com</td><td>${CS02}</td></tr></table>`);
    expect(findCandidates(body)[0]).toMatchObject({ text: CS02, recipient: 'ana@example.com' });
  });

  it('joins a bare reply code with its text on the next line (550<br>5.7.606 …)', () => {
    const body = page('<p>The response was:</p><p>550<br>5.7.606 Access denied, banned sending IP [192.0.2.4].</p>');
    const [c] = findCandidates(body);
    expect(c?.text).toBe('550\n5.7.606 Access denied, banned sending IP [192.0.2.4].');
  });

  it('joins a lead-in that names the server and an indented continuation of a folded reply', () => {
    const body = page(`<pre>&lt;pat@example.org&gt;: host mx.example.org[192.0.2.25] said:
    550 5.1.1 &lt;pat@example.org&gt;: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

Reporting-MTA: dns; mta.example.com</pre>`);
    const found = findCandidates(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('said:\n550 5.1.1');
    expect(found[0]?.text).toContain('recipient table (in reply to RCPT TO command)');
  });

  it('reads server refusals without codes, and the status-first lines of ESP logs', () => {
    const body = page(`<div>DNS Error: DNS type 'mx' lookup of nonexistent.invalid responded with code NXDOMAIN</div>
      <div>5.1.1 The email account that you tried to reach does not exist.</div><div>Version 4.16.55 released</div>`);
    expect(findCandidates(body).map((c) => c.text)).toEqual([
      "DNS Error: DNS type 'mx' lookup of nonexistent.invalid responded with code NXDOMAIN",
      '5.1.1 The email account that you tried to reach does not exist.',
    ]);
  });

  it('skips subtrees it is told to (units a site adapter reads itself)', () => {
    const body = page(`<table><tr class="row"><td>${CS02}</td></tr></table><p>${CS02}</p>`);
    expect(findCandidates(body, (el) => el.classList.contains('row'))).toHaveLength(1);
  });
});

const verdict = (over: Partial<SlimVerdict> = {}): SlimVerdict => ({
  bounce: true, reason: 'badreputation', category: 'reputation', permanence: 'permanent', hardBounce: false, actor: 'esp',
  provider: 'apple', providerName: 'Apple iCloud Mail', title: 'Sending IP reputation', summary: 'Apple refused the IP.', setup: 'shared', ...over,
});

describe('MarkLayer without the Highlight API (fallback)', () => {
  it('wraps each bounce in <mark data-bounce-lens> without changing the text, and unwraps it again', () => {
    const body = page(`<div>Intro</div><div>The reply: <b>554 5.7.1</b> [CS02] Message rejected due to local policy</div>`);
    const before = body.textContent;
    const [c] = findCandidates(body);
    const layer = createMarkLayer(true);
    const mark = { segments: c!.segments, verdict: verdict() };
    layer.add(mark);
    const marks = Array.from(body.querySelectorAll('mark[data-bounce-lens="reputation"]'));
    expect(marks.map((m) => m.textContent).join('')).toBe('554 5.7.1 [CS02] Message rejected due to local policy');
    expect(marks.every((m) => m.getAttribute('data-permanence') === 'permanent' && !m.hasAttribute('title'))).toBe(true);
    expect(body.textContent).toBe(before);
    expect(layer.at(marks[0]!, 0)).toBe(mark);
    layer.remove(mark);
    expect(body.querySelector('mark')).toBeNull();
    expect(body.textContent).toBe(before);
  });

  it('finds the mark at a text position (hover) and lists marks in page order (keyboard)', () => {
    const body = page(`<p>${CS02}</p><p>421 4.7.0 try again later</p>`);
    const [a, b] = findCandidates(body);
    const layer = createMarkLayer(true);
    const second = { segments: b!.segments, verdict: verdict({ permanence: 'temporary' }) };
    const first = { segments: a!.segments, verdict: verdict() };
    layer.add(second);
    layer.add(first);
    expect(layer.ordered()).toEqual([first, second]);
    layer.clear();
    expect(layer.marks.size).toBe(0);
  });
});
