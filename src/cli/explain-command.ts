// `explain "TEXT"`: the verdict for a person, with the other sending setups' answer when it differs.

import { classify, SETUPS } from '../core/index.ts';
import type { ClassifyContext } from '../core/index.ts';
import { formatVerdict } from '../core/format.ts';
import { readStdin } from './io.ts';

export async function explainCommand(args: string[], ctx: ClassifyContext): Promise<number> {
  const text = args.length > 0 ? args.join(' ') : await readStdin();
  if (text.trim() === '') {
    process.stderr.write('explain: give the bounce text as an argument or on standard input\n');
    return 2;
  }
  const verdict = classify(text, ctx);
  const setup = ctx.setup ?? 'shared';
  const others = SETUPS.filter((s) => s !== setup).map((s) => classify(text, { ...ctx, setup: s }));
  process.stdout.write(formatVerdict(verdict, text, others));
  return 0;
}
