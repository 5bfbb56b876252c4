// Where a mark is: the hit test under the pointer, and frame offsets for marks inside frames.

import type { Mark, MarkLayer } from './highlight.ts';

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** The offset of a (same-origin) frame's viewport in the top document's viewport. */
export function frameOffset(doc: Document, top: Document): [number, number] {
  let x = 0;
  let y = 0;
  for (let frame = doc.defaultView?.frameElement as HTMLElement | null; frame && doc !== top; ) {
    const r = frame.getBoundingClientRect();
    const cs = getComputedStyle(frame);
    x += r.left + frame.clientLeft + parseFloat(cs.paddingLeft);
    y += r.top + frame.clientTop + parseFloat(cs.paddingTop);
    doc = frame.ownerDocument;
    frame = doc.defaultView?.frameElement as HTMLElement | null;
  }
  return [x, y];
}


/** The mark under the pointer: a <mark> wrapper, or the text position's mark when the pointer is on it. */
export function markAt(layer: MarkLayer, doc: CaretDoc, x: number, y: number): Mark | undefined {
  const target = doc.elementFromPoint(x, y);
  const wrapped = target && layer.at(target, 0);
  if (wrapped) return wrapped;
  const pos = doc.caretPositionFromPoint?.(x, y);
  const range = pos ? null : doc.caretRangeFromPoint?.(x, y);
  const mark = layer.at(pos?.offsetNode ?? range?.startContainer ?? null, pos?.offset ?? range?.startOffset ?? 0);
  // The caret position is the nearest one, also beside the text: the pointer must be on the mark.
  return mark && layer.rects(mark).some((r) => x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2) ? mark : undefined;
}
