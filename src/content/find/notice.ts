// Webmail adapters: a message body is one notice. Its visible text goes to the background, which
// decodes it as the bounce email it is (src/core/email: Postfix, Exim, qmail, sendmail, Gmail,
// Exchange formats and RFC 3464 fields shown as text) into one verdict per failed recipient; each
// recipient's reply is then found in the text and marked (scanner.ts).

import { MAX_NOTICE_CHARS } from '../../messaging/protocol.ts';
import { flatten } from './flat.ts';
import { LINE, QUICK } from './prefilter.ts';
import type { Adapter, Unit } from './types.ts';

/** Words of a delivery-failure notice, for bodies whose reply holds no code (Gmail's DNS errors). */
const NOTICE_WORDS = /(?:wasn't|was not|couldn't be|could not be|not be) delivered|(?:wasn't|unable|not) able to deliver|unable to deliver|address not found|message blocked|delivery incomplete|failure notice|undeliverable|delivery (?:has failed|status notification)|returned to sender|remote host said/i;

export interface NoticeSite {
  id: string;
  /** Selector of message bodies. */
  bodies: string;
  /** The subject and sender the page shows for a body (the decoder reads them like headers). */
  subject?: (body: Element) => string | undefined;
  from?: (body: Element) => string | undefined;
}

const text = (el: Element | null | undefined): string | undefined => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * The text of the first element matching `selector` inside the body's message container (or the
 * page); for a body in a frame, around the frame element in the page that holds it.
 */
export function near(body: Element, container: string, selector: string, attr?: string): string | undefined {
  const scope = body.closest(container) ?? body.ownerDocument.body;
  const el = scope?.querySelector(selector);
  const found = (attr && el?.getAttribute(attr)) || text(el);
  if (found) return found;
  let frame: Element | null;
  try {
    frame = body.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    frame = null; // a cross-origin parent
  }
  return frame ? near(frame, container, selector, attr) : undefined;
}

export function noticeAdapter(site: NoticeSite): Adapter {
  return {
    id: site.id,
    units: site.bodies,
    frameBody: true,
    read(body: Element): Unit[] {
      const raw = body.textContent ?? '';
      if (!QUICK.test(raw) && !NOTICE_WORDS.test(raw) && !LINE.test(raw)) return [];
      const flat = flatten(body);
      // The decoder reads the text as rendered (innerText: paragraphs apart, plain-text bodies with
      // their line breaks and indentation), the way the notice was written; marks use `flat`.
      const rendered = (body as HTMLElement).innerText || flat.text;
      const subject = site.subject?.(body);
      const from = site.from?.(body);
      return [
        {
          el: body,
          flat,
          finding: {
            text: rendered.slice(0, MAX_NOTICE_CHARS),
            notice: { ...(subject ? { subject: subject.slice(0, 300) } : {}), ...(from ? { from: from.slice(0, 300) } : {}) },
          },
        },
      ];
    },
  };
}
