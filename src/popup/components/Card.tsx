// The explanation card, loaded after the popup's first paint: the card tree (with the escalation
// builder, the ESP class table and the text formatter) is a third of the popup's script, and the
// first paint needs none of it (scripts/bench-popup.mjs measures time to interactive).

import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';

type CardModule = typeof import('./VerdictCard.tsx');
let loaded: CardModule | undefined;
let loading: Promise<CardModule> | undefined;

/** Starts loading the card code (idempotent); App calls it once the popup is on screen. */
export const preloadCard = (): Promise<CardModule> => (loading ??= import('./VerdictCard.tsx').then((m) => (loaded = m)));

export function Card(props: ComponentProps<CardModule['VerdictCard']>) {
  const [, setReady] = useState(!!loaded);
  useEffect(() => {
    if (!loaded) void preloadCard().then(() => setReady(true));
  }, []);
  if (!loaded) return <div class="card-placeholder" aria-hidden="true" />;
  const { VerdictCard } = loaded;
  return <VerdictCard {...props} />;
}
