// sendmail notices (sendmail/savemail.c errbody(); also Active!hunter, Biglobe and other
// sendmail-derived MTAs):
//      ----- The following addresses had permanent fatal errors -----
//   <rcpt@example.net>
//       (reason: 550 5.1.1 <rcpt@example.net>... User Unknown)
//
//      ----- Transcript of session follows -----
//   ... while talking to mx.example.net.:
//   >>> RCPT To:<rcpt@example.net>
//   <<< 550 5.1.1 <rcpt@example.net>... User Unknown
// The transcript tells the answering host (`while talking to`) and the command (`>>>` line
// before the `<<<` reply). With PIPELINING (RFC 2920) the last `>>>` may be DATA although the
// refusal answered RCPT; the transcript is reported as written, as Sisimai's Lhost::Sendmail does
// (its Reason::Filtered then reads "user unknown" after DATA as a filter's answer).

import type { Finding, Format, Input } from '../types.ts';
import { addressLine, cleanAddress, cleanHost, commandOf, firstAddress, oneLine } from '../util.ts';

const LIST = /^[ \t]*-{3,}[ \t]*The following addresses? (?:had|has) (?:permanent fatal errors|permanent delivery errors|transient non-fatal errors|delivery problems)[ \t]*-{3,}/im;
const TRANSCRIPT = /^[ \t]*-{3,}[ \t]*Transcript of session follows[ \t]*-{3,}/im;
const SECTION_END = /^\s*-{3,}/;
const EXPIRED = /Message could not be delivered for (?:too long|\d+ (?:hours?|days?))|Cannot send message for \d+ (?:hours?|days?)|Message will be deleted from queue/i;

interface Attempt {
  host: string;
  command: string;
  reply: string;
}

function transcript(body: string): Attempt[] {
  const found = TRANSCRIPT.exec(body);
  if (!found) return [];
  const at = found.index + found[0].length;
  const out: Attempt[] = [];
  let host = '';
  let command = '';
  for (const raw of body.slice(at).split('\n')) {
    const line = raw.trim();
    const talk = /^\.\.\. while talking to ([^\s:]+?)\.?:?$/i.exec(line);
    if (talk) {
      host = cleanHost(talk[1] ?? '');
      command = 'CONN'; // a reply before any `>>>` answers the connection (the greeting)
    } else if (line.startsWith('>>>')) command = commandOf(line) || (/^>>>\s*(\w+)/.exec(line)?.[1] ?? '').toUpperCase();
    else if (/^<<<\s*[45]\d\d/.test(line)) {
      out.push({ host, command, reply: line.replace(/^<<<\s*/, '') });
    }
  }
  return out;
}

/**
 * sendmail V5 and other old versions write no address list, only the transcript, where each
 * failed recipient has its own line: `550 <rcpt@example.net>... User unknown`, after the
 * `<<<` reply it answers.
 */
function v5Findings(body: string, expired: boolean): Finding[] {
  const found = TRANSCRIPT.exec(body);
  if (!found) return [];
  const out: Finding[] = [];
  let host = '';
  let command = '';
  let reply = '';
  for (const raw of body.slice(found.index + found[0].length).split('\n')) {
    const line = raw.trim();
    if (SECTION_END.test(raw)) break;
    const talk = /^\.{0,3}\s*while talking to ([^\s:]+?)\.?:?$/i.exec(line);
    const rcpt = /^(\d{3})\s+<([^<>\s@]+@[^<>\s]+)>\.\.\.\s*(.*)/.exec(line);
    if (talk) {
      host = cleanHost(talk[1] ?? '');
      command = 'CONN';
      reply = '';
    } else if (line.startsWith('>>>')) command = commandOf(line) || (/^>>>\s*(\w+)/.exec(line)?.[1] ?? '').toUpperCase();
    else if (line.startsWith('<<<')) reply = line.replace(/^<<<\s*/, '');
    else if (rcpt) {
      const own = `${rcpt[1]} ${rcpt[3]}`;
      const f: Finding = { recipient: cleanAddress(rcpt[2] ?? ''), diagnostic: oneLine(reply ? `${reply} (${own})` : own), rhost: reply ? host : '', command: reply ? command : '', action: 'failed' };
      if (expired) f.fallbackReason = 'expired';
      out.push(f);
    } else reply = '';
  }
  return out;
}

export function sendmailFindings(input: Input): Finding[] {
  const body = input.body;
  const list = LIST.exec(body);
  if (!list) return v5Findings(body, EXPIRED.test(`${input.subject}\n${body}`));
  const lines = body.slice(list.index + list[0].length).split('\n').slice(1);
  const entries: Array<{ recipient: string; notes: string[] }> = [];
  for (const raw of lines) {
    if (SECTION_END.test(raw) || /^\s*Content-Type:/i.test(raw)) break;
    const line = raw.trim();
    if (!line) continue;
    const note = /^\((?:reason|expanded from):?\s*(.*)/i.exec(line);
    if (note && entries.length) {
      if (/^\(reason/i.test(line)) entries[entries.length - 1]!.notes.push((note[1] ?? '').replace(/\)$/, ''));
      continue;
    }
    const address = addressLine(line) || firstAddress(line.replace(/^>>>\s*/, '')) || (/^"?\|/.test(line) ? line.replace(/^"|"$/g, '') : '');
    if (address) entries.push({ recipient: cleanAddress(address), notes: [] });
  }
  const attempts = transcript(body);
  // sendmail's own verdict lines in the transcript (`554 5.3.0 unknown mailer error 255`), for
  // recipients whose "(reason: ...)" is missing or only a number.
  const own = TRANSCRIPT.exec(body);
  const ownLines = own
    ? body.slice(own.index + own[0].length).split('\n').map((l) => l.trim()).filter((l) => /^[45]\d\d[\s-]/.test(l))
    : [];
  const delayed = /transient non-fatal errors|Warning: could not send message/i.test(`${input.subject}\n${body}`);
  const expired = EXPIRED.test(`${input.subject}\n${body}`);
  return entries.map((e) => {
    // The failure is the first 4xx/5xx reply that names the recipient, else (one recipient) the first.
    const mine = attempts.find((a) => a.reply.toLowerCase().includes(e.recipient.toLowerCase())) ?? (entries.length === 1 ? attempts[0] : undefined);
    const reason = oneLine(e.notes.join(' '));
    const ownLine = ownLines.find((l) => l.toLowerCase().includes(e.recipient.toLowerCase())) ?? (entries.length === 1 ? ownLines[0] : undefined);
    const f: Finding = {
      recipient: e.recipient,
      diagnostic: (/[a-z]{3}/i.test(reason) ? reason : '') || mine?.reply || ownLine || reason,
      rhost: mine?.host ?? '',
      command: mine?.command ?? '',
      action: delayed ? 'delayed' : 'failed',
    };
    if (expired) f.fallbackReason = 'expired';
    return f;
  });
}

export const sendmail: Format = {
  id: 'sendmail',
  detect: (input: Input) => LIST.test(input.body) || TRANSCRIPT.test(input.body),
  parse: sendmailFindings,
};
