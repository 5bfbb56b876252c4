// Marks bounce snippets on the page. The CSS Custom Highlight API paints ranges without touching the
// page's DOM, so the webmail app never sees our changes (Chrome 105, Safari 17.2, Firefox 140;
// https://developer.mozilla.org/en-US/docs/Web/API/CSS_Custom_Highlight_API). Elsewhere each text
// piece is wrapped in <mark data-bounce-lens="<category>">, built with DOM calls only: page text is
// moved, never parsed as HTML. Styles: highlight.css (declared in the manifest, so not in the DOM).
// Marks are added and removed one snippet at a time, so a rescan of one log row costs one row.

import type { SlimVerdict } from '../../messaging/protocol.ts';
import type { Segment } from '../find/flat.ts';

/** One marked snippet: its text pieces and the verdict its card shows. */
export interface Mark {
  segments: Segment[];
  /** Shared by every row of one kind of failure; the row's own recipient is kept apart. */
  verdict: SlimVerdict;
  recipient?: string;
  /** Highlight ranges (one per piece) or wrapper elements, made by MarkLayer. */
  ranges?: Range[];
  wrappers?: HTMLElement[];
}

/** Highlight names by permanence; highlight.css styles both (solid vs dashed underline: not colour alone). */
export const HIGHLIGHT = { permanent: 'bounce-lens', temporary: 'bounce-lens-temporary' } as const;
export const MARK_ATTR = 'data-bounce-lens';

type HighlightLike = Set<Range>;
interface Api {
  registry: { set(name: string, h: HighlightLike): void; delete(name: string): void };
  Highlight: new (...ranges: Range[]) => HighlightLike;
}

function apiOf(doc: Document): Api | null {
  const win = doc.defaultView as unknown as { CSS?: { highlights?: Api['registry'] }; Highlight?: Api['Highlight'] } | null;
  return win?.CSS?.highlights && win.Highlight ? { registry: win.CSS.highlights, Highlight: win.Highlight } : null;
}

export interface MarkLayer {
  readonly marks: Set<Mark>;
  add(mark: Mark): void;
  remove(mark: Mark): void;
  /**
   * Puts the ranges added since the last commit into their highlights. Chromium rebuilds the
   * markers of every registered range whenever a highlight changed before a frame is drawn
   * (HighlightRegistry::ValidateHighlightMarkers), so ranges go in once per batch of marks, not
   * one by one across many frames: that would cost the page's whole mark count at every frame.
   */
  commit(): void;
  clear(): void;
  /** The mark at a text position (hit test for hover), or under a wrapper element. */
  at(node: Node | null, offset: number): Mark | undefined;
  /** Marks in document order (keyboard navigation). */
  ordered(): Mark[];
  /** Client rectangles of a mark, in its own document's viewport. */
  rects(mark: Mark): DOMRect[];
}

type Sets = Record<'permanent' | 'temporary', HighlightLike>;

