// What the notice's structure adds to the text's rule (ClassifyContext formatReason,
// fallbackReason, commandKnown), following Sisimai 5.1.0p3's order (sisimai.md "How Sisimai
// decides": a reason the Lhost decoder set; Reason->get's true() checks; anotherone()).

import type { Facts, Match } from './match.ts';
import type { Registry } from './registry.ts';
import type { ClassifyContext, ProviderTable, Reason } from './types.ts';

export type Found = { match: Match; table: ProviderTable | null } | null;

// Sisimai's first-pass reasons (Reason.pm get(), the `true()` checks): the only ones that replace a
// reason the format decoder set (ctx.formatReason). Weaker ones (networkerror, systemerror, ...) do not.
const DEFINITE: ReadonlySet<Reason> = new Set([
  'mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend', 'hasmoved', 'norelaying', 'authfailure', 'userunknown',
  'filtered', 'requireptr', 'notcompliantrfc', 'badreputation', 'rejected', 'hostunknown', 'spamdetected',
  'speeding', 'toomanyconn', 'blocked',
]);
// Rules that decide from a bare status or reply-code class say nothing the structure doesn't.
const BARE_CODE_RULE = /^(?:rfc3463|reply-codes?)\//;
const NO_INFORMATION: ReadonlySet<Reason> = new Set(['undefined', 'onhold']);
// Sisimai SMTP::Status->name: the statuses that mean "no such mailbox".
const USER_UNKNOWN_STATUS = /^5\.1\.[013]$/;
// Unknown-user words a filter also answers with after DATA (not a directory lookup's own statement).
const UNKNOWN_USER_WORDS = 'generic/user-unknown';
const UNKNOWN_USER_ELSEWHERE = 'generic/user-unknown-at-data';
// "<rcpt@example.net>: User unknown": the reply names the address it refuses, as an RCPT TO reply does.
const NAMES_THE_ADDRESS = /<[^<>\s@]+@[^<>\s]+>\s*:\s*user unknown/;

/** The structure's reasons (ctx.formatReason, ctx.fallbackReason, commandKnown) applied to the text's rule. */
export function withStructure(reg: Registry, found: Found, facts: Facts, ctx: ClassifyContext): { found: Found; reason?: Reason } {
  const reason = found?.match.rule.reason;
  // The format's own reason stands unless the text names another definite cause (Sisimai keeps a
  // reason its Lhost decoder set: e.g. Reason::UserUnknown true() returns 1 for it at once).
  if (ctx.formatReason && ctx.formatReason === reason) return { found };
  if (ctx.formatReason && !(reason && DEFINITE.has(reason))) return { found: null, reason: ctx.formatReason };
  const textDecides = !!found && !BARE_CODE_RULE.test(found.match.rule.id) && !NO_INFORMATION.has(reason!);
  const fb = ctx.fallbackReason;
  if (fb && !textDecides && (!NO_INFORMATION.has(fb) || !found)) return { found: null, reason: fb };
  // Sisimai Reason::UserUnknown/Filtered true(): in a whole notice, unknown-user words are userunknown
  // only with a "no such mailbox" status or at RCPT; after DATA, or with no command at all, a filter answered.
  if (
    ctx.commandKnown && found?.match.rule.id === UNKNOWN_USER_WORDS &&
    !USER_UNKNOWN_STATUS.test(facts.status) && facts.command !== 'RCPT' && facts.command !== 'MAIL' &&
    !NAMES_THE_ADDRESS.test(facts.text)
  ) {
    const swap = reg.byId.get(UNKNOWN_USER_ELSEWHERE);
    if (swap) return { found: { match: { ...found.match, rule: swap.rule.rule }, table: null } };
  }
  return { found };
}

