// Turns the pasted text into verdicts as the user types: debounced, and a slower answer for an
// older text never overwrites a newer one.

import { useEffect, useState } from 'preact/hooks';
import type { SendingSetup } from '../core/types.ts';
import { explainInput, type Classify, type ExplainResult, type ParseEmail } from './explain-input.ts';

export type { Classify, Explained, ParseEmail } from './explain-input.ts';

/** While typing, wait this long after the last key; a paste is read at once. */
export const DEBOUNCE_MS = 150;
const EMPTY: ExplainResult = { items: [], info: { kind: 'lines' } };

/** `setup` is undefined while the popup reads the settings: the text waits (busy) rather than be explained under a guess. */
export function useExplained(input: string, setup: SendingSetup | undefined, classify: Classify, parseEmail?: ParseEmail, delay = DEBOUNCE_MS) {
  const [result, setResult] = useState<ExplainResult>(EMPTY);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let current = true;
    if (!input.trim()) {
      setResult(EMPTY);
      setError('');
      setBusy(false);
      return;
    }
    setBusy(true);
    if (!setup) return;
    const timer = setTimeout(() => {
      explainInput(input, setup, classify, parseEmail).then(
        (r) => {
          if (!current) return;
          setResult(r);
          setError('');
          setBusy(false);
        },
        (err: unknown) => {
          if (!current) return;
          setError(err instanceof Error ? err.message : String(err));
          setBusy(false);
        },
      );
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input, setup, classify, parseEmail, delay]);
  return { ...result, error, busy };
}
