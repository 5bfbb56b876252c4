// `parse FILE|DIR ...`: one JSON line per recipient record of every bounce email found (contract.md).
// Files are read synchronously: for ~900 small files, awaiting each read costs more than the reading.

import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMailbox } from '../core/email/index.ts';
import type { SendingSetup } from '../core/index.ts';
import { Out } from './io.ts';
import { recordLine } from './record-json.ts';

function* files(path: string, isDir = statSync(path).isDirectory()): Generator<string> {
  if (!isDir) {
    yield path;
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // join() of a folder and an entry name (never "." or "..", never a "/") is the folder, one "/"
  // and the name once the folder is in join()'s own form; join() runs once per folder, not per file.
  const dir = join(path, '.');
  const prefix = dir === '.' ? '' : dir.endsWith('/') ? dir : `${dir}/`;
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = prefix + e.name;
    yield* files(full, e.isDirectory() || (e.isSymbolicLink() && statSync(full).isDirectory()));
  }
}

/**
 * A file's text when its bytes are UTF-8 (as the core's readInput would decode them: a leading
 * byte-order mark dropped), else the bytes, for the core to decode per part. Node's own UTF-8
 * check and decoder are several times faster than a fatal TextDecoder.
 */
function readText(bytes: Buffer): string | Buffer {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return isUtf8(body) ? body.toString('utf8') : bytes;
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
          const records = await parseMailbox(readText(readFileSync(file)), { setup });
          // `{"file": ..., ...record}` written without copying the record (V8 copies a spread
          // object slowly) and with the values records share written once (record-json.ts).
          const fileJson = JSON.stringify(file);
          for (const r of records) out.line(recordLine(fileJson, r));
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
