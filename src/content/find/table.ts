// ESP log adapters: one row (or one labelled detail list) is one event. A site names the column
// headers of the fields it needs; the row's cells are read by those headers, so a column moved by
// the user or a new column changes nothing.

import { ADDRESS } from './prefilter.ts';
import { outcomeOf, type EventWords } from './events.ts';
import { EVENT_WORDS, LINE, QUICK } from './prefilter.ts';
import type { Slicer } from './flat.ts';
import type { Adapter, Unit } from './types.ts';
import { jsonUnits } from '../units.ts';

export type Field = 'event' | 'recipient' | 'reason' | 'code' | 'host' | 'status';

export interface EventSite {
  id: string;
  /** Selector of rows (table rows, grid rows, detail lists). */
  rows: string;
  /** Header labels of each field, as the site writes them. */
  columns: Partial<Record<Field, RegExp>>;
  events?: EventWords;
  /** A row that repeats another (a detail panel): counted with the row it repeats, not on its own. */
  repeats?: string;
}

/**
 * Reasons of a drop: the ESP did not send (its suppression lists), so no server answered.
 * Mailgun uses codes from 600 for its own refusals (605: previously bounced).
 */
const DROP = /not delivering to previously bounced|previously (?:hard[ -])?bounced address|on (?:the|your) (?:account's )?suppression list|has suppressed sending/i;

const text = (el: Element | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

type Columns = EventSite['columns'];
/** The field of each column (by index), read once per table from its header labels. */
type ByIndex = Array<Field | undefined>;
const columnCache = new WeakMap<Element, { columns: Columns; byIndex: ByIndex }>();

function assign<T>(out: Partial<Record<Field, T>>, columns: Columns, label: string, value: T): Field | undefined {
  for (const [field, re] of Object.entries(columns) as Array<[Field, RegExp]>) {
    if (out[field] === undefined && re.test(label)) {
      out[field] = value;
      return field;
    }
  }
  return undefined;
}

/**
 * A table's or ARIA grid's header cells: the thead's cells, else the first row's th (or
 * columnheader) cells, else the row of the first columnheader. Looked up in the header row only:
 * a selector query over a whole 10,000-row table costs some 20 ms.
 */
function headerCells(table: Element): Element[] {
  const head = (table as HTMLTableElement).tHead;
  const isHeader = (c: Element) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader';
  if (head) return Array.from(head.querySelectorAll('th, td'));
  const row = table.tagName === 'TABLE' ? (table as HTMLTableElement).rows[0] : table.querySelector('[role="columnheader"]')?.parentElement;
  return Array.from(row?.children ?? []).filter(isHeader);
}

/** Which column holds which field, from a table's or ARIA grid's header labels. */
function columnFields(row: Element, columns: Columns): ByIndex | null {
  // Rows share their parent (a tbody, a rowgroup): one lookup per parent, not per row.
  const group = row.parentElement;
  const known = group && columnCache.get(group);
  if (known && known.columns === columns) return known.byIndex;
  const table = row.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (!table) return null;
  let entry = columnCache.get(table);
  if (!entry || entry.columns !== columns) {
    const labels = headerCells(table).map(text);
    const seen: Partial<Record<Field, true>> = {};
    entry = { columns, byIndex: labels.map((label) => assign(seen, columns, label, true)) };
    columnCache.set(table, entry);
  }
  if (group) columnCache.set(group, entry);
  return entry.byIndex;
}

/** The row's cells by field: by the column headers, a cell's own data-label, or dt/dd pairs. */
export function fieldsOf(row: Element, columns: Columns): Partial<Record<Field, Element>> {
  const out: Partial<Record<Field, Element>> = {};
  const byIndex = row.tagName === 'TR' || row.getAttribute('role') === 'row' ? columnFields(row, columns) : null;
  if (byIndex?.some(Boolean)) {
    let i = 0;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling, i++) {
      const field = byIndex[i];
      if (field) out[field] = cell;
    }
    return out;
  }
  for (const el of Array.from(row.querySelectorAll('dt, [data-label]'))) {
    if (el.tagName === 'DT') {
      const dd = el.nextElementSibling;
      if (dd?.tagName === 'DD') assign(out, columns, text(el), dd);
    } else assign(out, columns, el.getAttribute('data-label')!, el);
  }
  return out;
}

interface Texts {
  event: string;
  recipient: string;
  reason: string;
  code: string;
  status: string;
  host: string;
}

/** One row's unit from its cells' texts; `marks` gives the cells to mark (resolved only for bounces). */
function unitOf(site: EventSite, el: Element, t: Texts, marks: (withCode: boolean) => Element[], repeat = false): Unit[] {
  const outcome = outcomeOf(t.event, site.events);
  const { reason, code } = t;
  if (outcome === 'skip' || !reason || (!outcome && !LINE.test(reason)) || DROP.test(reason) || /^6\d\d$/.test(code)) return [];
  const recipient = ADDRESS.exec(t.recipient)?.[0];
  const status = /^[245]\.\d{1,3}\.\d{1,3}$/.exec(t.status)?.[0];
  const withCode = /^[245]\d\d$/.test(code) && !reason.includes(code);
  return [
    {
      el,
      ...(repeat ? { loose: true } : {}),
      finding: {
        text: (withCode ? `${code} ${reason}` : reason).slice(0, 4000),
        ...(recipient ? { recipient } : {}),
        ...(status ? { status } : {}),
        ...(t.host && /\./.test(t.host) ? { host: t.host } : {}),
        ...(outcome ? { action: outcome } : {}),
      },
      markEls: () => marks(withCode),
    },
  ];
}

export function eventAdapter(site: EventSite): Adapter {
  return {
    id: site.id,
    units: site.repeats ? `${site.rows}, ${site.repeats}` : site.rows,
    ...(site.repeats ? { repeats: site.repeats } : {}),
    quick: EVENT_WORDS,
    read(row: Element): Unit[] {
      // Most rows of a log are deliveries and opens: one look at the row's text settles them,
      // before any of its cells is touched (each node a script touches costs a wrapper object).
      const all = row.textContent ?? '';
      if (!EVENT_WORDS.test(all) && !QUICK.test(all)) return [];
      const f = fieldsOf(row, site.columns);
      if (!f.reason) return [];
      const reason = text(f.reason);
      if (/^[[{]/.test(reason)) return jsonUnits(f.reason);
      const texts = { event: text(f.event), recipient: text(f.recipient), reason, code: text(f.code), status: text(f.status), host: text(f.host) };
      const repeat = !!site.repeats && row.matches(site.repeats);
      return unitOf(site, row, texts, (withCode) => (withCode && f.code ? [f.code, f.reason!] : [f.reason!]), repeat);
    },
    async readRows(parent: Element, slicer: Slicer): Promise<Unit[] | null> {
      // A long table read in one call: innerText gives each rendered row as a line of
      // tab-separated cells. Only the rows that may be failures are touched afterwards. When the
      // lines do not match the rows one to one (a hidden row, a line break in a cell, a spanned
      // cell), the rows are read one by one instead.
      const first = parent.firstElementChild;
      const byIndex = first && columnFields(first, site.columns);
      if (!first || !byIndex?.some(Boolean) || !first.matches(site.rows)) return null;
      // innerText lays the table out as text in one call (some 20 ms for 10,000 rows): a fresh slice.
      if (slicer.due()) await slicer.pause();
      const lines = (parent as HTMLElement).innerText.split('\n');
      const n = parent.childElementCount;
      if (lines.length !== n || parent.querySelectorAll(`:scope > ${first.tagName}`).length !== n) return null;
      const col = (f: Field) => byIndex.indexOf(f);
      const [ev, rc, rs, cd, st, ho] = (['event', 'recipient', 'reason', 'code', 'status', 'host'] as const).map(col);
      const units: Unit[] = [];
      const rows = parent.children;
      for (let i = 0; i < n; i++) {
        if ((i & 63) === 63 && slicer.due()) await slicer.pause();
        const line = lines[i]!;
        if (!EVENT_WORDS.test(line) && !QUICK.test(line)) continue;
        const cells = line.split('\t');
        const row = rows[i];
        if (!row) break; // the table changed meanwhile: the page's own change triggers a new read
        if (cells.length !== byIndex.length || /^[[{]/.test(cells[rs!]?.trim() ?? '')) {
          units.push(...this.read(row));
          continue;
        }
        const at = (k: number) => (k >= 0 ? (cells[k] ?? '').trim() : '');
        const texts = { event: at(ev!), recipient: at(rc!), reason: at(rs!), code: at(cd!), status: at(st!), host: at(ho!) };
        units.push(...unitOf(site, row, texts, (withCode) => [...(withCode ? [row.children[cd!]!] : []), row.children[rs!]!]));
      }
      return units;
    },
  };
}
