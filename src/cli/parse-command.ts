// `parse FILE|DIR ...`: one JSON line per recipient record of every bounce email found (contract.md).
// Files are read synchronously: for ~900 small files, awaiting each read costs more than the reading.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMailbox } from '../core/email/index.ts';
import type { SendingSetup } from '../core/index.ts';
import { Out } from './io.ts';

function* files(path: string, isDir = statSync(path).isDirectory()): Generator<string> {
  if (!isDir) {
    yield path;
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    yield* files(full, e.isDirectory() || (e.isSymbolicLink() && statSync(full).isDirectory()));
  }
}

export async function parseCommand(paths: string[], setup: SendingSetup): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('parse: name at least one file or folder\n');
    return 2;
  }
  const out = new Out();
  let status = 0;
  for (const root of paths) {
    try {
      for (const file of files(root)) {
        try {
          const records = await parseMailbox(readFileSync(file), { setup });
          for (const r of records) out.line(JSON.stringify({ file, ...r }));
        } catch (err) {
          out.line(JSON.stringify({ file, bounce: false, error: (err as Error).message }));
          status = 1;
        }
      }
    } catch (err) {
      out.line(JSON.stringify({ file: root, bounce: false, error: (err as Error).message }));
      status = 1;
    }
  }
  out.flush();
  return status;
}
