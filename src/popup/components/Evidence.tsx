// "Why we think so": the original text with what matched highlighted. Built from text nodes and
// <mark> elements by Preact, never from HTML strings, so pasted text cannot inject markup.

import type { Evidence as EvidenceItem } from '../../core/types.ts';
import { useEnv } from '../env.ts';
import type { MessageKey } from '../i18n.ts';

const kindKey = (kind: EvidenceItem['kind']) => `evidence_${kind}` as MessageKey;

/** Non-overlapping evidence inside the text, in order (the first of two overlapping items wins). */
function usable(text: string, evidence: readonly EvidenceItem[]): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  let end = 0;
  for (const e of [...evidence].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (e.start < end || e.end <= e.start || e.end > text.length) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}

export function Evidence({ text, evidence, ruleId }: { text: string; evidence: readonly EvidenceItem[]; ruleId: string }) {
  const { t } = useEnv();
  const items = usable(text, evidence);
  const parts = [];
  let at = 0;
  for (const e of items) {
    if (e.start > at) parts.push(text.slice(at, e.start));
    parts.push(
      <mark key={`m-${e.start}`} class={`ev ev-${e.kind}`} data-kind={e.kind} title={t(kindKey(e.kind))}>
        {text.slice(e.start, e.end)}
      </mark>,
    );
    at = e.end;
  }
  parts.push(text.slice(at));
  return (
    <div class="evidence">
      <p>
        {ruleId ? (
          <>
            {t('evidence_decidedBy')} <code class="rule-id">{ruleId}</code>
          </>
        ) : (
          t('evidence_noRule')
        )}
      </p>
      {text && <pre class="source">{parts}</pre>}
      {items.length > 0 && (
        <ul class="ev-legend">
          {items.map((e) => (
            <li key={`${e.kind}-${e.start}`}>
              <span class={`swatch ev-${e.kind}`} aria-hidden="true" />
              {t(kindKey(e.kind))}: <code>{text.slice(e.start, e.end)}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
