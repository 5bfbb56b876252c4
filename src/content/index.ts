// Content script: find bounce snippets → ask the background for verdicts → mark the bounces.
// Declared only for webmail and ESP hosts (manifest.json). Webmail apps render late and re-render
// often, so a throttled MutationObserver rescans; the background is told only when the set of
// snippets (or the URL) changed. Memory here lives as long as the page, which is fine; the
// per-tab record the popup reads is the background's, in storage.session.

import type { Verdict } from '../core/types.ts';
import { send, type Finding } from '../messaging/protocol.ts';
import { sendMessage } from '../platform/browser.ts';
import { findCandidates, type Candidate } from './find/scan-text.ts';
import { markAll, unwrapMarks } from './mark/highlight.ts';

const RESCAN_MS = 800;

type Known = Pick<Verdict, 'bounce' | 'category' | 'permanence'>;
const keyOf = (f: Finding): string => `${f.text}\n${f.recipient ?? ''}`;

function uniqueFindings(cands: Candidate[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const c of cands) {
    const f: Finding = { text: c.text, ...(c.recipient ? { recipient: c.recipient } : {}) };
    seen.set(keyOf(f), f);
  }
  return [...seen.values()];
}

function start(signal: AbortSignal): void {
  const body = document.body;
  if (!body) return;
  const useElements = !(globalThis.CSS && 'highlights' in CSS);
  const known = new Map<string, Known>();
  let lastReport = '';
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function scan(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const cands = findCandidates(body);
      const findings = uniqueFindings(cands);
      const reportKey = `${location.href}\n${findings.map(keyOf).join('\n')}`;
      if (reportKey !== lastReport) {
        lastReport = reportKey;
        if (known.size > 5000) known.clear(); // a long webmail session; the current findings are re-sent below
        const verdicts = await send(sendMessage, { type: 'reportFindings', items: findings });
        findings.forEach((f, i) => {
          const v = verdicts[i];
          if (v) known.set(keyOf(f), { bounce: v.bounce, category: v.category, permanence: v.permanence });
        });
      }
      if (signal.aborted) return;
      const specs = cands.flatMap((c) => {
        const v = known.get(keyOf({ text: c.text, ...(c.recipient ? { recipient: c.recipient } : {}) }));
        return v?.bounce ? [{ segments: c.segments, category: v.category, permanence: v.permanence }] : [];
      });
      // Unwrapping moves the same text nodes out of the old marks, so the segments stay valid.
      if (useElements) unwrapMarks(body);
      markAll(specs, useElements);
      observer.takeRecords(); // our own <mark> wrapping is no page change
    } catch {
      // The extension was reloaded or updated: this script's context is gone, so stop.
      stop();
    } finally {
      running = false;
      if (again && !signal.aborted) {
        again = false;
        schedule();
      }
    }
  }

  function schedule(): void {
    timer ??= setTimeout(() => {
      timer = undefined;
      void scan();
    }, RESCAN_MS);
  }

  const observer = new MutationObserver(schedule);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
  }
  signal.addEventListener('abort', stop, { once: true });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  void scan();
}

start(new AbortController().signal);
