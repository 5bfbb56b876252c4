// Findings → BounceRecords: each recipient's verdict comes from one classify() call
// (src/core/classify.ts), given what the message structure adds (host, recipient, command,
// Action, Status) and the reasons only the structure knows (sisimai.md "How Sisimai decides"):
// - reasonHint: feedback / vacation / delivered / suppressed, set by the decoder (ARF, RFC 3834,
//   `Action: delivered`, an ESP's suppression list);
// - formatReason: what the notice's kind states (a mailing list refusing a post → rejected; a
//   PowerMTA bounce category; an Exchange 2003 status), kept unless the text names a definite cause;
// - fallbackReason: used only when no text rule decides (Reason.pm anotherone(), in order):
//   expired (the MTA gave up retrying), mailererror (a local program failed: `X-Unix`), blocked
//   (refused after HELO/EHLO), else onhold (a diagnostic no rule knows) or undefined (none);
// - commandKnown: the decoder read the whole notice, so a missing command is no RCPT.

import { classifyShared } from '../classify.ts';
import type { BounceRecord, ClassifyContext, Reason, SendingSetup, Verdict } from '../types.ts';
import type { Finding } from './types.ts';
import { domainOf } from './util.ts';

/** A record of an email, with the feedback type of ARF reports (abuse, fraud, opt-out, ...). */
export interface EmailRecord extends BounceRecord {
  feedbackType?: string;
}

/** The reason the structure implies when the text is silent (Reason.pm anotherone(), in order). */
function structuralReason(f: Finding, action: string): Reason | undefined {
  if (f.fallbackReason) return f.fallbackReason;
  if (f.diagnosticType === 'X-UNIX') return 'mailererror';
  if (action === 'delayed') return 'expired';
  // Refused right after HELO/EHLO: the client itself (its name or IP) was refused.
  if (f.command === 'HELO') return 'blocked';
  // The structure says this is a failure even when no rule knows the text: Sisimai's last resort
  // is `onhold` when there is a diagnostic and `undefined` when there is none (Reason.pm get()).
  return f.diagnostic.trim() ? 'onhold' : 'undefined';
}

export function verdictFor(f: Finding, setup: SendingSetup | undefined): Readonly<Verdict> {
  const action = f.action ?? '';
  // RFC 3464 §2.3.3: delivered, relayed (to a system that sends no DSN) and expanded (to a list)
  // are no failures.
  const delivered = action === 'delivered' || action === 'relayed' || action === 'expanded';
  const hint: Reason | undefined = f.reasonHint ?? (delivered ? 'delivered' : undefined);
  const fallback = structuralReason(f, action);
  const ctx: ClassifyContext = {
    host: f.rhost || domainOf(f.recipient) || undefined,
    recipient: f.recipient || undefined,
    command: f.command || undefined,
    action: action || undefined,
    status: f.status || undefined,
    setup,
    commandKnown: true,
  };
  // Plain stores, not `...(x ? { ... } : {})` spreads: V8 makes an object literal with properties
  // after a spread much slower, and this runs once per recipient.
  if (hint) ctx.reasonHint = hint;
  if (f.formatReason) ctx.formatReason = f.formatReason;
  ctx.fallbackReason = fallback;
  // The shared verdict: toRecord copies it into the record at once.
  return classifyShared(f.diagnostic, ctx);
}

/** A finding's record: the verdict for its diagnostic, with what the decoder read. */
export function toRecord(f: Finding, msgindex: number, setup?: SendingSetup): EmailRecord {
  return recordOf(verdictFor(f, setup), f, msgindex);
}

function recordOf(v: Readonly<Verdict>, f: Finding, msgindex: number): EmailRecord {
  // The verdict's fields written out, in Verdict's order, then the record's, in one literal of
  // fixed shape, built from one map with every field in the object itself. Object.assign({}, v,
  // extra) walked the shared verdict's 25 keys and grew each record one property at a time: the
  // largest self time in the 10 MB mailbox profile (~6 µs per record). records.test.ts checks
  // that no verdict field is left out.
  const record: EmailRecord = {
    bounce: v.bounce,
    reason: v.reason,
    category: v.category,
    permanence: v.permanence,
    hardBounce: v.hardBounce,
    actor: v.actor,
    provider: v.provider,
    replyCode: v.replyCode,
    status: v.status,
    providerCode: v.providerCode,
    ruleId: v.ruleId,
    evidence: v.evidence,
    title: v.title,
    summary: v.summary,
    explanation: v.explanation,
    actorWhy: v.actorWhy,
    nextSteps: v.nextSteps,
    links: v.links,
    providerName: v.providerName,
    setup: v.setup,
    ips: v.ips,
    hosts: v.hosts,
    // The decoder's command when the text names none.
    command: v.command || f.command || '',
    msgindex,
    // The decoder's recipient, not the first address the text names (the verdict's own).
    recipient: f.recipient,
    diagnosticCode: f.diagnostic,
    rhost: f.rhost ?? '',
    action: f.action ?? '',
  };
  if (v.truncated) record.truncated = true;
  if (f.feedbackType) record.feedbackType = f.feedbackType;
  return record;
}

/** What a message that is no bounce has of a finding: nothing. */
const NO_FINDING: Finding = { recipient: '', diagnostic: '' };

/** The one record of a message that is no bounce (or could not be read). */
export function notBounceRecord(msgindex: number, setup?: SendingSetup, error?: string): EmailRecord {
  const record = recordOf(classifyShared('', { setup }), NO_FINDING, msgindex);
  record.bounce = false;
  if (error) record.error = error;
  return record;
}
