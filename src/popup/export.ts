// The bounces shown, as CSV (RFC 4180) and JSON files for a spreadsheet or a ticket. Pure.

import type { Verdict } from '../core/types.ts';

export interface ExportRow {
  text: string;
  verdict: Verdict;
  recipient?: string;
  espLabel?: string;
}

const COLUMNS = [
  'recipient', 'bounce', 'category', 'actor', 'permanence', 'hardBounce', 'provider', 'replyCode', 'status',
  'providerCode', 'reason', 'ruleId', 'setup', 'espLabel', 'summary', 'text',
] as const;

/**
 * One CSV field: quoted when needed (RFC 4180 §2). Text copied from web pages could start a
 * spreadsheet formula, so a leading = + - @ tab or CR gets an apostrophe (OWASP "CSV Injection").
 */
function field(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rowValues(r: ExportRow): Record<(typeof COLUMNS)[number], unknown> {
  const v = r.verdict;
  return {
    recipient: r.recipient ?? v.recipient ?? '',
    bounce: v.bounce,
    category: v.category,
    actor: v.actor,
    permanence: v.permanence,
    hardBounce: v.hardBounce,
    provider: v.provider ?? '',
    replyCode: v.replyCode,
    status: v.status,
    providerCode: v.providerCode,
    reason: v.reason,
    ruleId: v.ruleId,
    setup: v.setup,
    espLabel: r.espLabel ?? '',
    summary: v.summary,
    text: r.text,
  };
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows) {
    const values = rowValues(r);
    lines.push(COLUMNS.map((c) => field(values[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly ExportRow[]): string {
  const out = rows.map((r) => ({ ...r.verdict, text: r.text, ...(r.recipient ? { recipient: r.recipient } : {}), ...(r.espLabel ? { espLabel: r.espLabel } : {}) }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** "bounce-lens-2024-05-06-1000.csv" */
export function exportName(now: Date, ext: 'csv' | 'json'): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `bounce-lens-${stamp}.${ext}`;
}