export function createMarkLayer(forceElements = false): MarkLayer {
  const byNode = new WeakMap<Node, Mark[]>();
  const byWrapper = new WeakMap<Element, Mark>();
  const sets = new Map<Document, Sets | null>();
  const marks = new Set<Mark>();
  let pending: Array<[HighlightLike, Range]> = [];

  const highlightsOf = (doc: Document): Sets | null => {
    if (!sets.has(doc)) {
      const api = forceElements ? null : apiOf(doc);
      let made: Sets | null = null;
      if (api) {
        made = { permanent: new api.Highlight(), temporary: new api.Highlight() };
        api.registry.set(HIGHLIGHT.permanent, made.permanent);
        api.registry.set(HIGHLIGHT.temporary, made.temporary);
      }
      sets.set(doc, made);
    }
    return sets.get(doc)!;
  };

  const remove = (mark: Mark): void => {
    if (!marks.delete(mark)) return;
    const first = mark.segments[0];
    const own = first ? sets.get(first.node.ownerDocument) : null;
    if (mark.ranges?.length) {
      const gone = new Set(mark.ranges);
      if (pending.length) pending = pending.filter(([, r]) => !gone.has(r));
      for (const r of mark.ranges) {
        own?.permanent.delete(r);
        own?.temporary.delete(r);
      }
    }
    for (const w of mark.wrappers ?? []) if (w.isConnected) w.replaceWith(...Array.from(w.childNodes));
    for (const s of mark.segments) {
      const list = byNode.get(s.node)?.filter((m) => m !== mark);
      if (list?.length) byNode.set(s.node, list);
      else byNode.delete(s.node);
    }
  };

  return {
    marks,
    add(mark) {
      // `length`, not `data.length`: reading a text node's data copies its string.
      const ok = (s: Segment) => s.node.isConnected && s.end <= s.node.length;
      const live = mark.segments.every(ok) ? mark.segments : mark.segments.filter(ok);
      if (!live.length) return;
      mark.segments = live;
      const doc = live[0]!.node.ownerDocument;
      const own = highlightsOf(doc);
      if (own) {
        const set = own[mark.verdict.permanence];
        mark.ranges = live.map((s) => {
          const r = doc.createRange();
          r.setStart(s.node, s.start);
          r.setEnd(s.node, s.end);
          pending.push([set, r]);
          return r;
        });
      } else {
        mark.wrappers = [];
        // From the last piece back: splitting a text node keeps the earlier offsets valid.
        for (const s of [...live].reverse()) {
          const w = wrap(s, mark.verdict);
          if (w) {
            mark.wrappers.unshift(w);
            byWrapper.set(w, mark);
          }
        }
      }
      for (const s of live) {
        const list = byNode.get(s.node);
        if (list) list.push(mark);
        else byNode.set(s.node, [mark]);
      }
      marks.add(mark);
    },
    remove,
    commit() {
      for (const [set, range] of pending) set.add(range);
      pending = [];
    },
    clear() {
      pending = [];
      for (const m of [...marks]) remove(m);
      for (const [doc, own] of sets) {
        if (!own) continue;
        const api = apiOf(doc);
        api?.registry.delete(HIGHLIGHT.permanent);
        api?.registry.delete(HIGHLIGHT.temporary);
      }
      sets.clear();
    },
    at(node, offset) {
      if (!node) return undefined;
      if (node.nodeType === 1) {
        const w = (node as Element).closest(`mark[${MARK_ATTR}]`);
        return w ? byWrapper.get(w) : undefined;
      }
      return byNode.get(node)?.find((m) => m.segments.some((s) => s.node === node && offset >= s.start && offset <= s.end));
    },
    ordered() {
      const list = [...marks].filter((m) => m.segments[0]?.node.isConnected);
      return list.sort((a, b) => {
        const x = a.segments[0]!.node;
        const y = b.segments[0]!.node;
        if (x === y) return a.segments[0]!.start - b.segments[0]!.start;
        if (x.ownerDocument !== y.ownerDocument) return 0;
        return x.compareDocumentPosition(y) & 4 /* FOLLOWING */ ? -1 : 1;
      });
    },
    rects(mark) {
      if (mark.wrappers) return mark.wrappers.flatMap((w) => Array.from(w.getClientRects()));
      return (mark.ranges ?? []).flatMap((r) => Array.from(r.getClientRects()));
    },
  };
}

function wrap(seg: Segment, verdict: SlimVerdict): HTMLElement | null {
  const { node, start, end } = seg;
  if (!node.isConnected || end > node.data.length) return null;
  if (end < node.data.length) node.splitText(end);
  const piece = start > 0 ? node.splitText(start) : node;
  const mark = node.ownerDocument.createElement('mark');
  mark.setAttribute(MARK_ATTR, verdict.category);
  mark.setAttribute('data-permanence', verdict.permanence);
  piece.replaceWith(mark);
  mark.append(piece);
  // The piece now lives in the mark; a later piece of the same node keeps its offsets (reverse order).
  seg.node = piece;
  seg.start = 0;
  seg.end = piece.data.length;
  return mark;
}
