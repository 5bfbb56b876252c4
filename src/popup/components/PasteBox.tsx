// The paste box: a bounce line, several lines, a DSN excerpt, a whole bounce email or ESP event
// JSON → one card per bounce or recipient. The textarea is uncontrolled, so the text is never
// copied back into the DOM on each render. A paste over BULK_PASTE_CHARS does not land in the
// textarea at all: laying out a megabyte of text there alone freezes Chromium for most of a second
// (measured: ~0.7 s for 1 MB), so it is kept aside, cut to MAX_INPUT_CHARS, and the UI says so.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { SendingSetup } from '../../core/types.ts';
import { useEnv } from '../env.ts';
import { MAX_INPUT_CHARS, type ReadInfo } from '../explain-input.ts';
import { plural, type T } from '../i18n.ts';
import { MAX_PIECES } from '../split-input.ts';
import { DEBOUNCE_MS, useExplained, type Classify, type ParseEmail } from '../use-explained.ts';
import { useProgressive } from '../use-progressive.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { Card } from './Card.tsx';

/** Pastes longer than this are read without being put into the textarea. */
export const BULK_PASTE_CHARS = 256 * 1024;

export const EXAMPLE = '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137';

interface Props {
  classify: Classify;
  parseEmail?: ParseEmail;
  /** Undefined while the popup is still reading the settings: input is taken, cards wait for it. */
  setup?: SendingSetup | undefined;
  rows?: number;
  /** Text sent by "Explain this bounce" (the context menu), asked for once after the first paint. */
  takeRequest?: () => Promise<string | null>;
}

const size = (chars: number) => (chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`);

function readLines(t: T, info: ReadInfo, count: number, bounces: number): string[] {
  const out: string[] = [];
  if (info.cappedFrom) out.push(t('read_capped', size(info.cappedFrom), size(MAX_INPUT_CHARS)));
  if (info.kind === 'esp') {
    out.push(t('read_esp', (info.esps ?? []).join(', '), plural(t, count, 'count_failure_one', 'count_failure_other')));
    const skipped = Object.entries(info.skipped ?? {});
    if (skipped.length) out.push(t('read_skipped', skipped.map(([k, n]) => `${k} × ${n}`).join(', ')));
  } else if (info.kind === 'email') out.push(t('read_email', plural(t, count, 'count_recipient_one', 'count_recipient_other')));
  else if (count > 1) out.push(t('read_lines', count, plural(t, bounces, 'count_bounce_one', 'count_bounce_other')));
  if (info.more) out.push(t('read_more', MAX_PIECES));
  return out;
}

export function PasteBox({ classify, parseEmail, setup, rows = 4, takeRequest }: Props) {
  const { t } = useEnv();
  const area = useRef<HTMLTextAreaElement>(null);
  const [typed, setTyped] = useState('');
  const [bulk, setBulk] = useState<{ text: string; length: number } | null>(null);
  const input = bulk?.text ?? typed;
  // A paste, a drop or the example is read at once; typing waits for a pause.
  const [delay, setDelay] = useState(DEBOUNCE_MS);
  const { items, info, error, busy } = useExplained(input, setup, classify, parseEmail, delay);
  const bounces = items.filter((i) => i.verdict.bounce);
  const shownCards = useProgressive(items.length, items);

  const onPaste = (e: ClipboardEvent) => {
    const data = e.clipboardData?.getData('text/plain') ?? '';
    if (data.length <= BULK_PASTE_CHARS) return;
    e.preventDefault();
    setDelay(0);
    (e.currentTarget as HTMLTextAreaElement).value = '';
    setBulk({ text: data.slice(0, MAX_INPUT_CHARS), length: data.length });
  };
  const onInput = (e: Event) => {
    const kind = (e as InputEvent).inputType ?? '';
    setDelay(kind === 'insertFromPaste' || kind === 'insertFromDrop' ? 0 : DEBOUNCE_MS);
    setBulk(null);
    setTyped((e.currentTarget as HTMLTextAreaElement).value);
  };
  const setText = (text: string) => {
    if (!area.current) return;
    area.current.value = text;
    area.current.focus();
    setDelay(0);
    setBulk(null);
    setTyped(text);
  };

  useEffect(() => {
    takeRequest?.().then((text) => text && !area.current?.value && setText(text), () => {});
    // Once, on mount: the request is consumed when read.
  }, []);

  const shown = bulk && bulk.length > MAX_INPUT_CHARS ? { ...info, cappedFrom: bulk.length } : info;
  const status = input.trim() && !busy ? readLines(t, shown, items.length, bounces.length) : [];
  return (
    <section class="paste" aria-labelledby="paste-title">
      <h2 id="paste-title" class="section-title">
        {t('paste_title')}
      </h2>
      <label for="bounce-input" class="paste-label">
        {t('paste_label')}
      </label>
      <textarea
        id="bounce-input"
        ref={area}
        rows={rows}
        spellcheck={false}
        autocomplete="off"
        placeholder={EXAMPLE}
        aria-describedby="paste-hint"
        onInput={onInput}
        onPaste={onPaste}
      />
      <p id="paste-hint" class="muted small">
        {t('paste_hint')}
      </p>
      {bulk && (
        <p class="bulk">
          <span>{t('paste_bulk', size(bulk.length))}</span>{' '}
          <button type="button" class="btn" onClick={() => setText('')}>
            {t('paste_clear')}
          </button>
        </p>
      )}
      {!input.trim() && (
        <p class="empty">
          <button type="button" class="btn link" onClick={() => setText(EXAMPLE)}>
            {t('paste_tryExample')}
          </button>
        </p>
      )}
      <div class="read-info" role="status">
        {status.map((s) => (
          <p key={s} class="muted">
            {s}
          </p>
        ))}
      </div>
      {error && (
        <p class="error" role="alert">
          {t('paste_error', error)}
        </p>
      )}
      <div class="results" aria-busy={busy}>
        {items.slice(0, shownCards).map(({ text, verdict, origin }, i) => (
          <Card key={`${i}-${text}`} verdict={verdict} text={text} {...(origin ? { origin } : {})} />
        ))}
      </div>
      <ExportButtons rows={bounces.map((i) => ({ text: i.text, verdict: i.verdict, ...pickRow(i.origin) }))} />
    </section>
  );
}

function pickRow(o: { recipient?: string; espLabel?: string } | undefined) {
  return { ...(o?.recipient ? { recipient: o.recipient } : {}), ...(o?.espLabel ? { espLabel: o.espLabel } : {}) };
}
