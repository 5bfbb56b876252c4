// Permanence, hard bounce and actor: the decisions that tell a user what to do.

import type { Facts } from './match.ts';
import type { Actor, ClassifyContext, Permanence, Reason, ReasonInfo, Rule, SendingSetup } from './types.ts';

// Words that settle permanence whatever the code says: Yahoo's TS03 is a 421 that "will be
// permanently deferred; Retrying will NOT succeed" (providers.md §5).
const SAYS_PERMANENT = /permanently (?:deferred|rejected|failed|blocked)|retrying will not succeed|will not be retried|this is a permanent error|permanent failure|i've given up|giving up|message expired|delivery time expired/;
const STILL_RETRYING = /will (?:be )?retr(?:y|ied)|still being retried|will keep trying|not yet been delivered|delivery attempts will continue|has been delayed|\bstatus=deferred\b/;
// A connection that failed is retried until the sending MTA gives up (providers.md §0 and §18:
// temporary and nobody acts while it is retried; the recipient's admin once it is final).
const CONNECTION_FAILED = /\bconnection (?:timed out|refused|reset)\b|\bno route to host\b|\blost connection with\b|\b(?:host|network) (?:is )?(?:unreachable|not reachable)\b/;
// The sending MTA's words for having given up, besides SAYS_PERMANENT's (Exim, qmail, sendmail, Postfix).
const GAVE_UP = /retry time(?:out)? (?:not reached|exceeded)|in the queue too long|not going to try again|deleted from (?:the )?queue|could not (?:be delivered|deliver) for|not delivered within|after multiple retries|\bgave up\b|\bgive up\b/;
const SAYS_TEMPORARY = /try again later|please try again|temporar(?:y|ily)|will be retried|will retry|retry later|deferred|greylist|graylist/;

export function decidePermanence(
  rule: Rule | null,
  reason: Reason,
  facts: Facts,
  ctx: ClassifyContext,
  isBounce: boolean,
): Permanence {
  if (rule?.permanence) return rule.permanence;
  if (!isBounce) return 'temporary';
  if (SAYS_PERMANENT.test(facts.text)) return 'permanent';
  // A DSN's Action field reports the sending MTA's own decision (RFC 3464 §2.3.3).
  const action = (ctx.action ?? '').toLowerCase();
  if (action === 'delayed') return 'temporary';
  if (action === 'failed') return 'permanent';
  if (reason === 'expired' || reason === 'networkerror') {
    // A delay notice ("could not be delivered for more than 3 hours. It will be retried until ...")
    // reports an expiry that has not happened yet: checked before the words that say it has.
    if (STILL_RETRYING.test(facts.text)) return 'temporary';
    // With no code: final when the MTA says it gave up ("... could not be delivered for 8 hours,
    // will be deleted from queue" also says "Deferred"), while a bare connection failure ("connect
    // to mx[192.0.2.1]:25: Connection timed out") is a delivery attempt the MTA repeats.
    if (!facts.replyCode && !facts.status) {
      if (GAVE_UP.test(facts.text)) return 'permanent';
      if (CONNECTION_FAILED.test(facts.text)) return 'temporary';
    }
    // A remote's own 4xx reply about a timeout ("451 4.4.2 Timeout - closing connection") is a
    // deferral the sending server retries (RFC 5321 §4.2.1: 4yz is transient). Only the sending
    // MTA giving up (its words, or Action: failed above) makes an expiry final.
    if (reason === 'expired') return facts.replyCode.startsWith('4') || facts.status.startsWith('4') ? 'temporary' : 'permanent';
  }
  if (facts.status) return facts.status.startsWith('4') ? 'temporary' : 'permanent';
  if (facts.replyCode) return facts.replyCode.startsWith('4') ? 'temporary' : 'permanent';
  return SAYS_TEMPORARY.test(facts.text) ? 'temporary' : 'permanent';
}

/** Sisimai's rule (SMTP::Failure->is_hardbounce): only a dead address or domain is hard. */
export function decideHard(reason: Reason, facts: Facts): boolean {
  if (reason === 'userunknown' || reason === 'hostunknown' || reason === 'hasmoved') return true;
  if (reason !== 'notaccept') return false;
  if (facts.replyCode.startsWith('4') || facts.status.startsWith('4')) return false;
  return !/temporar|persistent/.test(facts.text);
}

export function decideActor(
  rule: Rule | null,
  reason: Reason,
  permanence: Permanence,
  setup: SendingSetup,
  isBounce: boolean,
  reasons: Record<Reason, ReasonInfo>,
): { actor: Actor; baseActor: Actor } {
  if (!isBounce) return { actor: 'none', baseActor: 'none' };
  const info = reasons[reason];
  const baseActor = rule?.actor ?? (permanence === 'temporary' ? (info.actorWhenTemporary ?? info.actor) : info.actor);
  // contract.md: under `dedicated` and `self-hosted`, what `shared` gives to `esp` goes to `sender`.
  const actor = baseActor === 'esp' && setup !== 'shared' ? 'sender' : baseActor;
  return { actor, baseActor };
}
