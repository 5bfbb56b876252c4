// The current tab's bounces, re-explained for the chosen sending setup, and "Scan this page".

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SendingSetup } from '../core/types.ts';
import type { TabVerdict } from '../messaging/protocol.ts';
import type { Classify, Explained } from './explain-input.ts';
import { errorText, type ScanReply, type TabAccess } from './tab.ts';

export type ScanState = { state: 'idle' } | { state: 'scanning' } | { state: 'done'; count: number } | { state: 'error'; error: string };

/** After a scan, the background may still be storing the findings: look again a few times. */
const RELOAD_DELAYS_MS = [0, 250, 750];

export function useTabFindings(tab: TabAccess, classify: Classify, setup: SendingSetup) {
  const [found, setFound] = useState<TabVerdict[] | null>(null);
  const [items, setItems] = useState<Explained[]>([]);
  const [scan, setScan] = useState<ScanState>({ state: 'idle' });

  useEffect(() => {
    if (tab.readable) tab.load().then(setFound, () => setFound([]));
  }, [tab]);

  useEffect(() => {
    if (!found) return;
    let current = true;
    // Stored verdicts were made for one setup; others need a fresh classify of the same text.
    Promise.all(
      found.map(async (f): Promise<Explained> => {
        const origin = f.recipient ? { recipient: f.recipient } : undefined;
        const verdict = setup === f.setup ? f : await classify(f.text, { setup, ...(f.recipient ? { recipient: f.recipient } : {}) });
        return { text: f.text, verdict, ...(origin ? { origin } : {}) };
      }),
    ).then(
      (r) => current && setItems(r),
      () => current && setItems(found.map((f) => ({ text: f.text, verdict: f }))),
    );
    return () => {
      current = false;
    };
  }, [found, setup, classify]);

  const runScan = useCallback(async () => {
    if (!tab.scan) return;
    setScan({ state: 'scanning' });
    let reply: ScanReply;
    try {
      reply = await tab.scan();
    } catch (e) {
      reply = { ok: false, error: errorText(e) };
    }
    if (!reply.ok) {
      setScan({ state: 'error', error: reply.error });
      return;
    }
    let latest: TabVerdict[] = [];
    for (const ms of RELOAD_DELAYS_MS) {
      if (ms) await new Promise((ok) => setTimeout(ok, ms));
      latest = await tab.load().catch(() => latest);
      if (latest.length >= reply.count) break;
    }
    setFound(latest);
    setScan({ state: 'done', count: reply.count });
  }, [tab]);

  return { found, items, scan, runScan };
}
