// Exim notices (exim src/deliver.c, "bounce_message_text" and the warning message; also GMX,
// Mail.ru, cPanel hosts and MXLogic, which run Exim or copy its wording, pages.md §2):
//   A message that you sent could not be delivered to one or more of its
//   recipients. This is a permanent error. The following address(es) failed:
//
//     rcpt@example.net
//       host mx.example.net [192.0.2.1]
//       SMTP error from remote mail server after RCPT TO:<rcpt@example.net>:
//       550 5.1.1 User unknown
// A recipient line is indented two spaces, its diagnostic four or more. The delay warning says
// "The address to which the message has not yet been delivered is:" and "Delay reason: ...".

import { header } from '../headers.ts';
import type { Finding, Format, Input } from '../types.ts';
import { addressLine, cleanHost, commandOf, firstAddress, oneLine } from '../util.ts';

// The sentence before the list; it may wrap ("The following address\nfailed:", GMX).
const LIST_START =
  /(?:address(?:\(es\)|es)?\s+failed|incorrectly\s+constructed|address(?:es)?\s+to\s+which\s+the\s+message\s+has\s+not\s+yet\s+been\s+delivered\s+(?:is|are)|could\s+not\s+be\s+delivered\s+to\s+the\s+following|following\s+recipients?\s+could\s+not\s+be\s+reached):?[ \t]*(?=\n)/i;
const HOST = /\bhost:?\s+([^\s[\]]+)\s*(?:\[([^\]]+)\])?/i;
// Exim's own words for "the queue gave up" (deliver.c, retry.c).
const EXPIRED = /retry timeout exceeded|have been failing for a long time|retry time not reached for any host after a long failure period|delivery attempts? (?:have|has) been (?:failing|abandoned)/i;

// "SMTP error from remote mail server after RCPT TO:<a@b>:" / "after MAIL FROM:<a> SIZE=1543:" /
// "after end of data:" / GMX "from remote server after RCPT command:"; then "host H [IP]:" maybe.
const SMTP_ERROR = /SMTP error from remote (?:mail server|mailer|server) after [^:<]*(?::\s*<[^>]*>[^:]*)?:\s*/i;
const HOST_PREFIX = /^host:?\s+[^\s[\]]+(?:\s*\[[^\]]*\])?(?:\s*:)?\s*/i;

/** The remote's own reply inside Exim's wording; Exim's words when there is no SMTP reply. */
function serverReply(text: string): string {
  const m = SMTP_ERROR.exec(text);
  if (!m) return text;
  const reply = text.slice(m.index + m[0].length).replace(HOST_PREFIX, '').trim();
  return reply || text;
}

interface Entry {
  head: string;
  lines: string[];
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)?.[0].replace(/\t/g, '        ').length ?? 0;
}

function entries(body: string): Entry[] {
  const m = LIST_START.exec(body);
  if (!m) return [];
  const lines = body.slice(m.index + m[0].length + 1).split('\n');
  const out: Entry[] = [];
  let base = -1; // indent of the recipient lines: 2 in Exim, 0 in GMX
  for (const line of lines) {
    if (!line.trim()) continue;
    const indent = indentOf(line);
    const text = line.trim();
    if (base < 0) base = indent;
    if (indent < base || /^-{2,}|^The following text was generated/i.test(text)) break;
    const isHostLine = /^host:?\s/i.test(text);
    const address = addressLine(text) || (indent > 0 ? firstAddress(text) : '');
    const isNew = indent === base && !isHostLine && (address !== '' || (indent > 0 && !out.length));
    if (isNew) out.push({ head: text, lines: [] });
    else if (out.length) out[out.length - 1]!.lines.push(text);
    else if (indent === 0) return []; // prose, not a list
  }
  return out;
}

export function eximFindings(input: Input): Finding[] {
  const delayed = /has not yet been delivered|^Warning: message .* delayed/im.test(`${input.subject}\n${input.body}`);
  const failed = (input.headers.get('x-failed-recipients') ?? []).flatMap((v) => v.split(',')).map((a) => a.trim());
  return entries(input.body).map((e, i) => {
    // "name <a@b>: malformed address: ..." names the failed address in angle brackets.
    const angled = /^[^<>:]*<([^<>\s@]+@[^<>\s]+)>:/.exec(e.head)?.[1] ?? '';
    const fromHead = angled || addressLine(e.head) || firstAddress(e.head);
    const recipient = fromHead || firstAddress(failed[i] ?? '') || e.head.replace(/:$/, '');
    // A diagnostic written on the recipient line itself ("rcpt@example.net: 550 ...", MXLogic).
    const rest = e.head.slice(e.head.indexOf(fromHead) + fromHead.length).replace(/^[>:\s]+/, '');
    const text = oneLine([rest, ...e.lines].join(' ').replace(/\bDelay reason:\s*/i, ''));
    const host = HOST.exec(text);
    const f: Finding = {
      recipient,
      diagnostic: serverReply(text),
      rhost: host ? cleanHost(host[1] ?? '') : '',
      command: commandOf(text),
      action: delayed ? 'delayed' : 'failed',
    };
    if (EXPIRED.test(text)) f.fallbackReason = 'expired';
    // "pipe to |/path/program": a local delivery program failed (Sisimai: mailererror).
    if (/^pipe to \|/i.test(e.head)) f.diagnosticType = 'X-UNIX';
    return f;
  });
}

export const exim: Format = {
  id: 'exim',
  detect: (input: Input) =>
    /This message was created automatically by mail delivery software|could not be delivered to one or more of its\s+recipients|has not yet been delivered to one or more of its/i.test(input.body) ||
    /^(?:Mail delivery failed|Warning: message .* delayed)/i.test(input.subject) ||
    header(input.headers, 'x-failed-recipients') !== '',
  parse: eximFindings,
};
