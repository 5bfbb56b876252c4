// Reads what is under a root element into units: the site adapter's rows and notices, JSON blocks
// (event JSON shown in consoles), and the generic finder's lines for everything else.

import { MAX_NOTICE_CHARS } from '../messaging/protocol.ts';
import { blockOf, flatten, flattenSliced, type Flat, type Slicer } from './find/flat.ts';
import { QUICK } from './find/prefilter.ts';
import { candidatesIn } from './find/scan-text.ts';
import type { Adapter, Unit } from './find/types.ts';

/** Blocks that may hold event JSON (a console's event view, a log's expanded row). */
const JSON_BLOCKS = 'pre, code';
/** Rows from which a table is read with one innerText call (table.ts readRows). */
const LONG_TABLE = 100;

export interface Reader {
  adapters: Adapter[];
  /** Every adapter's unit selector and JSON_BLOCKS. */
  selector: string;
  /** Where a site shows a repeat of a row (a detail panel): units there count with the row. */
  repeats?: string;
}

export function makeReader(adapters: Adapter[], repeats?: string): Reader {
  return { adapters, selector: [...adapters.map((a) => a.units), JSON_BLOCKS].join(', '), ...(repeats ? { repeats } : {}) };
}

/**
 * A frame's body when the frame shows one message (Proton, iCloud render the message in a frame of
 * its own) and the site has a webmail adapter; null elsewhere.
 */
function frameBody(root: Element, reader: Reader): Element | null {
  const doc = root.ownerDocument;
  if (doc === document && window === window.top) return null;
  const webmail = reader.adapters.find((a) => a.frameBody);
  return webmail && doc.body && !doc.querySelector(webmail.units) ? doc.body : null;
}

/** The units of one element that a selector of the reader matched (or a frame's message body). */
export function readElement(el: Element, reader: Reader): Unit[] {
  const adapter = reader.adapters.find((a) => el.matches(a.units) || (a.frameBody && el === frameBody(el, reader)));
  let units = adapter?.read(el);
  if (!units?.length && el.matches(JSON_BLOCKS)) units = /^\s*[[{]/.test(el.textContent ?? '') ? jsonUnits(el) : linesOf(el);
  const loose = !!reader.repeats && !!el.closest(reader.repeats);
  return (units ?? []).map((u) => (loose ? { ...u, loose: true } : u));
}

/** A block of event JSON: the background reads its events (the core's ESP readers, src/core/esp-events). */
export function jsonUnits(el: Element): Unit[] {
  const flat = flatten(el);
  return [{ el, flat, finding: { text: flat.text.slice(0, MAX_NOTICE_CHARS), json: true } }];
}

/** The generic finder's lines of a flattened subtree, each a loose unit of its block. */
function linesIn(flat: Flat, root: Element): Unit[] {
  return candidatesIn(flat).map((c) => ({
    el: blockOf(c.segments[0]!.node) ?? root,
    finding: { text: c.text, ...(c.recipient ? { recipient: c.recipient } : {}) },
    segments: c.segments,
    loose: true,
  }));
}

/** The generic finder's lines under an element. */
export const linesOf = (root: Element): Unit[] => linesIn(flatten(root), root);

/**
 * Reads the units under `root` into `sink`: adapter and JSON units of every matching element,
 * then generic lines outside them. Returns the elements it read, so a rescan can drop what they
 * showed before.
 */
export async function readUnits(root: Element, reader: Reader, slicer: Slicer, sink: (u: Unit) => void): Promise<Set<Element>> {
  const read = new Set<Element>();
  if (root.closest('[contenteditable]:not([contenteditable="false"]), [role="textbox"]')) return read;
  const owner = root.closest(reader.selector) ?? frameBody(root, reader);
  if (owner && (owner !== root || !owner.matches(reader.selector)) && !owner.matches(JSON_BLOCKS)) {
    read.add(owner);
    readElement(owner, reader).forEach(sink);
    return read;
  }
  // The cheap test first: most of a page (and most changes to it) holds no failure at all.
  const text = root.textContent ?? '';
  if (!QUICK.test(text) && !reader.adapters.some((a) => a.quick?.test(text))) return read;
  if (slicer.due()) await slicer.pause();
  // A parent all of whose children are rows the adapter read (a tbody) is skipped whole by the
  // generic finder: touching ten thousand rows again would cost (each node a script touches in
  // its isolated world costs a wrapper object, several microseconds).
  const parents = new Map<Element, number>();
  for (const adapter of reader.adapters) {
    const els = root.querySelectorAll(adapter.units);
    const own = root.matches(adapter.units) ? [root] : [];
    for (let i = -own.length; i < els.length; i++) {
      const el = i < 0 ? root : els[i]!;
      const parent = el.parentElement;
      // A long table is read at once (a table's rows are consecutive in document order).
      if (parent && adapter.readRows && i >= 0 && parent.childElementCount >= LONG_TABLE && el === parent.firstElementChild && !parents.has(parent)) {
        const units = await adapter.readRows(parent, slicer);
        if (units) {
          read.add(parent);
          parents.set(parent, 0);
          units.forEach(sink);
          i += parent.childElementCount - 1;
          if (slicer.due()) await slicer.pause();
          continue;
        }
      }
      read.add(el);
      if (parent) parents.set(parent, (parents.get(parent) ?? 0) + 1);
      const got = adapter.read(el);
      // A site's detail panel that is a block of event JSON: read as JSON (a repeat of its row).
      (got.length || !el.matches(JSON_BLOCKS) ? got : readElement(el, reader)).forEach(sink);
      if ((i & 15) === 15 && slicer.due()) await slicer.pause();
    }
  }
  // Live collections the browser keeps: cheaper than a selector query where there is no code block.
  const blocks = root.getElementsByTagName('pre').length || root.getElementsByTagName('code').length ? root.querySelectorAll(JSON_BLOCKS) : [];
  for (const el of Array.from(blocks)) {
    // A code block inside a notice or a row belongs to that unit.
    if (read.has(el) || el.parentElement?.closest(reader.selector)) continue;
    read.add(el);
    if (QUICK.test(el.textContent ?? '')) readElement(el, reader).forEach(sink);
  }
  const skip = new Set(read);
  for (const [parent, n] of parents) if (n > 1 && n === parent.childElementCount) skip.add(parent);
  const flat = await flattenSliced(root, skip.size ? (el) => skip.has(el) : undefined, slicer);
  linesIn(flat, root).forEach(sink);
  return read;
}
