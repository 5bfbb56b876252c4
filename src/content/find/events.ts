// The words ESP logs use for an event's outcome, and what each means for the badge (contract.md):
// bounces, blocks and deferrals count; deliveries, opens, clicks, and drops where no receiving
// server answered (suppressions, the ESP's own rejections) do not. Vocabulary from pages.md §3:
// SendGrid (Bounce, Blocked, Deferred, Dropped), Mailgun (failed + severity, suppress-*), Postmark
// (bounce Type), SES (Bounce / DeliveryDelay, Suppressed subtypes), SparkPost (bounce, out_of_band,
// delay, policy_rejection), Mandrill (hard_bounce, soft_bounce, deferral, reject), Brevo
// (hard_bounce, soft_bounce, deferred, blocked = Brevo's own block list, invalid_email).

export type Outcome = 'failed' | 'delayed' | 'skip' | '';

export interface EventWords {
  /** Site words that are no failure although the defaults would say so (Brevo's "blocked"). */
  skip?: RegExp;
  delayed?: RegExp;
}

// Word starts, tested in this order: a "Delivery delay" is a deferral, "Not delivered" a failure.
const DELAYED = /\b(?:defer|delay|transient)/i;
const FAILED = /\b(?:(?:hard|soft)[ _-]?bounce|bounce|block|fail|out[ _-]of[ _-]band|not[ _-]deliver|undeliverable)/i;
const SKIP = /\b(?:deliver|process|sent|send|open|click|drop|suppress|unsub|spam|complain|reject|polic|generation|invalid|queue|accept|request|deactivat|subscri|auto[ _-]?respon)/i;

export function outcomeOf(word: string, site: EventWords = {}): Outcome {
  const w = word.trim();
  if (!w) return '';
  if (site.skip?.test(w)) return 'skip';
  if (site.delayed?.test(w) || DELAYED.test(w)) return 'delayed';
  if (FAILED.test(w)) return 'failed';
  return SKIP.test(w) ? 'skip' : '';
}
