// One explanation card. Its data-* attributes carry the verdict's values (contract.md: tests and
// other tools find cards by them). Order follows a worried reader's questions: what happened,
// who must act, is it final, what do I do; the proof ("why we think so") comes last, folded.

import { useId } from 'preact/hooks';
import type { Verdict } from '../../core/types.ts';
import { useEnv } from '../env.ts';
import type { Origin } from '../explain-input.ts';
import { categoryLabel } from '../labels.ts';
import { ActorLine } from './ActorLine.tsx';
import { Codes, CopyVerdict, Links, Permanence, Steps } from './CardParts.tsx';
import { EspLabel } from './EspLabel.tsx';
import { EspOwned } from './EspOwned.tsx';
import { Evidence } from './Evidence.tsx';

interface Props {
  verdict: Verdict;
  text: string;
  origin?: Origin;
}

export function VerdictCard({ verdict: v, text, origin }: Props) {
  const { t } = useEnv();
  const titleId = useId();
  const attrs = {
    'data-category': v.category,
    'data-actor': v.actor,
    'data-permanence': v.permanence,
    'data-provider': v.provider ?? '',
    'aria-labelledby': titleId,
  };
  const why = (
    <details class="why-details">
      <summary>{t('card_why')}</summary>
      {v.explanation && v.actor !== 'esp' && <p class="explanation">{v.explanation}</p>}
      <Evidence text={text} evidence={v.evidence} ruleId={v.ruleId} />
    </details>
  );
  if (!v.bounce) {
    return (
      <article class="card not-bounce" {...attrs}>
        <header>
          <span class="chip ok">{categoryLabel(t, v.category)}</span>
          <h2 id={titleId}>{v.reason === 'delivered' || v.reason === 'vacation' ? v.title : t('card_notBounce')}</h2>
        </header>
        <p class="summary">{v.summary}</p>
        {origin?.espLabel && <EspLabel v={v} espLabel={origin.espLabel} />}
        {why}
      </article>
    );
  }
  const espOwned = v.actor === 'esp';
  return (
    <article class={`card ${v.permanence}`} {...attrs}>
      <header>
        <span class="chip">{categoryLabel(t, v.category)}</span>
        <h2 id={titleId}>{v.title}</h2>
        <Codes v={v} {...(origin?.recipient ? { recipient: origin.recipient } : {})} {...(origin?.host ? { host: origin.host } : {})} />
      </header>
      <p class="summary">{v.summary}</p>
      <ActorLine actor={v.actor} why={v.actorWhy} setup={v.setup} />
      <Permanence v={v} />
      {espOwned ? <EspOwned v={v} text={text} {...(origin ? { origin } : {})} /> : <Steps steps={v.nextSteps} title={t('steps_title')} />}
      <Links links={v.links} />
      <EspLabel v={v} {...(origin?.espLabel ? { espLabel: origin.espLabel } : {})} />
      {why}
      <CopyVerdict v={v} text={text} />
    </article>
  );
}
