// From a unit and its verdicts to what the page shows and the background counts: the marks (where
// the failure text stands) and the findings (one per failure, with its identity on the page).

import type { Finding, SlimVerdict } from '../messaging/protocol.ts';
import { segmentsIn, segmentsOf } from './find/flat.ts';
import { locate } from './find/locate.ts';
import { ADDRESS } from './find/prefilter.ts';
import type { Unit } from './find/types.ts';
import type { Mark } from './mark/highlight.ts';
import { reportOf } from './report.ts';
import { linesOf } from './units.ts';

export interface Tracked {
  marks: Mark[];
  counted: Finding[];
}

/**
 * A notice or event JSON gives one verdict per failed recipient, each found in the text and marked
 * wherever it is shown (a notice's human and delivery-status parts), counted once. When nothing was
 * read from it (no bounce notice, no JSON), its lines go to `fallback`, as part of it (a rescan of
 * it replaces them too). A row or a line gives one verdict. `uid` names the unit's element.
 */
export function trackUnit(u: Unit, results: SlimVerdict[], uid: () => string, fallback: Unit[]): Tracked | null {
  const t: Tracked = { marks: [], counted: [] };
  if (u.flat) {
    if (!results.length) fallback.push(...linesOf(u.el).map((l) => ({ ...l, el: u.el })));
    const cache = {};
    for (const r of results) {
      if (!r.bounce || !r.text) continue;
      for (const f of r.find ?? []) {
        const spots = locate(u.flat, JSON.stringify(f).slice(1, -1), cache);
        for (const [s, e] of spots.length ? spots : locate(u.flat, f, cache)) {
          const segments = segmentsOf(u.flat, s, e);
          if (segments.length) t.marks.push({ segments, verdict: r });
        }
      }
      const id = u.loose ? {} : { id: `${uid()}|${t.counted.length}|${r.recipient ?? ''}` };
      t.counted.push({ text: r.text, ...id, ...reportOf(r) });
    }
    return t;
  }
  const v = results[0];
  if (!v?.bounce) return null;
  // A row or a line (never a notice or JSON): what the background counts is the finding itself,
  // with the unit's identity on the page; thousands of log rows come this way, so no copies but one.
  const f = u.finding;
  const segments = u.segments ?? (u.markEls?.() ?? []).flatMap(segmentsIn);
  const recipient = f.recipient ?? ADDRESS.exec(f.text)?.[0];
  t.marks.push(recipient ? { segments, verdict: v, recipient } : { segments, verdict: v });
  // A loose unit (a repeat, a generic line) carries no id.
  t.counted.push(u.loose ? (f.id === undefined ? f : { ...f, id: undefined }) : { ...f, id: f.id ? `${uid()}:${f.id}` : uid() });
  return t;
}
