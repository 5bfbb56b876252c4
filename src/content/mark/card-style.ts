// The card's own styles, inside its shadow root (the page's CSS cannot reach them, nor ours the
// page). A neutral card with a severity bar; text in light and dark schemes meets WCAG AA contrast.
// Severity is also written out and drawn as an icon, never colour alone. The card takes no pointer
// events: in a dense log it must not hide the next row from the pointer. Kept terse: it ships in
// the content script, which has a size budget.
export const CARD_CSS = `:host{all:initial}
.c{position:fixed;z-index:2147483647;box-sizing:border-box;width:min(360px,calc(100vw - 16px));padding:10px 12px 10px 14px;border-radius:8px;font:13px/1.45 system-ui,sans-serif;background:#fff;color:#1f2328;border:1px solid #d0d7de;border-left:5px solid var(--s);box-shadow:0 8px 24px #0003;pointer-events:none}
.c[hidden]{display:none}.permanent{--s:#c0362c}.temporary{--s:#a15c07}
.h{display:flex;gap:6px;align-items:center;font-weight:600;color:var(--s)}svg{width:16px;height:16px}
.t{margin:4px 0 2px;font-weight:600;font-size:14px}p{margin:0 0 6px}
dl{display:grid;grid-template-columns:auto 1fr;gap:1px 10px;margin:0}dt,.k{color:#57606a}dd{margin:0;overflow-wrap:anywhere}.k{margin:6px 0 0;font-size:11px}
b{position:fixed;left:-9999px;top:0;width:1px;height:1px;border-radius:3px;pointer-events:none}b:focus{outline:3px solid #0969da;outline-offset:2px}
@media (prefers-color-scheme:dark){.c{background:#1f2328;color:#f0f3f6;border-color:#484f58}.permanent{--s:#ff7b72}.temporary{--s:#f2cc60}dt,.k{color:#9ea7b3}b:focus{outline-color:#58a6ff}}`;

/** Icons as SVG path data: a cross in a circle (permanent), a clock (temporary). */
export const ICON = {
  permanent: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm2.8 4.2L9 8l1.8 2.8-1 1L8 9.9l-2.8 1.9-1-1L6.9 8 4.2 5.2l1-1L8 6.1l2.8-1.9Z',
  temporary: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm.8 3v3.7l2.6 1.6-.8 1.3L7.2 8.6V4h1.6Z',
} as const;
