// One small line icon per actor, so the responsibility split reads at a glance. Decorative: the
// label next to it carries the meaning (aria-hidden).

import type { Actor } from '../../core/types.ts';

const PATHS: Record<Actor, string> = {
  // paper plane: the one who sends
  sender: 'M3 11.5 21 3l-8.5 18-2.5-7.5L3 11.5Zm7 2L21 3',
  // stacked servers: the ESP's sending infrastructure
  esp: 'M4 4h16v6H4zM4 14h16v6H4zM8 7h.01M8 17h.01',
  // inbox tray: the recipient's mailbox
  recipient: 'M3 13h5l1.5 3h5L16 13h5M5 5h14l2 8v6H3v-6l2-8Z',
  // shield: the receiving domain's administrator
  recipient_admin: 'M12 3 4 6v6c0 4.5 3.4 8.2 8 9 4.6-.8 8-4.5 8-9V6l-8-3Zm-3 9 2 2 4-4',
  // clock: nobody, wait for the retries
  none: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v4l3 2',
};

export function ActorIcon({ actor }: { actor: Actor }) {
  return (
    <svg class="actor-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[actor]} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
