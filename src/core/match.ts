// The one matcher that serves every rule table (architecture.md: "One schema, one matcher").
// Tables are compiled once: strings lower-cased, wildcards turned into tests.

import { containsAny, internNeedle } from './needle-index.ts';
import { needlesOf } from './prefilter.ts';
import type { Condition, Rule, TextPattern } from './types.ts';

export interface Facts {
  /** Normalised text (see normalize.ts). */
  text: string;
  replyCode: string;
  status: string;
  /** Provider codes, upper case. */
  providerCodes: string[];
  /** SMTP command, upper case, or "". */
  command: string;
}

/** A text hit in the normalised text. */
export interface Hit {
  start: number;
  end: number;
}

type CompiledPattern = (text: string) => Hit[] | null;

export interface CompiledRule {
  rule: Rule;
  replyCode?: (code: string) => boolean;
  status?: (code: string) => boolean;
  notStatus?: (code: string) => boolean;
  providerCode?: (codes: string[]) => string | null;
  /** Compiled on first use (compileRule). */
  readonly text?: CompiledPattern[];
  /** Literals one of which the text must contain for `text` to match (prefilter.ts); null: always run. */
  needles?: string[] | null;
  /** The same literals as ids of the shared index (needle-index.ts), searched for once per text. */
  needleIds?: number[] | null;
  /** Per pattern of `text`, its own literal ids (null: always run), so a rule runs only the patterns that could match. */
  textNeedleIds?: Array<number[] | null>;
  /** The same for `notText`. */
  notTextNeedleIds?: Array<number[] | null>;
  notText?: CompiledPattern[];
  command?: readonly string[];
  notCommand?: readonly string[];
}

export interface Match {
  rule: Rule;
  hits: Hit[];
  providerCode: string | null;
}

function compilePattern(p: TextPattern): CompiledPattern {
  if (typeof p === 'string') {
    const needle = p.toLowerCase();
    return (text) => {
      const i = text.indexOf(needle);
      return i < 0 ? null : [{ start: i, end: i + needle.length }];
    };
  }
  if (p instanceof RegExp) {
    const re = new RegExp(p.source, p.flags.replace('g', ''));
    return (text) => {
      const m = re.exec(text);
      return m ? [{ start: m.index, end: m.index + m[0].length }] : null;
    };
  }
  const parts = (p as readonly string[]).map((s) => s.toLowerCase());
  return (text) => {
    const hits: Hit[] = [];
    let from = 0;
    for (const part of parts) {
      const i = text.indexOf(part, from);
      if (i < 0) return null;
      hits.push({ start: i, end: i + part.length });
      from = i + part.length;
    }
    return hits;
  };
}

/** `5xx`, `55x`, `554`: x stands for any digit. */
function codeTest(list: readonly string[]): (code: string) => boolean {
  const res = list.map((c) => new RegExp(`^${c.toLowerCase().replace(/x/g, '\\d')}$`));
  return (code) => code !== '' && res.some((re) => re.test(code));
}

/**
 * `5.7.1`, `5.7.*`, `*.7.1`, `4.7.5*`, `5.7.6??` style: `*` stands for one whole part or the rest of a part,
 * `?` for exactly one digit (so `5.7.6??` is Microsoft's 5.7.600–699 range and not 5.7.64).
 */
function statusTest(list: readonly string[]): (code: string) => boolean {
  const res = list.map(
    (c) =>
      new RegExp(
        `^${c
          .split('.')
          .map((part) => (part === '*' ? '\\d+' : part.replace(/\?/g, '\\d').replace(/\*/g, '\\d*')))
          .join('\\.')}$`,
      ),
  );
  return (code) => code !== '' && res.some((re) => re.test(code));
}

function providerCodeTest(spec: NonNullable<Condition['providerCode']>): (codes: string[]) => string | null {
  if (spec instanceof RegExp) {
    const re = new RegExp(spec.source, spec.flags.replace('g', ''));
    return (codes) => codes.find((c) => re.test(c)) ?? null;
  }
  const wanted = new Set((spec as readonly string[]).map((s) => s.toUpperCase()));
  return (codes) => codes.find((c) => wanted.has(c)) ?? null;
}

