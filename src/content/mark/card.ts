// A small card that explains a mark, shown on hover and on keyboard focus. It lives in a shadow
// root on the page (the page's styles cannot change it and it cannot change the page) and is
// filled with textContent only: page text never becomes HTML.
//
// Keyboard: every mark is reachable. A focusable overlay (a <b tabindex=0>, placed over the mark it
// stands for) sits at the end of the page's tab order; Alt+Shift+B jumps to the next mark from
// anywhere outside text fields. While it has focus, Tab and Shift+Tab move between marks (and leave
// the page's marks at either end), Escape closes and gives focus back.

import type { SlimVerdict } from '../../messaging/protocol.ts';
import { CARD_CSS, ICON } from './card-style.ts';
import { frameOffset, markAt } from './geometry.ts';
import type { Mark, MarkLayer } from './highlight.ts';
import { severity, t } from './words.ts';

export interface Card {
  /** Listens for hover and the shortcut in a document (the page or a same-origin frame). */
  attach(doc: Document): void;
  /** Hides the card if it shows this mark (a rescan removed it). */
  forget(mark: Mark): void;
  destroy(): void;
  /** The element hosting the card: its mutations are ours, not the page's. */
  element: Element;
}

export function createCard(layer: MarkLayer, top: Document): Card {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text = '') => {
    const e = top.createElement(tag);
    e.className = cls;
    e.textContent = text;
    return e;
  };
  const host = make('div');
  host.setAttribute('data-bounce-lens-ui', '');
  const root = host.attachShadow({ mode: 'open' });
  // A constructed sheet is not subject to the page's style-src CSP (Gmail's is strict).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  root.adoptedStyleSheets = [sheet];
  const box = make('div', 'c');
  box.id = 'card';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  const focus = make('b');
  focus.tabIndex = 0;
  focus.setAttribute('role', 'button');
  focus.setAttribute('aria-describedby', 'card');
  focus.setAttribute('aria-label', t('mark_label'));
  root.append(box, focus);
  top.documentElement.append(host);

  const abort = new AbortController();
  const signal = abort.signal;
  let current: Mark | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let back: HTMLElement | null = null;
  const docs = new Set<Document>();
  const focused = () => top.activeElement === host;

  const hide = () => {
    clearTimeout(timer);
    current = null;
    box.hidden = true;
    focus.style.left = '-9999px';
  };
  const hideSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => focused() || hide(), 250);
  };

  const place = () => {
    const rects = current ? layer.rects(current) : [];
    const doc = current?.segments[0]?.node.ownerDocument;
    if (!rects.length || !doc) return hide();
    const [ox, oy] = frameOffset(doc, top);
    const left = Math.min(...rects.map((r) => r.left)) + ox;
    const right = Math.max(...rects.map((r) => r.right)) + ox;
    const y = rects[0]!.top + oy;
    const bottom = Math.max(...rects.map((r) => r.bottom)) + oy;
    Object.assign(focus.style, { left: `${left}px`, top: `${y}px`, width: `${right - left}px`, height: `${bottom - y}px` });
    const view = top.documentElement;
    const h = box.offsetHeight;
    box.style.top = `${Math.max(4, bottom + 6 + h <= view.clientHeight ? bottom + 6 : y - 6 - h)}px`;
    box.style.left = `${Math.max(8, Math.min(left, view.clientWidth - box.offsetWidth - 8))}px`;
  };

  const fill = (v: SlimVerdict, recipient?: string, position?: string) => {
    const svg = top.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    const path = top.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', ICON[v.permanence]);
    svg.append(path);
    const head = make('div', 'h');
    head.append(svg, make('span', '', severity(v)));
    const dl = make('dl');
    const row = (k: string, val?: string | null) => val && dl.append(make('dt', '', k), make('dd', '', val));
    // The same words as the popup's (messages.json category_*, actor_*, perm_*).
    row(t('mark_category'), t(`category_${v.category}`));
    row(t('mark_whoActs'), t(`actor_${v.actor}`));
    row(t('mark_permanence'), t(`perm_${v.permanence}`));
    row(t('mark_recipient'), recipient ?? v.recipient);
    row(t('mark_receiver'), v.providerName);
    box.className = `c ${v.permanence}`;
    box.replaceChildren(head, make('p', 't', v.title), make('p', '', v.summary), dl, make('p', 'k', `${position ? `${position}. ` : ''}${t('mark_keys')}`));
    focus.setAttribute('aria-label', `${position ?? t('mark_bounce')}: ${v.title}. ${severity(v)}.`);
  };

  const show = (mark: Mark, withFocus: boolean, position?: string) => {
    clearTimeout(timer);
    current = mark;
    fill(mark.verdict, mark.recipient, position);
    box.hidden = false;
    place();
    if (withFocus) focus.focus({ preventScroll: true });
  };

  /** Moves to the next (1) or previous (-1) mark; false past either end unless wrapping. */
  const step = (dir: 1 | -1, wrap = true): boolean => {
    const list = layer.ordered();
    const at = current ? list.indexOf(current) : -1;
    let next = at < 0 ? (dir > 0 ? 0 : list.length - 1) : at + dir;
    if (!list.length || ((next < 0 || next >= list.length) && !wrap)) return false;
    next = (next + list.length) % list.length;
    const mark = list[next]!;
    mark.segments[0]?.node.parentElement?.scrollIntoView({ block: 'center' });
    show(mark, true, t('mark_position', String(next + 1), String(list.length)));
    return true;
  };

  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || !e.shiftKey || e.code !== 'KeyB' || e.ctrlKey || e.metaKey) return;
    const t = e.target as HTMLElement;
    if (t !== host && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    e.stopPropagation();
    if (!focused()) back = top.activeElement as HTMLElement | null;
    step(1);
  };

  focus.addEventListener('focus', () => current ?? step(1), { signal });
  focus.addEventListener('blur', hideSoon, { signal });
  focus.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        hide();
        focus.blur();
        back?.focus?.();
      } else if (e.key === 'Tab' && step(e.shiftKey ? -1 : 1, false)) e.preventDefault();
    },
    { signal },
  );

  const attach = (doc: Document) => {
    if (docs.has(doc)) return;
    docs.add(doc);
    doc.addEventListener(
      'pointermove',
      (e) => {
        if (frame) return;
        const { clientX: x, clientY: y } = e;
        frame = requestAnimationFrame(() => {
          frame = 0;
          const mark = markAt(layer, doc, x, y);
          if (mark) {
            clearTimeout(timer);
            if (mark !== current) show(mark, false);
          } else if (current && !focused()) hideSoon();
        });
      },
      { passive: true, capture: true, signal },
    );
    doc.defaultView?.addEventListener('keydown', onKey, { capture: true, signal });
    doc.defaultView?.addEventListener('scroll', () => current && place(), { passive: true, capture: true, signal });
  };
  attach(top);

  return {
    attach,
    forget: (mark) => current === mark && hide(),
    destroy() {
      abort.abort();
      host.remove();
    },
    element: host,
  };
}
