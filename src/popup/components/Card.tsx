// The explanation card, loaded after the popup's first paint: the card tree (with the escalation
// builder, the ESP class table and the text formatter) is a third of the popup's script, and the
// first paint needs none of it (scripts/bench-popup.mjs measures time to interactive).

import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';

type CardModule = typeof import('./VerdictCard.tsx');
let loaded: CardModule | undefined;
let loading: Promise<CardModule> | undefined;

/** Starts loading the card code (idempotent; a failed load is tried again on the next call). */
export const preloadCard = (): Promise<CardModule> =>
  (loading ??= import('./VerdictCard.tsx').then(
    (m) => (loaded = m),
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  ));

export function Card(props: ComponentProps<CardModule['VerdictCard']>) {
  const [, setReady] = useState(!!loaded);
  useEffect(() => {
    // The code may have arrived between this card's render and this effect (a cold start): then
    // render again at once, or the placeholder would stay.
    if (loaded) {
      setReady(true);
      return;
    }
    let live = true;
    // A failed load leaves the placeholder; the next card to mount asks again (preloadCard).
    preloadCard().then(() => live && setReady(true), () => {});
    return () => {
      live = false;
    };
  }, []);
  if (!loaded) return <div class="card-placeholder" aria-hidden="true" />;
  const { VerdictCard } = loaded;
  return <VerdictCard {...props} />;
}
