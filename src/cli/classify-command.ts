// `classify`: one verdict per input line, as one JSON line, in order, blank lines included (contract.md).

import { classify } from '../core/index.ts';
import type { ClassifyContext } from '../core/index.ts';
import { Out, readStdin } from './io.ts';

export async function classifyCommand(ctx: ClassifyContext, jsonInput: boolean): Promise<number> {
  const input = await readStdin();
  const lines = input.split(/\r\n|\n|\r/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const out = new Out();
  let status = 0;
  for (const line of lines) {
    let text = line;
    if (jsonInput && line.trim() !== '') {
      try {
        const parsed: unknown = JSON.parse(line);
        if (typeof parsed !== 'string') throw new Error('each input line must be a JSON string');
        text = parsed;
      } catch (err) {
        out.line(JSON.stringify({ ...classify(''), error: `not a JSON string: ${(err as Error).message}` }));
        status = 1;
        continue;
      }
    }
    out.line(JSON.stringify(classify(text, ctx)));
  }
  out.flush();
  return status;
}
