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
  const { notice: _notice, json: _json, id: subId, ...finding } = u.finding;
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
  const segments = u.segments ?? (u.markEls?.() ?? []).flatMap(segmentsIn);
  const recipient = finding.recipient ?? ADDRESS.exec(finding.text)?.[0];
  t.marks.push({ segments, verdict: v, ...(recipient ? { recipient } : {}) });
  const id = u.loose ? undefined : `${uid()}${subId ? `:${subId}` : ''}`;
  t.counted.push({ ...finding, ...(id ? { id } : {}) });
  return t;
}
