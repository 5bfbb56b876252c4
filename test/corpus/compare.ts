// Compares parseMailbox() with the Sisimai corpus labels (shared/corpus/sisimai/manifest.jsonl).
// Used by corpus.test.ts (floors) and scripts/bench-accuracy.mjs (report). Reads the corpus in
// place; never copies it.
//
// Pairing: records of one (file, msgindex) in order against the manifest's recindex order.
// Normalisations, each because the label is a Sisimai artefact rather than a fact of the email:
// - status `x.0.9xx` is Sisimai's pseudo code for "the bounce had none" → compared as "";
// - recipient `undisclosed-recipient-in-headers@libsisimai.org.invalid` is its placeholder → "";
// - recipients compare case-insensitively; smtpcommand EHLO compares as HELO (contract: HELO);
// - command: our CONN (refused at the greeting) matches Sisimai's HELO or blank;
// - action: Sisimai rewrites the action of every `expired` record to `delayed`; `failed` (what the
//   notice says: the MTA gave up) is accepted there.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMailbox } from '../../src/core/email/index.ts';
import type { BounceRecord } from '../../src/core/types.ts';

export interface Label {
  file: string;
  subset: string;
  msgindex: number;
  recindex: number;
  recipient: string;
  status: string;
  reason: string;
  hardbounce: number;
  diagnosticcode: string;
  action: string;
  smtpcommand: string;
  rhost: string;
  smtpagent: string;
  twin_of?: string;
}

export interface Pair {
  label: Label;
  got: BounceRecord | undefined;
}

export const FIELDS = ['reason', 'status', 'recipient', 'hardBounce', 'rhost', 'command', 'action'] as const;
export type Field = (typeof FIELDS)[number];

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `${BOUNCE_CORPUS ?? '../shared/corpus'}/sisimai`, relative to the repository root. */
export function corpusDir(): string {
  return resolve(REPO_ROOT, process.env.BOUNCE_CORPUS ?? '../shared/corpus', 'sisimai');
}

export function corpusPresent(dir = corpusDir()): boolean {
  return existsSync(join(dir, 'manifest.jsonl'));
}

export function loadLabels(dir = corpusDir()): Label[] {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

const PLACEHOLDER = 'undisclosed-recipient-in-headers@libsisimai.org.invalid';

export function expected(label: Label, field: Field): string {
  switch (field) {
    case 'reason': return label.reason;
    case 'status': return /^\d\.0\.9\d\d$/.test(label.status) ? '' : label.status;
    case 'recipient': return label.recipient.toLowerCase() === PLACEHOLDER ? '' : label.recipient.toLowerCase();
    case 'hardBounce': return String(label.hardbounce === 1);
    case 'rhost': return label.rhost.toLowerCase();
    case 'command': return label.smtpcommand === 'EHLO' ? 'HELO' : label.smtpcommand;
    case 'action': return label.action;
  }
}

export function actual(got: BounceRecord | undefined, field: Field): string | undefined {
  if (!got) return undefined;
  switch (field) {
    case 'reason': return got.reason;
    case 'status': return got.status;
    case 'recipient': return got.recipient.toLowerCase();
    case 'hardBounce': return String(got.hardBounce);
    case 'rhost': return got.rhost.toLowerCase();
    case 'command': return got.command === 'EHLO' ? 'HELO' : got.command;
    case 'action': return got.action;
  }
}

export function agrees(p: Pair, field: Field): boolean {
  const got = actual(p.got, field);
  const want = expected(p.label, field);
  // Sisimai has no CONN: it files a refusal before any command under HELO, or leaves it blank.
  if (field === 'command' && got === 'CONN' && (want === 'HELO' || want === '')) return true;
  if (field === 'action' && p.label.reason === 'expired' && want === 'delayed' && got === 'failed') return true;
  return got === want;
}

/** Parses every labelled file once and pairs its records with the labels. */
export async function pairAll(dir = corpusDir()): Promise<{ pairs: Pair[]; extra: number; records: Map<string, BounceRecord[]> }> {
  const labels = loadLabels(dir);
  const records = new Map<string, BounceRecord[]>();
  for (const file of new Set(labels.map((l) => l.file))) {
    records.set(file, await parseMailbox(readFileSync(join(dir, file))));
  }
  const pairs: Pair[] = [];
  let extra = 0;
  const groups = new Map<string, Label[]>();
  for (const l of labels) {
    const key = `${l.file}\t${l.msgindex}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  for (const [key, group] of groups) {
    const [file, msg] = key.split('\t') as [string, string];
    const got = (records.get(file) ?? []).filter((r) => r.msgindex === Number(msg));
    group.sort((a, b) => a.recindex - b.recindex);
    group.forEach((label, i) => pairs.push({ label, got: got[i] }));
    extra += Math.max(0, got.length - group.length);
  }
  return { pairs, extra, records };
}

export function rate(pairs: Pair[], field: Field): number {
  return pairs.length ? pairs.filter((p) => agrees(p, field)).length / pairs.length : 0;
}
