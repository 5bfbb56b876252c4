// One explanation card. Its data-* attributes carry the verdict's values (contract.md: tests and
// other tools find cards by them).

import type { Verdict } from '../../core/types.ts';
import { CATEGORY_LABEL } from '../labels.ts';
import { ActorLine } from './ActorLine.tsx';
import { Evidence } from './Evidence.tsx';

function Codes({ v }: { v: Verdict }) {
  const codes = [v.replyCode, v.status, v.providerCode].filter(Boolean);
  return (
    <p class="provider">
      <span class="provider-name">{v.providerName ?? (v.provider ? v.provider : 'Receiving server not identified')}</span>
      {v.recipient && <span class="recipient">to {v.recipient}</span>}
      {codes.map((c) => (
        <code key={c} class="code">
          {c}
        </code>
      ))}
    </p>
  );
}

function Permanence({ v }: { v: Verdict }) {
  const temporary = v.permanence === 'temporary';
  const advice = temporary
    ? 'Temporary: the sending server retries by itself. Keep the address.'
    : v.hardBounce
      ? 'Permanent, and the address is dead: remove it from your list.'
      : 'Permanent for this message, but the address itself is fine: keep it on your list.';
  return (
    <section class="permanence" aria-label="Temporary or permanent">
      <h3>Temporary or permanent?</h3>
      <p>
        <span class={`pill ${temporary ? 'temporary' : 'permanent'}`}>{temporary ? 'Temporary' : 'Permanent'}</span>{' '}
        <span class={`pill ${v.hardBounce ? 'remove' : 'keep'}`}>{v.hardBounce ? 'Remove address' : 'Keep address'}</span>
      </p>
      <p class="advice">{advice}</p>
    </section>
  );
}

export function VerdictCard({ verdict: v, text }: { verdict: Verdict; text: string }) {
  const attrs = {
    'data-category': v.category,
    'data-actor': v.actor,
    'data-permanence': v.permanence,
    'data-provider': v.provider ?? '',
  };
  if (!v.bounce) {
    return (
      <article class="card not-bounce" {...attrs}>
        <header>
          <h2>{v.title || 'Not a bounce'}</h2>
        </header>
        <p class="summary">{v.summary}</p>
        <details class="why-details">
          <summary>Why we think so</summary>
          <Evidence text={text} evidence={v.evidence} ruleId={v.ruleId} />
        </details>
      </article>
    );
  }
  return (
    <article class={`card ${v.permanence}`} {...attrs}>
      <header>
        <span class="chip">{CATEGORY_LABEL[v.category]}</span>
        <h2>{v.title}</h2>
        <Codes v={v} />
      </header>
      <p class="summary">{v.summary}</p>
      <ActorLine actor={v.actor} why={v.actorWhy} />
      <Permanence v={v} />
      {v.nextSteps.length > 0 && (
        <section class="steps" aria-label="Next steps">
          <h3>Next steps</h3>
          <ol>
            {v.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
      )}
      {v.links.length > 0 && (
        <section class="links" aria-label="Help">
          <h3>Help</h3>
          <ul>
            {v.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <details class="why-details">
        <summary>Why we think so</summary>
        {v.explanation && <p class="explanation">{v.explanation}</p>}
        <Evidence text={text} evidence={v.evidence} ruleId={v.ruleId} />
      </details>
    </article>
  );
}