function idsOf(needles: string[] | null): number[] | null {
  return needles ? needles.map(internNeedle) : null;
}

/** The first of `patterns` that matches, skipping those whose literals the text lacks. */
function firstHit(patterns: CompiledPattern[], needleIds: Array<number[] | null> | undefined, text: string): Hit[] | null {
  for (let k = 0; k < patterns.length; k++) {
    const ids = needleIds?.[k];
    if (ids && !containsAny(text, ids)) continue;
    const found = patterns[k]!(text);
    if (found) return found;
  }
  return null;
}

interface Literals {
  needles: string[] | null;
  needleIds: number[] | null;
  textNeedleIds?: Array<number[] | null>;
  notTextNeedleIds?: Array<number[] | null>;
}

function literalsOf(w: Condition): Literals {
  const textNeedles = w.text?.map(needlesOf);
  // The rule's literals: the union over its patterns, unknown (null) when one pattern's are.
  const needles = textNeedles && !textNeedles.includes(null) ? [...new Set(textNeedles.flatMap((n) => n ?? []))] : null;
  return {
    needles,
    needleIds: idsOf(needles),
    textNeedleIds: textNeedles?.map(idsOf),
    notTextNeedleIds: w.notText?.map((p) => idsOf(needlesOf(p))),
  };
}

/**
 * Compiles a rule. The text patterns and their literals are compiled when a text first reaches
 * them: most rules' code conditions fail for most lines, and a process that reads a few lines
 * should not pay for the hundreds of patterns it never runs.
 */
export function compileRule(rule: Rule): CompiledRule {
  const w = rule.when;
  let literals: Literals | undefined;
  let text: CompiledPattern[] | undefined;
  let notText: CompiledPattern[] | undefined;
  return {
    rule,
    replyCode: w.replyCode ? codeTest(w.replyCode) : undefined,
    status: w.status ? statusTest(w.status) : undefined,
    notStatus: w.notStatus ? statusTest(w.notStatus) : undefined,
    providerCode: w.providerCode ? providerCodeTest(w.providerCode) : undefined,
    get text() {
      return w.text && (text ??= w.text.map(compilePattern));
    },
    get needles() {
      return (literals ??= literalsOf(w)).needles;
    },
    get needleIds() {
      return (literals ??= literalsOf(w)).needleIds;
    },
    get textNeedleIds() {
      return (literals ??= literalsOf(w)).textNeedleIds;
    },
    get notText() {
      return w.notText && (notText ??= w.notText.map(compilePattern));
    },
    get notTextNeedleIds() {
      return (literals ??= literalsOf(w)).notTextNeedleIds;
    },
    command: w.command?.map((c) => c.toUpperCase()),
    notCommand: w.notCommand?.map((c) => c.toUpperCase()),
  };
}

/** Tests one compiled rule; every field of its condition must hold. */
export function matchRule(c: CompiledRule, f: Facts): Match | null {
  if (c.replyCode && !c.replyCode(f.replyCode)) return null;
  if (c.status && !c.status(f.status)) return null;
  if (c.notStatus && c.notStatus(f.status)) return null;
  if (c.command && (f.command === '' || !c.command.includes(f.command))) return null;
  if (c.notCommand && c.notCommand.includes(f.command)) return null;
  let providerCode: string | null = null;
  if (c.providerCode) {
    providerCode = c.providerCode(f.providerCodes);
    if (providerCode === null) return null;
  }
  let hits: Hit[] = [];
  const w = c.rule.when;
  if (w.text) {
    const ids = c.needleIds;
    if (ids && !containsAny(f.text, ids)) return null;
    const found = firstHit(c.text!, c.textNeedleIds, f.text);
    if (!found) return null;
    hits = found;
  }
  if (w.notText && firstHit(c.notText!, c.notTextNeedleIds, f.text) !== null) return null;
  return { rule: c.rule, hits, providerCode };
}

/** Finds the first of `patterns` in `text`, for provider signatures. */
export function findAny(patterns: readonly TextPattern[], text: string): Hit[] | null {
  for (const p of patterns) {
    const hits = compilePattern(p)(text);
    if (hits) return hits;
  }
  return null;
}

export { compilePattern };
