// The ESP's own label for this bounce: the pasted event's label when there is one, and the class
// each major ESP usually files this kind of bounce under (pages.md's mapping, our proposal; the
// card says so), so a user can find the same bounces in their ESP's dashboard.

import { espClassesFor, type EspClassKey } from '../../core/esp-events/classes.ts';
import { ESP_NAMES } from '../../core/esp-events/types.ts';
import type { Verdict } from '../../core/types.ts';
import { useEnv } from '../env.ts';

const SHOWN: readonly EspClassKey[] = ['sendgrid', 'postmark', 'ses', 'sparkpost', 'mailgun'];

export function EspLabel({ v, espLabel }: { v: Verdict; espLabel?: string }) {
  const { t } = useEnv();
  const classes = espClassesFor(v.category, v.permanence);
  if (!classes && !espLabel) return null;
  return (
    <div class="esp-label" role="group" aria-label={t('espLabel_title')}>
      <h3>{t('espLabel_title')}</h3>
      {espLabel && (
        <p class="esp-own">
          {t('espLabel_thisEvent')} <code class="code">{espLabel}</code>
        </p>
      )}
      {classes && (
        <details class="esp-classes">
          <summary>{t('espLabel_usual')}</summary>
          <dl>
            {SHOWN.map((k) => (
              <div key={k} class="esp-row">
                <dt>{ESP_NAMES[k]}</dt>
                <dd>{classes[k]}</dd>
              </div>
            ))}
          </dl>
          <p class="muted small">{t('espLabel_note')}</p>
        </details>
      )}
    </div>
  );
}
