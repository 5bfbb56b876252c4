// "Why we think so": the original text with what matched highlighted. Built from text nodes and
// <mark> elements by Preact, never from HTML strings, so pasted text cannot inject markup.

import type { Evidence as EvidenceItem } from '../../core/types.ts';

const KIND_LABEL: Record<EvidenceItem['kind'], string> = {
  replyCode: 'reply code',
  status: 'enhanced status',
  providerCode: 'provider code',
  text: 'matched words',
  host: 'receiving host',
};

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
  const items = usable(text, evidence);
  const parts = [];
  let at = 0;
  for (const e of items) {
    if (e.start > at) parts.push(text.slice(at, e.start));
    parts.push(
      <mark class={`ev ev-${e.kind}`} data-kind={e.kind} title={KIND_LABEL[e.kind]}>
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
            Decided by rule <code class="rule-id">{ruleId}</code>
          </>
        ) : (
          'No rule matched.'
        )}
      </p>
      {text && <pre class="source">{parts}</pre>}
      {items.length > 0 && (
        <ul class="ev-legend">
          {items.map((e) => (
            <li key={`${e.kind}-${e.start}`}>
              <span class={`swatch ev-${e.kind}`} aria-hidden="true" />
              {KIND_LABEL[e.kind]}: <code>{text.slice(e.start, e.end)}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
