// Shapes shared by the email decoders (internal to src/core/email).

import type { Headers } from './headers.ts';
import type { Reason } from '../types.ts';

/** What a decoder found for one recipient, before classification. */
export interface Finding {
  recipient: string;
  /** The remote server's reply (or the MTA's own explanation), unfolded to one line. */
  diagnostic: string;
  /** Remote host that answered (no brackets), when known. */
  rhost?: string;
  /** SMTP command the reply answered: RCPT, MAIL, DATA, HELO, CONN. */
  command?: string;
  /** RFC 3463 status from the report itself (a DSN's Status field). */
  status?: string;
  /** RFC 3464 Action: failed, delayed, delivered, relayed, expanded. */
  action?: string;
  /** Diagnostic-Code type (SMTP, X-UNIX, X-POSTFIX, ...), upper case. */
  diagnosticType?: string;
  /** What only the message structure tells (feedback report, auto-reply, delivered). */
  reasonHint?: Reason;
  /** ARF Feedback-Type (abuse, fraud, opt-out, ...) of a feedback report. */
  feedbackType?: string;
  /**
   * What the notice's kind itself says (Sisimai: a reason set by the Lhost decoder), e.g.
   * `rejected` for a mailing list refusing the post. Kept unless the text names a definite cause
   * (records.ts DEFINITE).
   */
  formatReason?: Reason;
  /**
   * A reason implied by the structure, used only when the text names nothing specific: `expired`
   * when the MTA says it gave up retrying (its own words for the cause, such as a connection
   * failure, win: Sisimai's qmail and sendmail decoders do the same).
   */
  fallbackReason?: Reason;
  /** The appliance or carrier whose own message table applies (formats/vendor-tables.ts). */
  vendor?: string;
}

/** What a human-readable format decoder reads. */
export interface Input {
  headers: Headers;
  /** Subject, RFC 2047 decoded. */
  subject: string;
  /** From header, RFC 2047 decoded. */
  from: string;
  /** Human-readable text of the notice (LF line ends), the returned original removed. */
  body: string;
  /** The returned original message (or its headers), when present. */
  original: string;
}

/** A decoder for one family of bounce notices written for people (no RFC 3464 part). */
export interface Format {
  id: string;
  /** Cheap test on subject, sender and body markers. */
  detect(input: Input): boolean;
  /** Recipients with their diagnostics; empty when the body does not fit after all. */
  parse(input: Input): Finding[];
}
