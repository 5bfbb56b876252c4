// Accuracy report over the Sisimai corpus; run by scripts/bench-accuracy.mjs (through tsx).
// Usage: tsx test/corpus/report.ts [--json] [--list FIELD] [--subset bsd] [--file SUBSTR]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agrees, actual, corpusDir, corpusPresent, expected, FIELDS, pairAll, rate, type Field, type Pair } from './compare.ts';
import { classifyLines, linesPresent, lineRate } from './lines.ts';

const reviewed = (JSON.parse(readFileSync(new URL('./disagreements.json', import.meta.url), 'utf8')) as { reason?: Record<string, string> }).reason ?? {};
const key = (p: Pair) => `${p.label.file}#${p.label.msgindex}.${p.label.recindex}`;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')).join('\n');
}

function precisionRecall(items: ReadonlyArray<{ want: string; got: string }>): string {
  const reasons = [...new Set(items.flatMap((i) => [i.want, i.got]))].filter(Boolean).sort();
  const rows = [['reason', 'labelled', 'ours', 'precision', 'recall']];
  for (const r of reasons) {
    const tp = items.filter((i) => i.want === r && i.got === r).length;
    const want = items.filter((i) => i.want === r).length;
    const got = items.filter((i) => i.got === r).length;
    rows.push([r, String(want), String(got), got ? pct(tp / got) : '-', want ? pct(tp / want) : '-']);
  }
  return table(rows);
}

async function main(): Promise<void> {
  if (!corpusPresent()) {
    console.log(`corpus not found at ${corpusDir()} (set BOUNCE_CORPUS)`);
    return;
  }
  const { pairs, extra } = await pairAll();
  const list = opt('--list') as Field | undefined;
  const subset = opt('--subset');
  const fileFilter = opt('--file');
  let chosen = pairs.filter((p) => (!subset || p.label.subset === subset) && (!fileFilter || p.label.file.includes(fileFilter)));

  if (list) {
    for (const p of chosen.filter((p) => !agrees(p, list))) {
      console.log(`${p.label.file}#${p.label.msgindex}.${p.label.recindex} [${p.label.smtpagent}] want=${JSON.stringify(expected(p.label, list))} got=${JSON.stringify(actual(p.got, list))}`);
      if (args.includes('-v')) console.log(`    diag: ${p.label.diagnosticcode.slice(0, 200)}\n    ours: ${p.got?.diagnosticCode.slice(0, 200)}`);
    }
    return;
  }

  const bsd = pairs.filter((p) => p.label.subset === 'bsd');
  const summary: Array<{ field: string; all: number; bsd: number }> = FIELDS.map((f) => ({ field: f, all: rate(pairs, f), bsd: rate(bsd, f) }));
  // Sisimai falls back to a Received: header for rhost (often the reporting host itself); count
  // only records whose rhost the notice names as the remote (Remote-MTA, or inside the reply).
  const texts = new Map<string, string>();
  const named = (p: Pair) => {
    const want = p.label.rhost.toLowerCase();
    if (!want) return false;
    if (!texts.has(p.label.file)) texts.set(p.label.file, readFileSync(join(corpusDir(), p.label.file), 'latin1').toLowerCase());
    const text = texts.get(p.label.file)!;
    return p.label.diagnosticcode.toLowerCase().includes(want) || new RegExp(`remote-mta:\\s*dns;\\s*\\[?${want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text);
  };
  summary.push({ field: 'rhost (named)', all: rate(pairs.filter(named), 'rhost'), bsd: rate(bsd.filter(named), 'rhost') });
  // The reviewed list (disagreements.json `reason`) names records where we believe Sisimai 5.1.0p3 is
  // wrong; the reason figure above counts them as disagreements all the same, this line does not.
  const reasonOk = (ps: Pair[]) => (ps.length ? ps.filter((p) => agrees(p, 'reason') || key(p) in reviewed).length / ps.length : 0);
  summary.splice(1, 0, { field: `reason (+${Object.keys(reviewed).length} reviewed)`, all: reasonOk(pairs), bsd: reasonOk(bsd) });
  const lines = linesPresent() ? classifyLines() : [];
  if (args.includes('--json')) {
    console.log(JSON.stringify({ records: pairs.length, missing: pairs.filter((p) => !p.got).length, extra, summary, lines: lineRate(lines) }));
    return;
  }
  console.log(`Sisimai corpus: ${pairs.length} labelled records (bsd ${bsd.length}); missing ${pairs.filter((p) => !p.got).length}, extra ${extra}\n`);
  console.log(table([['field', 'all', 'maildir/bsd'], ...summary.map((s) => [s.field, pct(s.all), pct(s.bsd)])]));
  if (lines.length) {
    const sisimai = lines.filter((l) => l.sisimaiLineOnly === l.want).length / lines.length;
    console.log(`\nSingle lines (diagnostic-lines.tsv, ${lines.length} lines, no host): reason ${pct(lineRate(lines))}; Sisimai's own Reason->match(line) ${pct(sisimai)}`);
  }

  chosen = pairs;
  const confusions = new Map<string, number>();
  for (const p of chosen.filter((p) => !agrees(p, 'reason'))) {
    const k = `${p.label.reason} → ${p.got?.reason ?? '(no record)'}`;
    confusions.set(k, (confusions.get(k) ?? 0) + 1);
  }
  console.log('\n20 most common reason disagreements (Sisimai → ours):');
  console.log(table([...confusions].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, n]) => [k, String(n)])));

  console.log('\nPer-reason precision / recall (records):');
  console.log(precisionRecall(chosen.map((p) => ({ want: p.label.reason, got: p.got?.reason ?? '' }))));
  if (lines.length) {
    console.log('\nPer-reason precision / recall (single lines):');
    console.log(precisionRecall(lines));
  }

  const byAgent = new Map<string, Pair[]>();
  for (const p of pairs) byAgent.set(p.label.smtpagent, [...(byAgent.get(p.label.smtpagent) ?? []), p]);
  const weak = [...byAgent].map(([agent, ps]) => {
    const ok = ps.filter((p) => agrees(p, 'recipient') && agrees(p, 'status')).length;
    return [agent, String(ps.length), pct(ok / ps.length)];
  });
  console.log('\nWeakest formats (recipient and status both agree), by Sisimai module:');
  console.log(table([['module', 'records', 'agree'], ...weak.sort((a, b) => parseFloat(a[2]!) - parseFloat(b[2]!)).slice(0, 15)]));
}

await main();
