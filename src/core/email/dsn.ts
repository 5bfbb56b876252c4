// RFC 3464 §2 message/delivery-status: a group of per-message fields, then one group of
// per-recipient fields per recipient, groups separated by blank lines. Field syntax is RFC 5322's
// (continuation lines start with white space).
//
// Real reports bend the grammar, so the reader is lenient: a recipient field that repeats starts
// a new recipient even without a blank line; a group with no recipient field but per-recipient
// fields (a stray blank line) continues the previous recipient; and a Diagnostic-Code wrapped
// without indentation (seen in Sendmail and Exchange reports) keeps its unindented lines.

import type { Reason } from '../types.ts';
import { cleanAddress, firstAddress } from './util.ts';

export interface DsnRecipient {
  /** Final-Recipient address (RFC 3464 §2.3.2), `rfc822;` removed. */
  finalRecipient: string;
  /** Original-Recipient address (§2.3.1). */
  originalRecipient: string;
  /** Sendmail's X-Actual-Recipient (the address after alias expansion). */
  actualRecipient: string;
  /** Action (§2.3.3), lower case. */
  action: string;
  /** Status (§2.3.4). */
  status: string;
  /** Remote-MTA host (§2.3.5), `dns;` and brackets removed. */
  remoteMta: string;
  /** Diagnostic-Code type (§2.3.6): `smtp`, `x-unix`, `x-postfix`, ..., upper case. */
  diagnosticType: string;
  /** Diagnostic-Code text, unfolded. */
  diagnosticCode: string;
  lastAttemptDate: string;
  willRetryUntil: string;
  /** The reason a vendor field states (PowerMTA's X-PowerMTA-BounceCategory), when known. */
  formatReason?: Reason;
}

export interface Dsn {
  reportingMta: string;
  receivedFromMta: string;
  arrivalDate: string;
  recipients: DsnRecipient[];
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)/;
/** `rfc822; <a@b>` → `a@b`. Keeps the raw text (minus type) when it holds no address. */
export function addressOf(value: string): string {
  const typed = value.replace(/^\s*[a-z0-9-]+\s*;\s*/i, '').trim();
  return cleanAddress(firstAddress(typed) || typed);
}

/** `dns; mx.example.com [192.0.2.1]` → `mx.example.com`; `dns; [192.0.2.1]` → `192.0.2.1`. */
export function hostOf(value: string): string {
  const v = value.replace(/^\s*[a-z0-9-]+\s*;\s*/i, '').trim();
  const name = /^\[?([^\s\][()]+)/.exec(v)?.[1] ?? '';
  return name.replace(/\.$/, '').toLowerCase();
}

function emptyRecipient(): DsnRecipient {
  return {
    finalRecipient: '', originalRecipient: '', actualRecipient: '', action: '', status: '', remoteMta: '',
    diagnosticType: '', diagnosticCode: '', lastAttemptDate: '', willRetryUntil: '',
  };
}

const PER_RECIPIENT = new Set([
  'final-recipient', 'original-recipient', 'x-actual-recipient', 'action', 'status', 'remote-mta',
  'diagnostic-code', 'last-attempt-date', 'will-retry-until', 'final-log-id', 'x-powermta-bouncecategory',
]);

// PowerMTA's bounce categories (PowerMTA User's Guide, "Bounce categories"; the mapping follows
// Sisimai Lhost::PowerMTA, BSD-2-Clause). Only categories that name one cause are mapped.
const POWERMTA_CATEGORIES: Record<string, Reason> = {
  'bad-domain': 'hostunknown',
  'bad-mailbox': 'userunknown',
  'inactive-mailbox': 'suspend',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'policy-related': 'policyviolation',
  'quota-issues': 'mailboxfull',
  'routing-errors': 'systemerror',
  'spam-related': 'spamdetected',
};

type Field = [name: string, value: string];

/** Field groups (blank-line separated), continuation lines unfolded. */
function groups(text: string): Field[][] {
  const out: Field[][] = [[]];
  let last: Field | null = null;
  for (const line of text.split('\n')) {
    const cur = out[out.length - 1] as Field[];
    if (line.trim() === '') {
      if (cur.length) out.push([]);
      last = null;
      continue;
    }
    const m = /^[ \t]/.test(line) ? null : FIELD.exec(line);
    if (m) {
      last = [(m[1] ?? '').toLowerCase(), (m[2] ?? '').trim()];
      cur.push(last);
    } else if (last && (/^[ \t]/.test(line) || last[0] === 'diagnostic-code')) {
      last[1] = `${last[1]} ${line.trim()}`.trim();
    }
  }
  return out.filter((g) => g.length);
}

function apply(r: DsnRecipient, name: string, value: string): void {
  switch (name) {
    case 'final-recipient': r.finalRecipient = addressOf(value); break;
    case 'original-recipient': r.originalRecipient = addressOf(value); break;
    case 'x-actual-recipient': r.actualRecipient = addressOf(value); break;
    case 'action': r.action = (value.split(/[\s(;]/)[0] ?? '').toLowerCase(); break;
    case 'status': r.status = /[245]\.\d{1,3}\.\d{1,3}/.exec(value)?.[0] ?? ''; break;
    case 'remote-mta': r.remoteMta = hostOf(value); break;
    case 'diagnostic-code': {
      const m = /^([a-z0-9-]+)\s*;\s*([\s\S]*)$/i.exec(value);
      r.diagnosticType = m ? (m[1] ?? '').toUpperCase() : '';
      r.diagnosticCode = (m ? (m[2] ?? '') : value).replace(/\s+/g, ' ').trim();
      break;
    }
    case 'last-attempt-date': r.lastAttemptDate = value; break;
    case 'will-retry-until': r.willRetryUntil = value; break;
    case 'x-powermta-bouncecategory': {
      const reason = POWERMTA_CATEGORIES[value.trim().toLowerCase()];
      if (reason) r.formatReason = reason;
      break;
    }
  }
}

/** Reads every per-message and per-recipient field in a delivery-status text. */
export function parseDsn(text: string): Dsn {
  const dsn: Dsn = { reportingMta: '', receivedFromMta: '', arrivalDate: '', recipients: [] };
  let cur: DsnRecipient | null = null;
  for (const group of groups(text)) {
    const hasRecipient = group.some(([n]) => n === 'final-recipient' || n === 'original-recipient');
    if (hasRecipient || !cur) cur = null;
    for (const [name, value] of group) {
      if (name === 'reporting-mta') dsn.reportingMta ||= hostOf(value);
      else if (name === 'received-from-mta') dsn.receivedFromMta ||= hostOf(value);
      else if (name === 'arrival-date') dsn.arrivalDate ||= value;
      if (!PER_RECIPIENT.has(name)) continue;
      const repeats =
        cur &&
        ((name === 'final-recipient' && cur.finalRecipient) ||
          (name === 'original-recipient' && cur.originalRecipient));
      if (!cur || repeats) {
        if (!hasRecipient && !cur) continue; // per-recipient fields before any recipient
        cur = emptyRecipient();
        dsn.recipients.push(cur);
      }
      apply(cur, name, value);
    }
  }
  return dsn;
}
