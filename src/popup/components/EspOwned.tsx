// For bounces the ESP must fix (Apple CS02, Microsoft S3150, Yahoo TSS04, Spamhaus SBL...):
// what it means, why a careful sender on a shared IP still gets it, why only the ESP can fix it,
// what the sender can do meanwhile, and a ready message to the ESP (core/escalation.ts).

import { useState } from 'preact/hooks';
import { draftEscalation } from '../../core/escalation.ts';
import type { Verdict } from '../../core/types.ts';
import { useEnv } from '../env.ts';
import type { Origin } from '../explain-input.ts';

interface Props {
  v: Verdict;
  text: string;
  origin?: Origin;
}

export function EspOwned({ v, text, origin }: Props) {
  const { t, copyText, announce, now } = useEnv();
  const [draft, setDraft] = useState('');
  const provider = v.providerName ?? t('provider_theReceiver');
  const meanwhile = v.nextSteps.length
    ? v.nextSteps
    : [t('espOwned_meanwhileKeep'), v.permanence === 'temporary' ? t('espOwned_meanwhileWait') : t('espOwned_meanwhilePause'), t('espOwned_meanwhileClean')];

  const copyDraft = async () => {
    const { text: message } = draftEscalation({
      verdict: v,
      text,
      now: now(),
      ...(origin?.date ? { date: origin.date } : {}),
      ...(origin?.recipient || v.recipient ? { recipient: origin?.recipient || v.recipient } : {}),
      ...(origin?.ip ? { ip: origin.ip } : {}),
      ...(origin?.espName ? { espName: origin.espName } : {}),
    });
    setDraft(message);
    try {
      await copyText(message);
      announce(t('copied_draft'));
    } catch {
      announce(t('copy_failed'));
    }
  };

  return (
    <div class="esp-owned" role="group" aria-label={t('espOwned_title')}>
      <h3>{t('espOwned_title')}</h3>
      <h4>{t('espOwned_meaning')}</h4>
      <p>{v.explanation || v.summary}</p>
      <h4>{t('espOwned_carefulTitle')}</h4>
      <p>{t('espOwned_careful', provider)}</p>
      <h4>{t('espOwned_whyEspTitle')}</h4>
      <p>{t('espOwned_whyEsp', provider)}</p>
      <h4>{t('espOwned_meanwhileTitle')}</h4>
      <ol>
        {meanwhile.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <div class="card-actions">
        <button type="button" class="btn primary" onClick={() => void copyDraft()}>
          {t('action_draftEsp')}
        </button>
      </div>
      {draft && (
        <details class="draft">
          <summary>{t('draft_show')}</summary>
          <pre class="draft-text" tabIndex={0}>
            {draft}
          </pre>
        </details>
      )}
    </div>
  );
}
