// The generic finder: reads the page's visible text line by line and keeps the lines that carry an
// SMTP reply code followed by an RFC 3463 enhanced status code ("550 5.1.1", "421-4.7.0"), the mark
// of a server's failure reply (RFC 5321 §4.2, RFC 3463 §2). Site adapters (a later task) will add
// per-site finders; this one works on any page.

/** Cheap prefilter: a 4xx/5xx reply code, then an enhanced status code. */
const PREFILTER = /(?:^|[^\w.])[45]\d\d[ -]+[245]\.\d{1,3}\.\d{1,3}(?![\d.]\d)/;
/** An RFC 5321 §4.2.1 multiline reply: every line but the last has a hyphen after the code. */
const CONTINUED = /^\s*([45]\d\d)-/;
const ADDRESS = /[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}/i;
const CELL_ADDRESS = new RegExp(`^<?${ADDRESS.source}>?$`, 'i');

/** Most characters sent for one finding; a line longer than this is cut around its code. */
export const MAX_SNIPPET = 2000;
const MAX_CANDIDATES = 300;

/** Text never read: code, form fields and anything the user is typing in (a compose box). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** A piece of one text node: [start, end) offsets inside the node. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

export interface Candidate {
  /** The snippet as read (white space folded within lines, lines joined by "\n"). */
  text: string;
  /** An address shown next to it (same table row), when there is one. */
  recipient?: string;
  /** The text nodes to mark (from the reply code to the end of the snippet), in document order. */
  segments: Segment[];
}

export function isEditable(el: Element): boolean {
  if ((el as HTMLElement).isContentEditable) return true;
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce.toLowerCase() !== 'false') || el.getAttribute('role') === 'textbox';
}

const skipElement = (el: Element): boolean => SKIP.has(el.tagName.toUpperCase()) || isEditable(el);

interface Flat {
  text: string;
  /** For each text node, where its characters start in `text`. */
  spans: Array<{ node: Text; at: number }>;
}

function blockOf(node: Node, root: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK.has(el.tagName.toUpperCase()) || el === root) return el;
  }
  return null;
}

/** The root's readable text as one string, with "\n" at block boundaries and <br>. */
function flatten(root: Element): Flat {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && skipElement(n as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  let text = '';
  const spans: Flat['spans'] = [];
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if ((n as Element).tagName.toUpperCase() === 'BR') text += '\n';
      continue;
    }
    const block = blockOf(n, root);
    if (block !== lastBlock) text += '\n';
    lastBlock = block;
    const inPre = !!block?.closest('pre');
    const value = (n as Text).data;
    spans.push({ node: n as Text, at: text.length });
    // Outside <pre>, a newline in the source is only white space; keep the length for the offsets.
    text += inPre ? value : value.replace(/[\r\n]/g, ' ');
  }
  return { text, spans };
}

/** The text-node segments covering [from, to) of the flat text. */
function segmentsOf(flat: Flat, from: number, to: number): Segment[] {
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
    if (end > start) out.push({ node, start, end });
  }
  return out;
}

/** An address that fills a cell of the snippet's table row (ESP logs show one event per row). */
function rowRecipient(seg: Segment | undefined, text: string): string | undefined {
  if (ADDRESS.test(text)) return undefined; // the snippet names it itself; the core extracts it
  const row = seg?.node.parentElement?.closest('tr');
  for (const cell of Array.from(row?.cells ?? [])) {
    const value = cell.textContent?.trim() ?? '';
    if (value.length <= 320 && CELL_ADDRESS.test(value)) return value.replace(/^<|>$/g, '');
  }
  return undefined;
}

interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** Candidate bounce snippets under `root`, in document order. */
export function findCandidates(root: Element): Candidate[] {
  const flat = flatten(root);
  const all = lines(flat.text);
  const out: Candidate[] = [];
  for (let i = 0; i < all.length && out.length < MAX_CANDIDATES; i++) {
    const first = all[i]!;
    let line = flat.text.slice(first.start, first.end);
    const hit = PREFILTER.exec(line);
    if (!hit) continue;
    let last = first;
    // Join the rest of a multiline reply ("550-5.7.26 …" lines up to the final "550 5.7.26 …").
    for (let code = CONTINUED.exec(line)?.[1]; code && i + 1 < all.length; ) {
      const next = all[i + 1]!;
      const nextText = flat.text.slice(next.start, next.end);
      if (!nextText.startsWith(code)) break;
      last = next;
      i++;
      code = CONTINUED.exec(nextText)?.[1];
    }
    let from = first.start;
    let to = last.end;
    if (to - from > MAX_SNIPPET) {
      from = Math.max(from, first.start + hit.index - 200);
      to = Math.min(to, from + MAX_SNIPPET);
    }
    line = flat.text.slice(from, to).replace(/[ \t\u00a0]+/g, ' ');
    // The whole line is read (a lead-in like "host mx.example.net said:" names the server); the
    // mark starts at the reply code.
    const codeAt = first.start + hit.index + hit[0].search(/[45]/);
    const segments = segmentsOf(flat, Math.max(from, codeAt), to);
    const recipient = rowRecipient(segments[0], line);
    out.push({ text: line, segments, ...(recipient ? { recipient } : {}) });
  }
  return out;
}
