// The verdict and rule shapes shared by every part of Bounce Lens.
// Field names and enum values follow shared/docs/contract.md; do not rename them.

/** Sisimai 5 reason names (contract.md "reason"). */
export const REASONS = [
  'userunknown', 'hostunknown', 'hasmoved', 'notaccept', 'mailboxfull', 'mesgtoobig', 'exceedlimit',
  'filtered', 'suspend', 'rejected', 'blocked', 'badreputation', 'spamdetected', 'virusdetected',
  'policyviolation', 'authfailure', 'requireptr', 'securityerror', 'norelaying', 'notcompliantrfc',
  'contenterror', 'speeding', 'toomanyconn', 'syntaxerror', 'systemerror', 'systemfull', 'networkerror',
  'expired', 'mailererror', 'onhold', 'undefined', 'feedback', 'vacation', 'delivered', 'failedstarttls',
  'suppressed',
] as const;
export type Reason = (typeof REASONS)[number];

export const CATEGORIES = [
  'reputation', 'blocklist', 'authentication', 'rate_limit', 'content', 'user_unknown', 'mailbox_full',
  'mailbox_disabled', 'domain_error', 'policy', 'greylist', 'tls', 'message_too_large', 'relay_denied',
  'network', 'expired', 'complaint', 'other', 'not_bounce',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ACTORS = ['sender', 'esp', 'recipient', 'recipient_admin', 'none'] as const;
export type Actor = (typeof ACTORS)[number];

export type Permanence = 'permanent' | 'temporary';

/** Where the mail left from; decides who owns IP reputation (contract.md "actor"). */
export const SETUPS = ['shared', 'dedicated', 'self-hosted'] as const;
export type SendingSetup = (typeof SETUPS)[number];

export type EvidenceKind = 'replyCode' | 'status' | 'providerCode' | 'text' | 'host';

/** What matched, with offsets into the text the caller passed in. */
export interface Evidence {
  kind: EvidenceKind;
  value: string;
  start: number;
  end: number;
}

/** A link to an official page that helps with the next step. */
export interface HelpLink {
  label: string;
  url: string;
}

export interface Verdict {
  bounce: boolean;
  reason: Reason;
  category: Category;
  permanence: Permanence;
  hardBounce: boolean;
  actor: Actor;
  provider: string | null;
  replyCode: string;
  status: string;
  providerCode: string;
  ruleId: string;
  evidence: Evidence[];
  summary: string;
  nextSteps: string[];
  // Fields beyond the contract (allowed: "add fields freely").
  /** Human name of the provider, e.g. "Apple iCloud Mail". */
  providerName: string | null;
  /** Short title of the reason, e.g. "Sending IP reputation". */
  title: string;
  /** Why this actor must act, one sentence. */
  actorWhy: string;
  /** Longer plain-language explanation (a paragraph). */
  explanation: string;
  /** Official pages for the next steps. */
  links: HelpLink[];
  /** The sending setup the actor was decided for. */
  setup: SendingSetup;
  /** IP addresses named in the text (often the sending IP). */
  ips: string[];
  /** Host names named in the text as the answering server. */
  hosts: string[];
  /** SMTP command the reply answered, when the text says (RCPT, DATA, MAIL, CONN, HELO). */
  command: string;
  /** The first address named in the text (often the recipient). */
  recipient?: string;
  /** Set when the input was too long and only its start was read. */
  truncated?: boolean;
}

/** What the caller knows besides the text. */
export interface ClassifyContext {
  /** Receiving host (Remote-MTA, "host X said") or the recipient's domain. */
  host?: string;
  /** Recipient address or domain, when known. */
  recipient?: string;
  /** Sending setup; default `shared`. */
  setup?: SendingSetup;
  /** SMTP command the reply answered (RCPT, DATA, MAIL, CONN, HELO), when known. */
  command?: string;
  /** RFC 3464 Action field (failed, delayed, delivered, relayed, expanded), when known. */
  action?: string;
  /** Status from a DSN's Status field when the text itself has none. */
  status?: string;
  /** A reason the decoder already knows (e.g. an ARF report is `feedback`). */
  reasonHint?: Reason;
  /**
   * What the notice's kind states (Sisimai: a reason set by the Lhost decoder, e.g. `rejected` for a
   * mailing list refusing a post); kept unless the text names a definite cause (classify.ts DEFINITE).
   */
  formatReason?: Reason;
  /**
   * A reason the decoder knows from the notice's structure (the MTA gave up retrying, a local
   * program failed), used only when no text rule decides: no rule matched, or only a bare status /
   * reply-code rule (`rfc3463/`, `reply-codes/`). `onhold` and `undefined` (Sisimai's "not enough
   * information") apply only when no rule matched at all.
   */
  fallbackReason?: Reason;
  /**
   * The caller read the whole notice, so a missing `command` means the reply answered no RCPT.
   * Sisimai (Reason::UserUnknown / Filtered true()) then files unknown-user words without a
   * 5.1.0/5.1.1/5.1.3 status as `filtered`.
   */
  commandKnown?: boolean;
}

// ---------------------------------------------------------------------------
// Rules: typed data, one matcher (src/core/match.ts) serves every table.

/**
 * A text pattern, matched against the normalised text (lower case, white space folded,
 * `550-5.7.1` continuation prefixes removed):
 * - a string: a case-insensitive substring (write it in lower case);
 * - an array of strings: ordered parts, each found after the previous one (Sisimai's "aligned");
 * - a RegExp: tested as is (give it the `i` flag only if it must see upper case; the text is lower case).
 */
export type TextPattern = string | readonly string[] | RegExp;

export interface Condition {
  /** Any of these basic reply codes; `5xx`, `55x` style wildcards allowed. */
  replyCode?: readonly string[];
  /** Any of these enhanced status codes; `*` stands for a part or the rest of one (`5.7.*`, `4.7.5*`), `?` for one digit (`5.7.6??`). */
  status?: readonly string[];
  /** None of these enhanced status codes (same wildcards as `status`; an empty status passes). */
  notStatus?: readonly string[];
  /** Any of these provider codes (compared case-insensitively), or a RegExp over each extracted code. */
  providerCode?: readonly string[] | RegExp;
  /** Any of these patterns must match the text. */
  text?: readonly TextPattern[];
  /** None of these may match. */
  notText?: readonly TextPattern[];
  /** Any of these SMTP commands (RCPT, DATA, MAIL, CONN, HELO), when the command is known. */
  command?: readonly string[];
  /** None of these SMTP commands (an unknown command passes). */
  notCommand?: readonly string[];
}

export type Steps = Partial<Record<Actor, readonly string[]>>;

export interface Rule {
  /** `<table>/<kebab-name>`, unique. */
  id: string;
  when: Condition;
  reason: Reason;
  category?: Category;
  actor?: Actor;
  permanence?: Permanence;
  /** Short title when the reason's title would mislead (Apple CS02 is a `policyviolation` about IP reputation). */
  title?: string;
  /** One plain-language sentence; otherwise the reason's copy is used. */
  summary?: string;
  /** A paragraph for readers who open the details. */
  explanation?: string;
  /** Next steps by the actor that ends up responsible (after the sending setup is applied). */
  steps?: Steps;
  links?: readonly HelpLink[];
  /** URL or RFC section the meaning comes from. */
  source: string;
  /** Real (anonymised) lines that must classify back to this rule. */
  examples: readonly string[];
  /**
   * Provider rules normally apply only when the provider is identified (host, domain or a
   * signature in the text). Rules whose condition is unmistakable on its own (a provider code)
   * apply anywhere; set `anywhere: false` to keep such a rule host-bound.
   */
  anywhere?: boolean;
}

export interface ProviderTable {
  /** Lower-case id, e.g. `apple`; also the `provider` value of its verdicts. */
  id: string;
  name: string;
  /** Suffixes of the provider's MX / answering host names, e.g. `.mail.icloud.com`. */
  hosts: readonly string[];
  /** Recipient domains it serves. */
  domains: readonly string[];
  /** Text that names the provider inside a bounce line (a URL, a product name). */
  signatures?: readonly TextPattern[];
  /** How the provider writes its own codes; the first capture group is the code. */
  codePatterns?: readonly RegExp[];
  links?: readonly HelpLink[];
  rules: readonly Rule[];
}

/** A table of rules that does not belong to one provider (generic phrases, RFC 3463). */
export interface RuleTable {
  id: string;
  rules: readonly Rule[];
}

/** Plain-language copy for one reason. */
export interface ReasonInfo {
  title: string;
  category: Category;
  /** Who acts by default for a final failure. */
  actor: Actor;
  /** Who acts by default while the failure is only a deferral (retries pending). */
  actorWhenTemporary?: Actor;
  /** One sentence for the summary; `{provider}` becomes "The receiving server" or a provider name. */
  summary: string;
  /** The summary while the failure is only a deferral, where `summary` would call it final. */
  summaryWhenTemporary?: string;
  explanation: string;
  steps: Steps;
}

/** One recipient record from a bounce email (contract.md, `parse`). */
export interface BounceRecord extends Verdict {
  file?: string;
  msgindex: number;
  recipient: string;
  diagnosticCode: string;
  rhost: string;
  action: string;
  /** ARF Feedback-Type (abuse, fraud, opt-out...) of a complaint report. */
  feedbackType?: string;
  /** Set when the file could not be read. */
  error?: string;
}

/** Plain-language copy for one actor (who must act). */
export interface ActorInfo {
  /** Label in the responsibility split, e.g. "Your ESP". */
  label: string;
  /** Why this actor acts, one sentence, for the general case. */
  why: string;
}

/** Copy for the actor line when IP reputation work moved from the ESP to the sender. */
export interface ActorCopy {
  actors: Record<Actor, ActorInfo>;
  /** Why the sender acts when the sending IP is their own (dedicated or self-hosted). */
  ownIpWhy: string;
}
