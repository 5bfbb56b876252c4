// Runs core calls for hostile.ts in a worker thread, so that a call that never returns (a
// catastrophic regex) can be stopped: a synchronous loop cannot be interrupted in the test's own
// thread. tsx compiles the TypeScript sources here (vitest's transform does not reach workers).

import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { classify } = await import('../../src/core/index.ts');
const { parseEmail, parseMailbox } = await import('../../src/core/email/index.ts');
const { recordsProblems, verdictProblems } = await import('./shape.ts');

parentPort.on('message', async ({ id, fn, input, messages }) => {
  const started = performance.now();
  try {
    let problems;
    let count = 1;
    if (fn === 'classify') {
      problems = verdictProblems(classify(input), input, 64 * 1024);
    } else {
      const records = await (fn === 'parseEmail' ? parseEmail(input) : parseMailbox(input));
      problems = recordsProblems(records, fn === 'parseEmail' ? 1 : (messages ?? Number.MAX_SAFE_INTEGER));
      count = records.length;
    }
    parentPort.postMessage({ id, ms: performance.now() - started, problems, count });
  } catch (e) {
    parentPort.postMessage({ id, ms: performance.now() - started, problems: [`threw: ${e?.stack ?? e}`], count: 0 });
  }
});
parentPort.postMessage({ ready: true });
