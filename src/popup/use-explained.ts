// Turns the pasted text into verdicts as the user types: debounced, and a slower answer for an
// older text never overwrites a newer one.

import { useEffect, useState } from 'preact/hooks';
import type { BounceRecord, ClassifyContext, SendingSetup, Verdict } from '../core/types.ts';
import { looksLikeEmail, splitInput } from './split-input.ts';

export type Classify = (text: string, context?: ClassifyContext) => Verdict | Promise<Verdict>;
/** Reads a raw bounce email into one record per recipient (core/email's parseEmail). */
export type ParseEmail = (raw: string, context: { setup: SendingSetup }) => BounceRecord[] | Promise<BounceRecord[]>;

export interface Explained {
  /** The text the verdict's evidence offsets point into. */
  text: string;
  verdict: Verdict;
}

const DEBOUNCE_MS = 150;

export async function explain(input: string, setup: SendingSetup, classify: Classify, parseEmail?: ParseEmail): Promise<Explained[]> {
  if (parseEmail && looksLikeEmail(input)) {
    const records = await parseEmail(input, { setup });
    // A message the decoders do not know may still quote bounce lines: then read it line by line.
    // Evidence offsets of a record point into its diagnosticCode.
    if (records.some((r) => r.bounce)) return records.map((r) => ({ text: r.diagnosticCode, verdict: r }));
  }
  const pieces = splitInput(input);
  return Promise.all(pieces.map(async (text) => ({ text, verdict: await classify(text, { setup }) })));
}

export function useExplained(input: string, setup: SendingSetup, classify: Classify, parseEmail?: ParseEmail) {
  const [items, setItems] = useState<Explained[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    let current = true;
    if (!input.trim()) {
      setItems([]);
      setError('');
      return;
    }
    const timer = setTimeout(() => {
      explain(input, setup, classify, parseEmail).then(
        (result) => {
          if (!current) return;
          setItems(result);
          setError('');
        },
        (err: unknown) => {
          if (current) setError(err instanceof Error ? err.message : String(err));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input, setup, classify, parseEmail]);
  return { items, error };
}
