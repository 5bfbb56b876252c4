// @vitest-environment happy-dom
// The generic finder and the <mark> fallback on small saved-page snippets.
import { afterEach, describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/content/find/scan-text.ts';
import { markAll } from '../../src/content/mark/highlight.ts';

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
});

describe('markAll fallback', () => {
  it('wraps each bounce in <mark data-bounce-lens> without changing the text', () => {
    const body = page(`<div>Intro</div><div>The reply: <b>554 5.7.1</b> [CS02] Message rejected due to local policy</div>`);
    const before = body.textContent;
    const cands = findCandidates(body);
    expect(markAll(cands.map((c) => ({ segments: c.segments, category: 'reputation', permanence: 'permanent' })), true)).toBe(1);
    const marks = Array.from(body.querySelectorAll('mark[data-bounce-lens="reputation"]'));
    expect(marks.map((m) => m.textContent).join('')).toBe('554 5.7.1 [CS02] Message rejected due to local policy');
    expect(marks.every((m) => !m.hasAttribute('title'))).toBe(true);
    expect(body.textContent).toBe(before);
  });
});
