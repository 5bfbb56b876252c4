// Small sections of the explanation card: provider and codes, temporary or permanent, next
// steps with the official pages, and the card's own actions.

import { formatVerdict } from '../../core/format.ts';
import type { HelpLink, Verdict } from '../../core/types.ts';
import { useEnv } from '../env.ts';

export function Codes({ v, recipient, host }: { v: Verdict; recipient?: string; host?: string }) {
  const { t } = useEnv();
  const codes = [v.replyCode, v.status, v.providerCode].filter(Boolean);
  const to = recipient || v.recipient;
  // Without a known provider, the answering host (when the text or the DSN named it) says who refused.
  const server = host || v.hosts[0];
  const name = v.providerName ?? (v.provider || (server ? t('provider_host', server) : t('provider_unknown')));
  return (
    <p class="provider">
      <span class="provider-name">{name}</span>
      {to && <span class="recipient">{t('card_to', to)}</span>}
      {codes.map((c) => (
        <code key={c} class="code">
          {c}
        </code>
      ))}
    </p>
  );
}

export function Permanence({ v }: { v: Verdict }) {
  const { t } = useEnv();
  const temporary = v.permanence === 'temporary';
  const advice = temporary ? t('perm_adviceTemporary') : v.hardBounce ? t('perm_adviceRemove') : t('perm_adviceKeep');
  return (
    <div class="permanence" role="group" aria-label={t('perm_title')}>
      <h3>{t('perm_title')}</h3>
      <p>
        <span class={`pill ${temporary ? 'temporary' : 'permanent'}`}>{temporary ? t('perm_temporary') : t('perm_permanent')}</span>{' '}
        <span class={`pill ${v.hardBounce ? 'remove' : 'keep'}`}>{v.hardBounce ? t('perm_remove') : t('perm_keep')}</span>
      </p>
      <p class="advice">{advice}</p>
    </div>
  );
}

export function Steps({ steps, title }: { steps: readonly string[]; title: string }) {
  if (steps.length === 0) return null;
  return (
    <div class="steps" role="group" aria-label={title}>
      <h3>{title}</h3>
      <ol>
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </div>
  );
}

export function Links({ links }: { links: readonly HelpLink[] }) {
  const { t } = useEnv();
  if (links.length === 0) return null;
  return (
    <div class="links" role="group" aria-label={t('links_title')}>
      <h3>{t('links_title')}</h3>
      <ul>
        {links.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Copy as text": the verdict as plain text (core/format.ts, the CLI's `explain` wording). */
export function CopyVerdict({ v, text }: { v: Verdict; text: string }) {
  const { t, copyText, announce } = useEnv();
  const copy = () =>
    copyText(formatVerdict(v, text)).then(
      () => announce(t('copied_verdict')),
      () => announce(t('copy_failed')),
    );
  return (
    <div class="card-actions">
      <button type="button" class="btn" onClick={() => void copy()}>
        {t('action_copyVerdict')}
      </button>
    </div>
  );
}
