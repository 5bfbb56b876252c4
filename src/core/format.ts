// Plain-text rendering of a verdict, for the command line's `explain` and "copy as text".

import type { Actor, SendingSetup, Verdict } from './types.ts';

const ACTOR_WORDS: Record<Actor, string> = {
  sender: 'you (the sender)',
  esp: 'your ESP (email service provider)',
  recipient: 'the recipient',
  recipient_admin: "the recipient's mail administrator",
  none: 'nobody: the sending server retries by itself',
};

const SETUP_WORDS: Record<SendingSetup, string> = {
  shared: "on your ESP's shared IP addresses",
  dedicated: 'from your own dedicated IP at an ESP',
  'self-hosted': 'from your own mail server',
};

export function actorWords(actor: Actor): string {
  return ACTOR_WORDS[actor];
}

export function permanenceWords(v: Verdict): string {
  if (v.permanence === 'temporary') {
    return 'Temporary: the sending server retries by itself, and the message may still be delivered.';
  }
  const ipScoped = v.category === 'reputation' || v.category === 'blocklist';
  return ipScoped
    ? 'Permanent: retrying the same message from the same IP address will not help.'
    : 'Permanent: retrying the same message will not help.';
}

export function removalWords(v: Verdict): string {
  if (!v.bounce) return '';
  return v.hardBounce
    ? 'Remove this address from your list: it cannot receive mail.'
    : 'Keep the address on your list: the address itself is not the problem.';
}

/** The verdict as text a person reads. `others` are the same text classified under the other sending setups. */
export function formatVerdict(v: Verdict, text: string, others: Verdict[] = []): string {
  const out: string[] = [];
  out.push(v.summary);
  if (!v.bounce) return out.join('\n') + '\n';
  if (v.explanation) out.push('', v.explanation);
  const who = actorWords(v.actor);
  out.push('', `Who must act: ${who.charAt(0).toUpperCase()}${who.slice(1)}.`, `  ${v.actorWhy}`);
  const differ = others.filter((o) => o.actor !== v.actor);
  if (differ.length > 0) {
    out.push(`  That holds if you send ${SETUP_WORDS[v.setup]}.`);
    for (const actor of new Set(differ.map((o) => o.actor))) {
      const setups = differ.filter((o) => o.actor === actor).map((o) => SETUP_WORDS[o.setup]);
      out.push(`  If you send ${setups.join(' or ')}: ${actorWords(actor)} must act.`);
    }
  }
  out.push('', permanenceWords(v), removalWords(v));
  if (v.nextSteps.length > 0) {
    out.push('', 'Next steps:');
    v.nextSteps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  }
  if (v.links.length > 0) {
    out.push('', 'Useful pages:');
    for (const l of v.links) out.push(`  - ${l.label}: ${l.url}`);
  }
  out.push('', 'Why we think so:');
  const codes = [v.replyCode && `reply code ${v.replyCode}`, v.status && `status ${v.status}`, v.providerCode && `provider code ${v.providerCode}`]
    .filter(Boolean)
    .join(', ');
  out.push(`  Rule: ${v.ruleId || '(none)'}${v.providerName ? ` (${v.providerName})` : ''}`);
  if (codes) out.push(`  Codes: ${codes}`);
  const words = v.evidence.filter((e) => e.kind === 'text' || e.kind === 'host').map((e) => `"${text.slice(e.start, e.end)}"`);
  if (words.length > 0) out.push(`  Matched: ${[...new Set(words)].join(', ')}`);
  out.push(
    `  Reason: ${v.reason} · category: ${v.category} · ${v.permanence} · hard bounce: ${v.hardBounce ? 'yes' : 'no'}`,
  );
  return out.join('\n') + '\n';
}
