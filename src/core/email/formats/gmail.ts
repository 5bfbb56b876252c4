// Gmail / Google Workspace notices (pages.md §2, "Gmail / Google Workspace"):
// - old format (before 2016): "Delivery to the following recipient failed permanently:" (or
//   "has been delayed:"), the addresses indented, then "Technical details of permanent failure:"
//   and "The error that the other server returned was: 550 ...";
// - new format: "** Address not found **", "Your message wasn't delivered to X because ...",
//   "There was a temporary problem delivering your message to X", then "The response from the
//   remote server was:" / "The response was:" and the raw reply. It usually has an RFC 3464 part
//   too; this decoder then adds the host and fills the reply when the report has none.

import type { Finding, Format, Input } from '../types.ts';
import { ADDRESS_SOURCE, addressLine, cleanHost, commandOf, firstAddress, oneLine } from '../util.ts';

const OLD_LIST = /^Delivery to the following recipients? (failed permanently|has been delayed|have been delayed|failed temporarily):?\s*$/im;
const DETAILS = /Technical details of (?:permanent|temporary) failure:\s*/i;
// Webmail shows the notice's apostrophes as typographic ones ("wasn’t"), so both are accepted.
const NEW_SENTENCE = new RegExp(
  String.raw`(?:Your message (?:wasn['’]t|was not|couldn['’]t be|could not be) delivered to|Your message to|problem delivering your message to|couldn['’]t deliver your message to|Message not delivered to)\s+<?(${ADDRESS_SOURCE})>?`,
  'i',
);
const RESPONSE = /(?:The response from the remote server was|The response was|The error that the other server returned was):?\s*/i;
const BY_HOST = /\bby\s+([a-z0-9][a-z0-9.-]*[a-z0-9])\.?\s*\[([0-9a-f.:]+)\]/i;
const SOCKET_HOST = /\[(?:\(\d*\) ?)?([a-z0-9][a-z0-9.-]*[a-z0-9])\.? +\[?([0-9a-f.:]+)(?![0-9a-f.:])\]?[^\][]*\]/i;

// The old format ends the reply with Google's SMTP client state, "(state 14)"; which command each
// state stands for is from Sisimai's Gmail decoder (go-sisimai lhost/via-gmail.go, BSD-2-Clause).
// State 6 is the STARTTLS step there ("Remote server does not support TLS"), filed as MAIL.
const STATE_COMMAND: Record<string, string> = { '6': 'STARTTLS', '13': 'HELO', '14': 'RCPT', '15': 'DATA', '17': 'DATA', '18': 'DATA' };
// Gmail gave up connecting or resolving after its retries (same source).
const GAVE_UP = /did not accept our requests to connect|Could not contact DNS servers/i;

function rhostOf(text: string): string {
  const m = BY_HOST.exec(text) ?? SOCKET_HOST.exec(text);
  return m ? cleanHost(m[1] ?? '') : '';
}

function oldFormat(body: string): Finding[] {
  const m = OLD_LIST.exec(body);
  if (!m) return [];
  const delayed = /delayed|temporarily/i.test(m[1] ?? '');
  const after = body.slice(m.index + m[0].length);
  const recipients: string[] = [];
  for (const line of after.split('\n')) {
    if (!line.trim()) {
      if (recipients.length) break;
      continue;
    }
    const a = addressLine(line);
    if (!a) break;
    recipients.push(a);
  }
  const details = DETAILS.exec(after);
  const text = details ? oneLine(after.slice(details.index + details[0].length)) : '';
  const response = RESPONSE.exec(text);
  const diagnostic = response ? text.slice(response.index + response[0].length) : text;
  const state = /\(state (\d+)\)/.exec(text)?.[1] ?? '';
  return recipients.map((recipient) => {
    const f: Finding = {
      recipient,
      diagnostic: (diagnostic || text).replace(/(?<!\s)\s*\(state \d+\)\.?$/, ''),
      rhost: rhostOf(text),
      command: STATE_COMMAND[state] ?? commandOf(text),
      action: delayed ? 'delayed' : 'failed',
    };
    if (GAVE_UP.test(text)) f.fallbackReason = 'expired';
    return f;
  });
}

function newFormat(body: string): Finding[] {
  const m = NEW_SENTENCE.exec(body);
  if (!m) return [];
  const recipient = firstAddress(m[1] ?? '');
  const after = body.slice(m.index);
  const response = RESPONSE.exec(after);
  const reply = response ? (after.slice(response.index + response[0].length).split(/(?<!\n[^\S\n]*)\n\s*\n(?=\S)/)[0] ?? '') : '';
  const diagnostic = oneLine(reply || (after.split(/\n\s*\n/)[0] ?? ''));
  const delayed = /temporary problem|will retry|delayed|Delivery incomplete/i.test(body.slice(0, m.index + 400));
  return [{ recipient, diagnostic, rhost: rhostOf(diagnostic), command: commandOf(diagnostic), action: delayed ? 'delayed' : 'failed' }];
}

export const gmail: Format = {
  id: 'gmail',
  detect: (input: Input) => OLD_LIST.test(input.body) || NEW_SENTENCE.test(input.body) || /googlemail\.com|google\.com/i.test(input.from),
  parse: (input: Input) => {
    const old = oldFormat(input.body);
    return old.length ? old : newFormat(input.body);
  },
};
