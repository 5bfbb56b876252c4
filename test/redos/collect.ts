// Collects every regular expression the product runs, for the ReDoS audit (issue 7):
// 1. the rule tables as loaded (`when.text`, `when.notText`, `when.providerCode`, `signatures`,
//    `codePatterns`), each named by its rule id;
// 2. every `new RegExp(...)` the pure modules build, recorded through a constructor proxy while
//    they load and while `classify`/`parseMailbox` run on a few samples (patterns built from
//    template strings, like extract.ts HOST_PATTERNS or normalize.ts continuation prefixes);
// 3. every regex literal anywhere under src/, found with the TypeScript parser (content script,
//    popup and background included: they read page text and pasted text too).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface PatternSite {
  source: string;
  flags: string;
  /** Where it comes from: a rule id and field, or `file:line`. */
  where: string[];
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SRC = join(ROOT, 'src');

/** Modules imported for their runtime patterns: pure ones only (no DOM, no extension APIs, no side effects). */
const RUNTIME_DIRS = ['src/core', 'src/rules', 'src/content/find'];

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p, ext);
    return ext.test(e.name) ? [p] : [];
  });
}

class Collector {
  readonly sites = new Map<string, PatternSite>();
  add(re: RegExp | string, flags: string, where: string): void {
    const source = typeof re === 'string' ? re : re.source;
    const f = [...new Set(typeof re === 'string' ? flags : re.flags)].sort().join('');
    const key = `/${source}/${f}`;
    const site = this.sites.get(key) ?? { source, flags: f, where: [] };
    if (!site.where.includes(where)) site.where.push(where);
    this.sites.set(key, site);
  }
}

/** The first stack frame inside src/, as `src/…/file.ts:line`. */
function callerInSrc(stack: string | undefined): string {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const m = /(\/[^\s()]*\/src\/[^\s():]+):(\d+)/.exec(line);
    if (m?.[1] && !m[1].includes('/node_modules/')) return `${relative(ROOT, m[1])}:${m[2]}`;
  }
  return 'runtime';
}

/** Records `new RegExp(...)` calls made from src/ while `fn` runs. */
async function recordingConstructed(c: Collector, fn: () => Promise<void>): Promise<void> {
  const Original = globalThis.RegExp;
  const record = (re: RegExp): RegExp => {
    const where = callerInSrc(new Error().stack);
    if (where !== 'runtime') c.add(re, '', `${where} (constructed)`);
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args: [string | RegExp, string?]) => record(new target(...args)),
    apply: (target, _this, args: [string | RegExp, string?]) => record(target(...args)),
  });
  try {
    await fn();
  } finally {
    globalThis.RegExp = Original;
  }
}

interface RuleLike {
  id: string;
  when: { text?: readonly unknown[]; notText?: readonly unknown[]; providerCode?: unknown };
}
interface TableLike {
  id: string;
  rules: readonly RuleLike[];
  signatures?: readonly unknown[];
  codePatterns?: readonly RegExp[];
}

function collectTables(c: Collector, tables: readonly TableLike[]): number {
  let n = 0;
  const add = (p: unknown, where: string) => {
    if (p instanceof RegExp) {
      c.add(p, '', where);
      n++;
    }
  };
  for (const t of tables) {
    (t.signatures ?? []).forEach((p, i) => add(p, `${t.id} signatures[${i}]`));
    (t.codePatterns ?? []).forEach((p, i) => add(p, `${t.id} codePatterns[${i}]`));
    for (const r of t.rules) {
      (r.when.text ?? []).forEach((p, i) => add(p, `${r.id} when.text[${i}]`));
      (r.when.notText ?? []).forEach((p, i) => add(p, `${r.id} when.notText[${i}]`));
      add(r.when.providerCode, `${r.id} when.providerCode`);
    }
  }
  return n;
}

/** Regex literals in one TypeScript source, with their line numbers. */
export function literalsIn(file: string): Array<{ source: string; flags: string; line: number }> {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Array<{ source: string; flags: string; line: number }> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf('/');
      out.push({ source: lit.slice(1, end), flags: lit.slice(end + 1), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export interface Collected {
  patterns: PatternSite[];
  /** How many RegExp entries the rule tables hold (before de-duplication). */
  tablePatterns: number;
  /** Modules that could not be imported in Node (their literals are still audited). */
  notes: string[];
}

/** Small inputs that make classify and the email reader build their run-time patterns. */
const SAMPLES = [
  '550-5.7.26 This mail is unauthenticated\n550-5.7.26 please see\n550 5.7.26 https://support.google.com/mail/answer/81126',
  '554 5.7.1 [CS02] Message rejected due to local policy',
  '421-4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred\n421 4.7.0 see https://postmaster.yahooinc.com/error-codes',
];

export async function collectPatterns(): Promise<Collected> {
  const c = new Collector();
  const notes: string[] = [];
  let tablePatterns = 0;
  await recordingConstructed(c, async () => {
    const files = RUNTIME_DIRS.flatMap((d) => filesUnder(join(ROOT, d), /\.ts$/)).filter((f) => !f.endsWith('.d.ts'));
    for (const f of files) {
      try {
        await import(/* @vite-ignore */ f);
      } catch (e) {
        notes.push(`${relative(ROOT, f)}: not importable in Node (${(e as Error).message.split('\n')[0]}); its literals are audited`);
      }
    }
    const rules = await import('../../src/rules/index.ts');
    tablePatterns = collectTables(c, [...rules.providers, ...rules.genericTables] as unknown as TableLike[]);
    const core = await import('../../src/core/index.ts');
    const email = await import('../../src/core/email/index.ts');
    for (const s of SAMPLES) core.classify(s);
    const dsn = `From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; ${SAMPLES[0]}\n--b--\n`;
    await email.parseMailbox(dsn);
  });
  for (const f of filesUnder(SRC, /\.tsx?$/)) {
    for (const l of literalsIn(f)) c.add(l.source, l.flags, `${relative(ROOT, f)}:${l.line}`);
  }
  const patterns = [...c.sites.values()].sort((a, b) => (a.where[0] ?? '').localeCompare(b.where[0] ?? ''));
  return { patterns, tablePatterns, notes };
}
