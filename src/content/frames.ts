// Frames the top frame's content script reads itself: same-origin ones (about:blank, about:srcdoc,
// a sandboxed frame with allow-same-origin, as webmail apps render message bodies in). A frame it
// cannot reach (an opaque sandboxed one) runs its own copy of the script (manifest all_frames and
// match_origin_as_fallback) and reports for itself.

/** True in a frame whose parent can read it: the parent's script covers it, so this copy stays idle. */
export function parentCovers(): boolean {
  try {
    return window !== window.top && window.frameElement !== null;
  } catch {
    return false;
  }
}

/** The loaded, readable documents of the frames under `doc` (not recursing into their frames). */
export function childDocuments(doc: Document): Document[] {
  const out: Document[] = [];
  // Live collections the browser keeps: cheaper than a selector query on a page without frames.
  if (!doc.getElementsByTagName('iframe').length && !doc.getElementsByTagName('frame').length) return out;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    // A frame with no box (a webmail app's hidden worker frames) shows nothing to mark.
    if (!(frame as HTMLElement).getClientRects().length) continue;
    let child: Document | null;
    try {
      child = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      child = null;
    }
    if (child?.body && child.readyState !== 'loading') out.push(child);
  }
  return out;
}

/** Every readable frame document below `doc`, depth first (bounded: frames may nest). */
export function allDocuments(doc: Document, depth = 0): Document[] {
  if (depth > 3) return [];
  return childDocuments(doc).flatMap((d) => [d, ...allDocuments(d, depth + 1)]);
}
