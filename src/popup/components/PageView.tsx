// "On this page": the tab's bounces grouped by who must act, then by category, with counts; each
// opens into its explanation card. "Scan this page" reads pages without a declared content
// script; the empty state says what Bounce Lens looks for.

import { useState } from 'preact/hooks';
import type { SendingSetup } from '../../core/types.ts';
import { useEnv } from '../env.ts';
import type { Classify } from '../explain-input.ts';
import { groupByActor } from '../group.ts';
import { plural, type T } from '../i18n.ts';
import { actorHeading, categoryLabel } from '../labels.ts';
import type { TabAccess } from '../tab.ts';
import { useTabFindings, type ScanState } from '../use-tab-findings.ts';
import { ActorIcon } from './ActorIcon.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { SiteSwitch, type SiteControl } from './SiteSwitch.tsx';
import { Card } from './Card.tsx';

interface Props {
  tab: TabAccess;
  classify: Classify;
  setup: SendingSetup;
  site?: SiteControl;
}

function scanMessage(t: T, s: ScanState): string {
  if (s.state === 'scanning') return t('scan_running');
  if (s.state === 'done') return s.count ? t('scan_done', plural(t, s.count, 'count_bounce_one', 'count_bounce_other')) : t('scan_none');
  if (s.state === 'error') return t('scan_error', s.error);
  return '';
}

/** A count badge; screen readers hear "3 bounces" rather than a bare number. */
const Count = ({ n, t }: { n: number; t: T }) => (
  <>
    <span class="count" aria-hidden="true">
      {n}
    </span>
    <span class="sr-only">{plural(t, n, 'count_bounce_one', 'count_bounce_other')}</span>
  </>
);

export function PageView({ tab, classify, setup, site }: Props) {
  const { t } = useEnv();
  const { found, items, scan, runScan } = useTabFindings(tab, classify, setup);
  const [open, setOpen] = useState<number | null>(null);
  if (!tab.readable) {
    return (
      <section class="page-view" aria-labelledby="page-title">
        <h2 id="page-title" class="section-title">
          {t('page_title')}
        </h2>
        <p class="muted">{t('page_notReadable')}</p>
      </section>
    );
  }
  if (found === null) return null;
  const groups = groupByActor(items);
  const message = scanMessage(t, scan);

  return (
    <section class="page-view" aria-labelledby="page-title">
      <h2 id="page-title" class="section-title">
        {t('page_title')} {found.length > 0 && <Count n={found.length} t={t} />}
      </h2>
      {found.length === 0 ? (
        <div class="page-empty">
          <p>{t('page_empty')}</p>
          <p class="muted">{t('page_looksFor')}</p>
        </div>
      ) : (
        groups.map((g) => (
          <section key={g.actor} class={`actor-group actor-${g.actor}`} aria-labelledby={`group-${g.actor}`} data-group-actor={g.actor}>
            <h3 id={`group-${g.actor}`} class="group-title">
              <ActorIcon actor={g.actor} /> {actorHeading(t, g.actor)} <Count n={g.count} t={t} />
            </h3>
            {g.categories.map((c) => (
              <div key={c.category} class="cat-group" data-group-category={c.category}>
                <h4 class="cat-title">
                  {categoryLabel(t, c.category)} <Count n={c.items.length} t={t} />
                </h4>
                <ul class="finding-list">
                  {c.items.map(({ item, index }) => (
                    <li key={index}>
                      <button type="button" class="finding" aria-expanded={open === index} onClick={() => setOpen(open === index ? null : index)}>
                        <span class={`dot ${item.verdict.permanence}`} aria-hidden="true" />
                        <span class="finding-text">{item.origin?.recipient ?? item.text}</span>
                        {item.verdict.providerCode && <code class="code">{item.verdict.providerCode}</code>}
                      </button>
                      {open === index && <Card verdict={item.verdict} text={item.text} {...(item.origin ? { origin: item.origin } : {})} />}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))
      )}
      <div class="page-actions">
        {tab.scan && (
          <button type="button" class="btn" onClick={() => void runScan()} disabled={scan.state === 'scanning'}>
            {found.length ? t('scan_again') : t('scan_button')}
          </button>
        )}
        <ExportButtons rows={items.map((i) => ({ text: i.text, verdict: i.verdict, ...(i.origin?.recipient ? { recipient: i.origin.recipient } : {}) }))} />
      </div>
      <p class={scan.state === 'error' ? 'scan-status error' : 'scan-status muted'} role="status">
        {message}
      </p>
      {found.length === 0 && tab.scan && <p class="muted small">{t('scan_help')}</p>}
      {site && <SiteSwitch {...site} />}
    </section>
  );
}
