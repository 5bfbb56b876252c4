// Who must act: all five parties, the responsible one highlighted, with the reason why.

import { ACTORS, type Actor } from '../../core/types.ts';
import { actorCopy } from '../../rules/actors.ts';

export function ActorLine({ actor, why }: { actor: Actor; why: string }) {
  return (
    <section class="actors" aria-label="Who must act">
      <h3>Who must act</h3>
      <ol class="actor-list">
        {ACTORS.map((a) => (
          <li key={a} class={a === actor ? 'actor active' : 'actor'} data-actor={a} aria-current={a === actor ? 'true' : undefined}>
            {actorCopy.actors[a].label}
          </li>
        ))}
      </ol>
      {why && <p class="why">{why}</p>}
    </section>
  );
}
