// bounce-lens: the command line of Bounce Lens, on the same pure core as the extension.
// Usage is fixed by shared/docs/contract.md ("Command line").

import { SETUPS, type ClassifyContext, type SendingSetup } from '../core/index.ts';
import { classifyCommand } from './classify-command.ts';
import { explainCommand } from './explain-command.ts';
import { parseCommand } from './parse-command.ts';

const USAGE = `Usage:
  bounce-lens classify [--json] [--setup shared|dedicated|self-hosted] [--host H]   < lines
  bounce-lens parse FILE|DIR ...  [--setup ...]
  bounce-lens explain "TEXT"      [--setup ...] [--host H]
`;

interface Options {
  json: boolean;
  setup: SendingSetup;
  host?: string;
  rest: string[];
}

function options(argv: string[]): Options | string {
  const o: Options = { json: false, setup: 'shared', rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') o.json = true;
    else if (a === '--setup' || a.startsWith('--setup=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!SETUPS.includes(v as SendingSetup)) return `--setup takes one of ${SETUPS.join(', ')}`;
      o.setup = v as SendingSetup;
    } else if (a === '--host' || a.startsWith('--host=')) {
      o.host = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!o.host) return '--host needs a value';
    } else if (a === '--') {
      o.rest.push(...argv.slice(i + 1));
      break;
    } else o.rest.push(a);
  }
  return o;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const o = options(args);
  if (typeof o === 'string') {
    process.stderr.write(`bounce-lens: ${o}\n${USAGE}`);
    return 2;
  }
  const ctx: ClassifyContext = { setup: o.setup, ...(o.host ? { host: o.host } : {}) };
  switch (command) {
    case 'classify':
      return classifyCommand(ctx, o.json);
    case 'parse':
      return parseCommand(o.rest, o.setup);
    case 'explain':
      return explainCommand(o.rest, ctx);
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`bounce-lens: unknown command ${command ?? '(none)'}\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bounce-lens: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
