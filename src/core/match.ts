// The one matcher that serves every rule table (architecture.md: "One schema, one matcher").
// Tables are compiled once: strings lower-cased, wildcards turned into tests.

import { containsAny, internNeedle } from './needle-index.ts';
import { needlesOf } from './prefilter.ts';
import {
  anyTest,
  codeTest,
  compilePatternCode,
  providerCodeOf,
  providerCodeTest,
  runPattern,
  statusTest,
  type Hit,
  type PatternCode,
  type ProviderCodeTest,
} from './pattern.ts';
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

type CompiledPattern = (text: string) => Hit[] | null;

export type { Hit } from './pattern.ts';

export interface CompiledRule {
  rule: Rule;
  /** Whole-code expressions (`5xx` → /^5\d\d$/); the code must match one. */
  replyCode?: RegExp[];
  status?: RegExp[];
  notStatus?: RegExp[];
  /** A provider-code expression, or the set of codes (upper case). */
  providerCode?: ProviderCodeTest;
  /** The text patterns as data (pattern.ts), compiled on first use. */
  readonly patterns?: PatternCode[];
  readonly notPatterns?: PatternCode[];
  /** The text patterns as functions, for tests and tools. */
  readonly text?: CompiledPattern[];
  readonly notText?: CompiledPattern[];
  /** Literals one of which the text must contain for `text` to match (prefilter.ts); null: always run. */
  readonly needles?: string[] | null;
  /** The same literals as ids of the shared index (needle-index.ts), searched for once per text. */
  readonly needleIds?: number[] | null;
  /** Per pattern of `text`, its own literal ids (null: always run), so a rule runs only the patterns that could match. */
  readonly textNeedleIds?: Array<number[] | null>;
  /** The same for `notText`. */
  readonly notTextNeedleIds?: Array<number[] | null>;
  command?: readonly string[];
  notCommand?: readonly string[];
}

export interface Match {
  rule: Rule;
  hits: Hit[];
  providerCode: string | null;
}

function compilePattern(p: TextPattern): CompiledPattern {
  const code = compilePatternCode(p);
  return (text) => runPattern(code, text);
}

function idsOf(needles: string[] | null): number[] | null {
  return needles ? needles.map(internNeedle) : null;
}

/** The first of `patterns` that matches, skipping those whose literals the text lacks. */
function firstHit(patterns: PatternCode[], needleIds: Array<number[] | null> | undefined, text: string): Hit[] | null {
  for (let k = 0; k < patterns.length; k++) {
    const ids = needleIds?.[k];
    if (ids && !containsAny(text, ids)) continue;
    const found = runPattern(patterns[k]!, text);
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
 * A compiled rule. The text patterns and their literals are compiled when a text first reaches
 * them: most rules' code conditions fail for most lines, and a process that reads a few lines
 * should not pay for the hundreds of patterns it never runs. Getters live on the prototype, so
 * they are shared functions, not closures per rule.
 */
class Compiled implements CompiledRule {
  replyCode?: RegExp[];
  status?: RegExp[];
  notStatus?: RegExp[];
  providerCode?: ProviderCodeTest;
  command?: readonly string[];
  notCommand?: readonly string[];
  private lits: Literals | undefined;
  private codes: PatternCode[] | undefined;
  private notCodes: PatternCode[] | undefined;

  constructor(readonly rule: Rule) {
    const w = rule.when;
    if (w.replyCode) this.replyCode = codeTest(w.replyCode);
    if (w.status) this.status = statusTest(w.status);
    if (w.notStatus) this.notStatus = statusTest(w.notStatus);
    if (w.providerCode) this.providerCode = providerCodeTest(w.providerCode);
    if (w.command) this.command = w.command.map((c) => c.toUpperCase());
    if (w.notCommand) this.notCommand = w.notCommand.map((c) => c.toUpperCase());
  }

  get patterns(): PatternCode[] | undefined {
    const t = this.rule.when.text;
    return t && (this.codes ??= t.map(compilePatternCode));
  }
  get notPatterns(): PatternCode[] | undefined {
    const t = this.rule.when.notText;
    return t && (this.notCodes ??= t.map(compilePatternCode));
  }
  get text(): CompiledPattern[] | undefined {
    return this.patterns?.map((code) => (text: string) => runPattern(code, text));
  }
  get notText(): CompiledPattern[] | undefined {
    return this.notPatterns?.map((code) => (text: string) => runPattern(code, text));
  }
  get needles(): string[] | null {
    return (this.lits ??= literalsOf(this.rule.when)).needles;
  }
  get needleIds(): number[] | null {
    return (this.lits ??= literalsOf(this.rule.when)).needleIds;
  }
  get textNeedleIds(): Array<number[] | null> | undefined {
    return (this.lits ??= literalsOf(this.rule.when)).textNeedleIds;
  }
  get notTextNeedleIds(): Array<number[] | null> | undefined {
    return (this.lits ??= literalsOf(this.rule.when)).notTextNeedleIds;
  }
}

export function compileRule(rule: Rule): CompiledRule {
  return new Compiled(rule);
}

/** Tests one compiled rule; every field of its condition must hold. */
export function matchRule(c: CompiledRule, f: Facts): Match | null {
  if (c.replyCode && !anyTest(c.replyCode, f.replyCode)) return null;
  if (c.status && !anyTest(c.status, f.status)) return null;
  if (c.notStatus && anyTest(c.notStatus, f.status)) return null;
  if (c.command && (f.command === '' || !c.command.includes(f.command))) return null;
  if (c.notCommand && c.notCommand.includes(f.command)) return null;
  let providerCode: string | null = null;
  if (c.providerCode) {
    providerCode = providerCodeOf(c.providerCode, f.providerCodes);
    if (providerCode === null) return null;
  }
  let hits: Hit[] = [];
  const w = c.rule.when;
  if (w.text) {
    const ids = c.needleIds;
    if (ids && !containsAny(f.text, ids)) return null;
    const found = firstHit(c.patterns!, c.textNeedleIds, f.text);
    if (!found) return null;
    hits = found;
  }
  if (w.notText && firstHit(c.notPatterns!, c.notTextNeedleIds, f.text) !== null) return null;
  return { rule: c.rule, hits, providerCode };
}

export { compilePattern };
