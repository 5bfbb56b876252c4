// Marks bounce snippets on the page. The CSS Custom Highlight API paints ranges without touching the
// page's DOM, so the webmail app never sees our changes (Chrome 105, Safari 17.2, Firefox 140;
// https://developer.mozilla.org/en-US/docs/Web/API/CSS_Custom_Highlight_API). Elsewhere each text
// piece is wrapped in <mark data-bounce-lens="<category>">, built with DOM calls only: page text is
// moved, never parsed as HTML. Styles: highlight.css (declared in the manifest, so not in the DOM).

import type { Segment } from '../find/scan-text.ts';

export interface MarkSpec {
  segments: Segment[];
  category: string;
  permanence: 'permanent' | 'temporary';
}

/** Highlight names, by permanence; highlight.css styles both. */
export const HIGHLIGHT = { permanent: 'bounce-lens', temporary: 'bounce-lens-temporary' } as const;
const MARK_SELECTOR = 'mark[data-bounce-lens]';

type HighlightCtor = new (...ranges: Range[]) => Set<Range>;
interface HighlightRegistry {
  set(name: string, highlight: Set<Range>): void;
  delete(name: string): void;
}

function highlightApi(): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

function rangeOf(segments: Segment[]): Range | null {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

/** Removes earlier <mark> wrappers, putting their text back where it was. */
export function unwrapMarks(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(MARK_SELECTOR))) mark.replaceWith(...Array.from(mark.childNodes));
}

function wrap(seg: Segment, category: string): void {
  const { node, start, end } = seg;
  if (!node.isConnected || end > node.data.length) return;
  if (end < node.data.length) node.splitText(end);
  const piece = start > 0 ? node.splitText(start) : node;
  const mark = node.ownerDocument.createElement('mark');
  mark.setAttribute('data-bounce-lens', category);
  piece.replaceWith(mark);
  mark.append(piece);
}

/** Replaces all marks with these; returns how many snippets were marked. */
export function markAll(specs: MarkSpec[], forceElements = false): number {
  const api = forceElements ? null : highlightApi();
  if (api) {
    const ranges = { permanent: [] as Range[], temporary: [] as Range[] };
    for (const spec of specs) {
      const range = rangeOf(spec.segments);
      if (range) ranges[spec.permanence].push(range);
    }
    for (const p of ['permanent', 'temporary'] as const) {
      if (ranges[p].length) api.registry.set(HIGHLIGHT[p], new api.Highlight(...ranges[p]));
      else api.registry.delete(HIGHLIGHT[p]);
    }
    return ranges.permanent.length + ranges.temporary.length;
  }
  // Wrap from the last piece to the first: splitting a text node keeps the earlier offsets valid.
  const pieces = specs.flatMap((spec) => spec.segments.map((seg) => ({ seg, category: spec.category })));
  pieces.sort((a, b) => {
    if (a.seg.node === b.seg.node) return b.seg.start - a.seg.start;
    return a.seg.node.compareDocumentPosition(b.seg.node) & 4 /* b FOLLOWING a */ ? 1 : -1;
  });
  for (const { seg, category } of pieces) wrap(seg, category);
  return specs.length;
}
