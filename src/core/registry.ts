// Compiles the rule tables once, in precedence order (architecture.md):
// provider rule → generic text rule → RFC 3463 status → reply-code class.

import { providers, genericTables, reasons, actorCopy } from '../rules/index.ts';
import { compilePattern, compileRule, type CompiledRule, type Hit } from './match.ts';
import { internNeedle } from './needle-index.ts';
import { needlesOfAll } from './prefilter.ts';
import type { ProviderTable, RuleTable, TextPattern } from './types.ts';

export interface CompiledProvider {
  table: ProviderTable;
  rules: CompiledRule[];
  signatures: Array<(text: string) => Hit[] | null>;
  /**
   * Literals one of which the text must contain for a signature to match (prefilter.ts), as ids of
   * the shared index (needle-index.ts): the text is scanned once for every provider and rule.
   */
  signatureNeedleIds: number[] | null;
  /** Rules that apply wherever the line came from (a provider code, or `anywhere: true`). */
  anywhere: CompiledRule[];
}

export interface Registry {
  providers: CompiledProvider[];
  /** Generic tables after the providers, in order. */
  generic: CompiledRule[];
  /** Every provider's code pattern, for extraction. */
  codePatterns: RegExp[];
  reasons: typeof reasons;
  actorCopy: typeof actorCopy;
  /** Every rule by id, for tests and the explain command. */
  byId: Map<string, { rule: CompiledRule; provider: ProviderTable | null }>;
}

let cached: Registry | null = null;

function compileSignatures(list: readonly TextPattern[] | undefined) {
  return (list ?? []).map(compilePattern);
}

export function buildRegistry(
  providerTables: readonly ProviderTable[] = providers,
  generic: readonly RuleTable[] = genericTables,
): Registry {
  const byId: Registry['byId'] = new Map();
  const compiledProviders = providerTables.map((table) => {
    const rules = table.rules.map(compileRule);
    for (const rule of rules) byId.set(rule.rule.id, { rule, provider: table });
    const anywhere = rules.filter((r) => r.rule.anywhere ?? r.rule.when.providerCode !== undefined);
    const signatureNeedleIds = needlesOfAll(table.signatures ?? [])?.map(internNeedle) ?? null;
    return { table, rules, signatures: compileSignatures(table.signatures), signatureNeedleIds, anywhere };
  });
  const genericRules = generic.flatMap((t) => t.rules.map(compileRule));
  for (const rule of genericRules) byId.set(rule.rule.id, { rule, provider: null });
  return {
    providers: compiledProviders,
    generic: genericRules,
    codePatterns: providerTables.flatMap((t) => t.codePatterns ?? []),
    reasons,
    actorCopy,
    byId,
  };
}

export function registry(): Registry {
  cached ??= buildRegistry();
  return cached;
}
