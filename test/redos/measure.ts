// Replays recheck's attack string at a size the product really reads, in V8 (the engine of Chrome
// and Node; Firefox's irregexp is the same engine), to tell a practical hang from a polynomial
// that a bounded quantifier keeps small. Runs in a worker so a runaway match can be stopped.

import { Worker } from 'node:worker_threads';

export interface Pump {
  prefix: string;
  pump: string;
  bias: number;
}
export interface Attack {
  pumps: Pump[];
  suffix: string;
}

/** recheck's attack with its pumps repeated until the string is about `length` characters. */
export function attackOfLength(a: Attack, length: number): string {
  const fixed = a.pumps.reduce((n, p) => n + p.prefix.length, a.suffix.length);
  const perRound = a.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const rounds = Math.max(1, Math.floor((length - fixed) / perRound));
  return a.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, rounds + p.bias))).join('') + a.suffix;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { source, flags, input } = workerData;
const re = new RegExp(source, flags.replace(/[gy]/g, ''));
const t = performance.now();
re.exec(input);
parentPort.postMessage(performance.now() - t);
`;

/** Milliseconds one `exec` of the pattern takes on `input`, or `Infinity` past `limitMs`. */
export function timeMatch(source: string, flags: string, input: string, limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { source, flags, input } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve(Infinity);
    }, limitMs);
    w.once('message', (ms: number) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(ms);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
