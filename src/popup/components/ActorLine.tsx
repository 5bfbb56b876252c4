// The responsibility split: all five parties in a row, the one who must act highlighted, with
// why. When the sending setup moved the work (an ESP's shared IP vs. your own IP), it says so,
// because that is the question a sender on a shared IP asks first.

import { ACTORS, type Actor, type SendingSetup } from '../../core/types.ts';
import { actorCopy } from '../../rules/actors.ts';
import { useEnv } from '../env.ts';
import { actorLabel } from '../labels.ts';
import { ActorIcon } from './ActorIcon.tsx';

interface Props {
  actor: Actor;
  why: string;
  setup: SendingSetup;
}

export function ActorLine({ actor, why, setup }: Props) {
  const { t } = useEnv();
  // The core words the sender's own-IP case with this sentence (rules/actors.ts ownIpWhy).
  const movedToYou = actor === 'sender' && setup !== 'shared' && why === actorCopy.ownIpWhy;
  const note = actor === 'esp' ? t('actor_noteShared') : movedToYou ? t('actor_noteOwnIp') : '';
  return (
    <div class="actors" role="group" aria-label={t('whoMustAct')}>
      <h3>{t('whoMustAct')}</h3>
      <ol class="actor-list">
        {ACTORS.map((a) => (
          <li key={a} class={a === actor ? 'actor active' : 'actor'} data-actor={a} aria-current={a === actor ? 'true' : undefined}>
            <ActorIcon actor={a} />
            <span class="actor-name">{actorLabel(t, a)}</span>
            {a === actor && <span class="sr-only">{t('actor_mustActSr')}</span>}
          </li>
        ))}
      </ol>
      {why && <p class="why">{why}</p>}
      {note && <p class="setup-note">{note}</p>}
    </div>
  );
}
