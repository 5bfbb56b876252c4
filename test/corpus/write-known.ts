// Rewrites test/corpus/disagreements.json with today's recipient and status disagreements, each
// with what Sisimai says and what we say. Check every new entry by hand first (see the notes in
// the file's "why" map), then run: tsx test/corpus/write-known.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { actual, agrees, expected, pairAll } from './compare.ts';

const url = new URL('./disagreements.json', import.meta.url);
const old = JSON.parse(readFileSync(url, 'utf8')) as { why?: Record<string, string> };
const { pairs } = await pairAll();
const list = (field: 'recipient' | 'status') =>
  Object.fromEntries(
    pairs
      .filter((p) => !agrees(p, field))
      .map((p) => [`${p.label.file}#${p.label.msgindex}.${p.label.recindex}`, `sisimai=${JSON.stringify(expected(p.label, field))} ours=${JSON.stringify(actual(p.got, field))}`]),
  );
const out = { why: old.why ?? {}, recipient: list('recipient'), status: list('status') };
writeFileSync(url, JSON.stringify(out, null, 1) + '\n');
console.log(`written: ${Object.keys(out.recipient).length} recipient, ${Object.keys(out.status).length} status`);
