// Bounces the content script found on the current tab, re-explained for the chosen sending setup.

import { useEffect, useState } from 'preact/hooks';
import type { SendingSetup } from '../../core/types.ts';
import type { TabVerdict } from '../../messaging/protocol.ts';
import { CATEGORY_LABEL } from '../labels.ts';
import type { Classify, Explained } from '../use-explained.ts';
import { VerdictCard } from './VerdictCard.tsx';

interface Props {
  load: () => Promise<TabVerdict[]>;
  classify: Classify;
  setup: SendingSetup;
}

export function TabFindings({ load, classify, setup }: Props) {
  const [found, setFound] = useState<TabVerdict[] | null>(null);
  const [items, setItems] = useState<Explained[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => {
    load().then(setFound, () => setFound([]));
  }, [load]);
  useEffect(() => {
    if (!found) return;
    let current = true;
    // Stored verdicts were made for the default (shared) setup; others need a fresh classify.
    Promise.all(
      found.map(async (f) => ({
        text: f.text,
        verdict: setup === f.setup ? f : await classify(f.text, { setup, ...(f.recipient ? { recipient: f.recipient } : {}) }),
      })),
    ).then((r) => current && setItems(r), () => current && setItems(found.map((f) => ({ text: f.text, verdict: f }))));
    return () => {
      current = false;
    };
  }, [found, setup, classify]);

  if (found === null) return null;
  return (
    <section class="tab-findings" aria-label="Bounces on this page">
      <h2 class="section-title">On this page</h2>
      {found.length === 0 ? (
        <p class="muted">No bounces found on this page. Bounce Lens reads webmail and ESP pages; paste text from anywhere else below.</p>
      ) : (
        <ul class="finding-list">
          {items.map(({ text, verdict }, i) => (
            <li key={`${i}-${text}`} data-category={verdict.category}>
              <button type="button" class="finding" aria-expanded={open === i} onClick={() => setOpen(open === i ? null : i)}>
                <span class={`dot ${verdict.permanence}`} aria-hidden="true" />
                <span class="finding-cat">{CATEGORY_LABEL[verdict.category]}</span>
                <span class="finding-text">{found[i]?.recipient ?? text}</span>
              </button>
              {open === i && <VerdictCard verdict={verdict} text={text} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
