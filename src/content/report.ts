// Small helpers of the scanner.

import { MAX_FINDING_CHARS, MAX_NOTICE_CHARS, type Finding, type FindingContext, type SlimVerdict } from '../messaging/protocol.ts';
import type { Slicer } from './find/flat.ts';

/** Longest slice of work before the main thread is given back (a long task is 50 ms). */
const SLICE_MS = 8;

/** A decoded notice recipient's context, as reportFindings takes it (so the stored verdict is the same). */
export function reportOf(v: SlimVerdict): FindingContext {
  const out: FindingContext = {};
  for (const k of ['recipient', 'host', 'action', 'status', 'reasonHint'] as const) if (v[k]) Object.assign(out, { [k]: v[k] });
  return out;
}

/** Gives the main thread back (input, rendering) between slices of work. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(null);
  });
}

/**
 * Slices for one scan pass: `slicer` for long walks, `wait` around every await (it calls
 * `beforeWait` first), and `busy()`, the main-thread time the pass has taken so far (waits for the
 * background and for other tasks left out), which the scanner publishes as a User Timing measure.
 */
export function timeSlices(beforeWait: () => void) {
  let slice = performance.now();
  let spent = 0;
  const wait = async <T>(p: Promise<T>): Promise<T> => {
    beforeWait();
    spent += performance.now() - slice;
    const out = await p;
    slice = performance.now();
    return out;
  };
  const slicer: Slicer = { due: () => performance.now() - slice > SLICE_MS, pause: () => wait(yieldToMain()) };
  return { slicer, wait, busy: () => spent + performance.now() - slice };
}

/**
 * A finding within the protocol's limits (protocol.ts parseFinding), whatever the page holds: a
 * message with one field too long is refused whole. Addresses and host names longer than any
 * real one (RFC 5321 §4.5.3.1) are left out, texts cut.
 */
export function clamp(f: Finding): Finding {
  const max = f.notice || f.json ? MAX_NOTICE_CHARS : MAX_FINDING_CHARS;
  const long = (['recipient', 'host', 'status', 'action'] as const).filter((k) => (f[k]?.length ?? 0) > 320);
  if (f.text.length <= max && !long.length && (f.id?.length ?? 0) <= 400) return f;
  const out = { ...f, text: f.text.slice(0, max) };
  for (const k of long) out[k] = undefined; // left out when the message is serialised
  if (f.id) out.id = f.id.slice(0, 400);
  return out;
}
