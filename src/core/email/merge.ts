// Joins the RFC 3464 report (recipient list, Status, Action, Remote-MTA) with what the
// human-readable part says about the same recipient (the SMTP command, the full reply, the host).
// RFC 3464 §2.3.6: Diagnostic-Code is the remote's own reply, so it is preferred when it holds
// text; the human part fills in when the report leaves it empty or gives only a code.

import type { DsnRecipient } from './dsn.ts';
import { vendorReason } from './formats/vendor-tables.ts';
import type { Finding } from './types.ts';
import { commandOf, isAddress } from './util.ts';

/** RFC 3464 §2.3.3 Action values, plus spellings seen in the wild (sendmail -bv "deliverable"). */
export function normalizeAction(action: string): string {
  const a = action.toLowerCase();
  if (a.startsWith('fail')) return 'failed';
  if (a.startsWith('deliver')) return 'delivered';
  if (a.startsWith('delay') || a === 'expired') return 'delayed';
  if (a.startsWith('relay')) return 'relayed';
  if (a.startsWith('expand')) return 'expanded';
  return a;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A diagnostic that holds words, not only a code (`550`, `5.1.1`, `smtp; 550 5.0.0`). */
function informative(diag: string): boolean {
  return /[a-z]{3,}/i.test(diag.replace(/\b(?:smtp|x-[a-z-]+)\b/gi, ''));
}

/** Final-Recipient, unless it is no usable address (a source route, a bare host) and another is. */
function recipientOf(d: DsnRecipient): string {
  const candidates = [d.finalRecipient, d.originalRecipient, d.actualRecipient].filter(Boolean);
  return candidates.find(isAddress) ?? candidates[0] ?? '';
}

/** A vendor's own message table read on the final diagnostic (Sisimai's Lhost decoders do so last). */
function withVendorReason(f: Finding): Finding {
  if (!f.vendor || f.formatReason) return f;
  const reason = vendorReason(f.vendor, f.diagnostic);
  return reason ? { ...f, formatReason: reason } : f;
}

export function mergeFindings(dsn: DsnRecipient[], human: Finding[]): Finding[] {
  return joinFindings(dsn, human).map(withVendorReason);
}

/**
 * A finding without an Action is a failure (a feedback report or an auto-reply states none). A
 * copy, then one store: `{ ...f, action }` puts V8 on its slow path for a spread followed by a
 * property, and this runs once per recipient of every notice without a delivery-status part.
 */
function withAction(f: Finding): Finding {
  if (f.action !== undefined) return f;
  const copy = { ...f };
  copy.action = f.reasonHint ? '' : 'failed';
  return copy;
}

function joinFindings(dsn: DsnRecipient[], human: Finding[]): Finding[] {
  const withAddress = dsn.filter((d) => recipientOf(d) !== '');
  if (!withAddress.length) return human.map(withAction);
  return withAddress.map((d, i) => {
    let recipient = recipientOf(d);
    const h =
      human.find((f) => same(f.recipient, recipient) || (!!d.originalRecipient && same(f.recipient, d.originalRecipient))) ??
      (human.length === withAddress.length ? human[i] : undefined);
    if (!isAddress(recipient) && h && isAddress(h.recipient)) recipient = h.recipient;
    let diagnostic = d.diagnosticCode;
    if (h?.diagnostic && (!informative(diagnostic) || (!diagnostic.trim() && h.diagnostic))) diagnostic = h.diagnostic;
    const action = normalizeAction(d.action) || h?.action || 'failed';
    const finding: Finding = {
      recipient,
      diagnostic,
      rhost: d.remoteMta || h?.rhost || '',
      command: h?.command || commandOf(diagnostic),
      status: d.status || h?.status || '',
      action,
      diagnosticType: d.diagnosticType || h?.diagnosticType || '',
    };
    if (h?.reasonHint) finding.reasonHint = h.reasonHint;
    if (h?.fallbackReason) finding.fallbackReason = h.fallbackReason;
    const formatReason = d.formatReason ?? h?.formatReason;
    if (formatReason) finding.formatReason = formatReason;
    if (h?.vendor) finding.vendor = h.vendor;
    return finding;
  });
}
