// A time-limited runner for big or hostile inputs: each call runs in a worker thread
// (hostile-worker.mjs); past its time limit the worker is terminated and a fresh one started,
// so a hang fails one test quickly instead of stalling the whole suite.

import { Worker } from 'node:worker_threads';

export type CoreFn = 'classify' | 'parseEmail' | 'parseMailbox';

export interface Outcome {
  /** Milliseconds the call took inside the worker, or Infinity when it was stopped. */
  ms: number;
  /** Well-formedness problems (shape.ts), or `threw: …`. */
  problems: string[];
  /** Records returned (1 for classify). */
  count: number;
}

interface Reply extends Outcome {
  id: number;
}

const WORKER_URL = new URL('./hostile-worker.mjs', import.meta.url);

export class HostileRunner {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;

  private start(): Promise<void> {
    const w = new Worker(WORKER_URL);
    this.worker = w;
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (!m.ready) return;
        w.off('message', onMessage);
        resolve();
      };
      w.on('message', onMessage);
      w.once('error', reject);
    });
    return this.ready;
  }

  /** Runs one call; `limitMs` counts from when the worker has the input (start-up excluded). */
  async run(fn: CoreFn, input: string | Uint8Array, limitMs: number, messages?: number): Promise<Outcome> {
    if (!this.worker) await this.start();
    await this.ready;
    const w = this.worker!;
    const id = this.nextId++;
    return new Promise<Outcome>((resolve) => {
      const onMessage = (m: Reply) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        w.off('message', onMessage);
        resolve({ ms: m.ms, problems: m.problems, count: m.count });
      };
      const timer = setTimeout(() => {
        w.off('message', onMessage);
        void w.terminate();
        this.worker = null;
        resolve({ ms: Infinity, problems: [`no answer within ${limitMs} ms (stopped)`], count: 0 });
      }, limitMs);
      w.on('message', onMessage);
      w.postMessage({ id, fn, input, messages });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
