// Assembles the plain-language copy of a verdict from the deciding rule and the reason's defaults.

import type { Registry } from './registry.ts';
import type { Actor, HelpLink, Permanence, ProviderTable, Reason, ReasonInfo, Rule, SendingSetup, Steps } from './types.ts';

export interface CopyInput {
  rule: Rule | null;
  reason: Reason;
  actor: Actor;
  baseActor: Actor;
  setup: SendingSetup;
  permanence: Permanence;
  isBounce: boolean;
  provider: ProviderTable | null;
  reg: Registry;
}

export interface Copy {
  title: string;
  summary: string;
  explanation: string;
  actorWhy: string;
  nextSteps: string[];
  links: HelpLink[];
}

const NOT_BOUNCE_SUMMARY = 'This text does not look like a delivery failure: no failure code or bounce wording was found.';

function pickSteps(actor: Actor, baseActor: Actor, ...sources: Array<Steps | undefined>): string[] {
  for (const s of sources) {
    const steps = s?.[actor] ?? s?.[baseActor];
    if (steps && steps.length > 0) return [...steps];
  }
  return [];
}

function fill(template: string, provider: ProviderTable | null): string {
  return template.replace(/\{provider\}/g, provider?.name ?? 'The receiving server');
}

export function buildCopy(c: CopyInput): Copy {
  const info: ReasonInfo = c.reg.reasons[c.reason];
  const actors = c.reg.actorCopy;
  if (!c.isBounce && c.reason !== 'delivered' && c.reason !== 'vacation') {
    return { title: 'Not a bounce', summary: NOT_BOUNCE_SUMMARY, explanation: '', actorWhy: actors.actors.none.why, nextSteps: [], links: [] };
  }
  const actorWhy = c.actor !== c.baseActor && c.baseActor === 'esp' ? actors.ownIpWhy : actors.actors[c.actor].why;
  const links = [...(c.rule?.links ?? []), ...(c.provider?.links ?? [])].filter(
    (l, i, all) => all.findIndex((m) => m.url === l.url) === i,
  );
  return {
    title: c.rule?.title ?? info.title,
    summary: fill(c.rule?.summary ?? (c.permanence === 'temporary' ? info.summaryWhenTemporary : undefined) ?? info.summary, c.provider),
    explanation: fill(c.rule?.explanation ?? info.explanation, c.provider),
    actorWhy,
    nextSteps: pickSteps(c.actor, c.baseActor, c.rule?.steps, info.steps).map((s) => fill(s, c.provider)),
    links,
  };
}
