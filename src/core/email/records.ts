// Findings → BounceRecords: each recipient's verdict comes from classify() (src/core/classify.ts),
// given what the message structure adds (host, recipient, command, Action, Status).
//
// Structure-only reasons (sisimai.md "How Sisimai decides", step 2c and Reason.pm anotherone):
// - feedback / vacation / delivered are set by the decoder (ARF, RFC 3834, `Action: delivered`);
// - fallbacks, used only when classify found no text rule (nothing matched, or only a bare
//   status/reply-code rule), because Sisimai keeps the text's own reason when it names one:
//   expired (the MTA gave up retrying: Action delayed, "retry timeout exceeded"), mailererror (a
//   local program failed: `Diagnostic-Code: X-Unix`), blocked (refused after HELO/EHLO), and
//   what a decoder knows from the notice's kind (a mailing list refusing a post → rejected).

import { classify } from '../classify.ts';
import type { BounceRecord, ClassifyContext, Reason, SendingSetup, Verdict } from '../types.ts';
import type { Finding } from './types.ts';
import { domainOf } from './util.ts';

/** A record of an email, with the feedback type of ARF reports (abuse, fraud, opt-out, ...). */
export interface EmailRecord extends BounceRecord {
  feedbackType?: string;
}

// Sisimai's first-pass reasons (Reason.pm get(), the `true()` checks): the only ones that replace
// a reason the format decoder set. Weaker ones (networkerror, systemerror, ...) do not.
const DEFINITE: ReadonlySet<Reason> = new Set([
  'mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend', 'hasmoved', 'norelaying', 'authfailure', 'userunknown',
  'filtered', 'requireptr', 'notcompliantrfc', 'badreputation', 'rejected', 'hostunknown', 'spamdetected',
  'speeding', 'toomanyconn', 'blocked',
]);

// Rules that decide from a bare status or reply-code class say nothing the structure doesn't.
const BARE_CODE_RULE = /^(?:rfc3463|reply-codes?)\//;
const WEAK_REASONS: ReadonlySet<Reason> = new Set(['undefined', 'onhold']);

function saysNothingSpecific(v: Verdict): boolean {
  return !v.ruleId || BARE_CODE_RULE.test(v.ruleId) || WEAK_REASONS.has(v.reason);
}

/** The reason the structure implies when the text is silent (Reason.pm anotherone(), in order). */
function structuralReason(f: Finding, action: string): Reason | undefined {
  if (f.fallbackReason) return f.fallbackReason;
  if (f.diagnosticType === 'X-UNIX') return 'mailererror';
  if (action === 'delayed') return 'expired';
  // Refused right after HELO/EHLO: the client itself (its name or IP) was refused.
  if (f.command === 'HELO') return 'blocked';
  return undefined;
}

export function verdictFor(f: Finding, setup: SendingSetup | undefined): Verdict {
  const action = f.action ?? '';
  // RFC 3464 §2.3.3: delivered, relayed (to a system that sends no DSN) and expanded (to a list)
  // are no failures.
  const delivered = action === 'delivered' || action === 'relayed' || action === 'expanded';
  const hint: Reason | undefined = f.reasonHint ?? (delivered ? 'delivered' : undefined);
  const ctx: ClassifyContext = {
    host: f.rhost || domainOf(f.recipient) || undefined,
    recipient: f.recipient || undefined,
    command: f.command || undefined,
    action: action || undefined,
    status: f.status || undefined,
    setup,
    reasonHint: hint,
  };
  const v = classify(f.diagnostic, ctx);
  if (hint) return v;
  if (f.formatReason && !(v.bounce && DEFINITE.has(v.reason))) return classify(f.diagnostic, { ...ctx, reasonHint: f.formatReason });
  const fallback = structuralReason(f, action);
  if (fallback && saysNothingSpecific(v)) return classify(f.diagnostic, { ...ctx, reasonHint: fallback });
  // A failed local program: Sisimai ignores text patterns for non-SMTP diagnostic types.
  if (fallback === 'mailererror' && v.reason === 'userunknown') return classify(f.diagnostic, { ...ctx, reasonHint: fallback });
  // The structure says this is a failure even when no rule knows the text: Sisimai's last resort
  // is `onhold` when there is a diagnostic and `undefined` when there is none (Reason.pm get()).
  if (!v.bounce) return classify(f.diagnostic, { ...ctx, reasonHint: f.diagnostic.trim() ? 'onhold' : 'undefined' });
  return v;
}

export function toRecord(f: Finding, msgindex: number, setup?: SendingSetup): EmailRecord {
  const v = verdictFor(f, setup);
  const record: EmailRecord = {
    ...v,
    msgindex,
    recipient: f.recipient,
    diagnosticCode: f.diagnostic,
    rhost: f.rhost ?? '',
    action: f.action ?? '',
  };
  if (!v.command && f.command) record.command = f.command;
  if (f.feedbackType) record.feedbackType = f.feedbackType;
  return record;
}

/** The one record of a message that is no bounce (or could not be read). */
export function notBounceRecord(msgindex: number, setup?: SendingSetup, error?: string): EmailRecord {
  const v = classify('', { setup });
  return { ...v, bounce: false, msgindex, recipient: '', diagnosticCode: '', rhost: '', action: '', ...(error ? { error } : {}) };
}
