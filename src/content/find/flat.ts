// A subtree's readable text as one string, with a map back to its text nodes, so a snippet found in
// the string can be marked where it stands. Code, form fields and anything the user is typing in
// (a compose box) are never read.

/** A piece of one text node: [start, end) offsets inside the node. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

export interface Flat {
  /** Text with "\n" at block boundaries and <br>; white space kept (offsets stay true). */
  text: string;
  /** For each text node, where its characters start in `text`. */
  spans: Array<{ node: Text; at: number }>;
}

const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION SVG CANVAS IFRAME OBJECT BUTTON'.split(' '));
const INLINE = new Set('A ABBR B BDI BDO CODE EM FONT I KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME TT U VAR WBR'.split(' '));

/**
 * An editable region or a text box. Only the region's own element is tested: the tree walk rejects
 * it with everything inside (isContentEditable would ask for style, which costs on a long log).
 */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce.toLowerCase() !== 'false') || el.getAttribute('role') === 'textbox';
}

/** Elements whose text is never read or marked. */
export const skipElement = (el: Element): boolean => SKIP.has(el.tagName.toUpperCase()) || isEditable(el);

/** The nearest ancestor that is not inline: the block a text node's line belongs to. */
export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName.toUpperCase()) && el.parentElement) el = el.parentElement;
  return el;
}

/** Inside an editable region or a form field (checked once per unit, not per node). */
export const inEditable = (node: Node): boolean => {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('textarea, input, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]');
};

/** Hands the main thread back now and then during a long walk (scanner.ts). */
export interface Slicer {
  due(): boolean;
  pause(): Promise<void>;
}

/**
 * The root's readable text. Anything not inline starts a new line (a div, a table cell, a list
 * item), as a reader sees it; `skip` rejects whole subtrees (units a site adapter reads itself).
 * A generator: it stops every few hundred nodes, so a long page is read in slices.
 */
function* walk(root: Element, skip: ((el: Element) => boolean) | undefined, flat: Flat): Generator<void, void, void> {
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && (skip?.(n as Element) || skipElement(n as Element)) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  let text = '';
  const spans = flat.spans;
  let pre: boolean | undefined;
  let lastParent: Node | null = null;
  let block: Node | null = null;
  let count = 0;
  const preOf = new Map<Node, boolean>();
  // The last character appended: endsWith() on a long concatenated string would flatten it each time.
  let tail = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++count % 512 === 0) {
      flat.text = text;
      yield;
    }
    if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'BR' || !INLINE.has(tag)) {
        text += '\n';
        tail = '\n';
      }
      continue;
    }
    const parent = n.parentNode;
    const value = (n as Text).data;
    if (parent !== lastParent) {
      lastParent = parent;
      pre = undefined;
      // Text after a block closes ("<div>a</div>b") starts a new line too.
      let b: Node | null = parent;
      while (b && b !== root && b.nodeType === 1 && INLINE.has((b as Element).tagName.toUpperCase())) b = b.parentNode;
      if (b !== block && tail !== '\n') text += tail = '\n';
      block = b;
    }
    // Only text with a line break in it asks whether its parent keeps line breaks (plain-text
    // message bodies are white-space: pre-wrap); a style lookup per node would cost too much on a
    // long log, so each parent is asked once. Elsewhere a newline is only white space.
    if (pre === undefined && value.includes('\n')) {
      pre = preOf.get(parent!);
      if (pre === undefined) {
        pre = !!(parent as Element).closest('pre') || /^pre/.test(getComputedStyle(parent as Element).whiteSpace);
        preOf.set(parent!, pre);
      }
    }
    // White space alone (between table rows, around blocks) is never marked: one space, no span.
    if (!pre && !/\S/.test(value)) {
      if (tail !== ' ' && tail !== '\n') text += tail = ' ';
      continue;
    }
    spans.push({ node: n as Text, at: text.length });
    text += pre ? value : value.replace(/[\r\n]/g, ' ');
    tail = value[value.length - 1]!;
    if (!pre && (tail === '\r' || tail === '\n')) tail = ' ';
  }
  flat.text = text;
}

export function flatten(root: Element, skip?: (el: Element) => boolean): Flat {
  const flat: Flat = { text: '', spans: [] };
  for (const _ of walk(root, skip, flat));
  return flat;
}

/** flatten() in slices: gives the main thread back whenever the slicer says the slice is used up. */
export async function flattenSliced(root: Element, skip: ((el: Element) => boolean) | undefined, slicer: Slicer): Promise<Flat> {
  const flat: Flat = { text: '', spans: [] };
  for (const _ of walk(root, skip, flat)) if (slicer.due()) await slicer.pause();
  return flat;
}

/** The text-node segments covering [from, to) of the flat text. */
export function segmentsOf(flat: Flat, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let lo = 0;
  let hi = flat.spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat.spans[mid]!.at <= from) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < flat.spans.length; i++) {
    const { node, at } = flat.spans[i]!;
    if (at >= to) break;
    const start = Math.max(0, from - at);
    const end = Math.min(node.data.length, to - at);
    if (end > start && node.data.slice(start, end).trim()) out.push({ node, start, end });
  }
  return out;
}

/** All text nodes of an element as segments (an ESP log cell), without its outer white space. */
export function segmentsIn(el: Element): Segment[] {
  const only = el.firstChild;
  if (only && !only.nextSibling && only.nodeType === 3) {
    // The usual log cell: one text node.
    const data = (only as Text).data;
    const start = data.length - data.trimStart().length;
    return start < data.length ? [{ node: only as Text, start, end: data.trimEnd().length }] : [];
  }
  const out: Segment[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.data.trim()) out.push({ node: n, start: 0, end: n.data.length });
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first) first.start = first.node.data.length - first.node.data.trimStart().length;
  if (last) last.end = last.node.data.trimEnd().length;
  return out;
}
