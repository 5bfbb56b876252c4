// qmail notices (qmail-send.c, qmail-remote.c; netqmail 1.06) and Yahoo's, which keep the layout:
//   Hi. This is the qmail-send program at mx.example.org.
//   I'm afraid I wasn't able to deliver your message to the following addresses.
//   This is a permanent error; I've given up. Sorry it didn't work out.
//
//   <rcpt@example.net>:
//   192.0.2.1 does not like recipient.
//   Remote host said: 550 5.1.1 <rcpt@example.net>... User unknown
//   Giving up on 192.0.2.1.
// qmail-remote's phrases tell the SMTP command: "does not like recipient" (RCPT), "sender was
// rejected" (MAIL), "my name was rejected" (HELO), "failed after I sent the message" (DATA).
// Yahoo appends `[RCPT_TO]` / `[MAIL_FROM]` / `[DATA]` instead (pages.md §2).

import type { Finding, Format, Input } from '../types.ts';
import { cleanAddress, cleanHost, commandOf, oneLine } from '../util.ts';

const RECIPIENT = /^<([^<>\s@]+@[^<>\s]+)>:\s*(.*)/;
const HOSTS: RegExp[] = [
  /remote host ([^\s]+?) said/i,
  /^([^\s]+) does not like (?:recipient|sender)/im,
  /Connected to ([^\s]+) but/i,
  /^([^\s]+) failed (?:after I sent the message|on DATA command)/im,
  /Giving up on ([^\s]+?)\.?$/im,
];
const COMMANDS: Array<[RegExp, string]> = [
  [/does not like recipient|\[RCPT_TO\]|progress was RCPT/i, 'RCPT'],
  [/sender was rejected|does not like sender|\[MAIL_FROM\]|progress was MAIL/i, 'MAIL'],
  [/my name was rejected|\[(?:EHLO|HELO)\]/i, 'HELO'],
  [/failed after I sent the message|failed on DATA command|\[DATA\]|progress was DATA/i, 'DATA'],
];
const EXPIRED = /this message has been in the queue too long/i;
// qmail's own sentences for a cause (qmail-local.c, qmail-remote.c, error_str.c, as listed by Sisimai
// Lhost::qmail $messagesof), read before the "queue too long" verdict; case as qmail writes them.
const OWN_CAUSE =
  /no mailbox here by that name|does not like recipient\.|disk quota exceeded|Message size exceeds fixed maximum message size:|Sorry, I couldn't find any host |not enough free space|bad interpreter: No such file or directory|system error|Unable to|Sorry, I wasn't able to establish an SMTP connection|Sorry, I couldn't find a mail exchanger or IP address|Although I'm listed as a best-preference MX or A for that host/;

/** The text after "Remote host said:", without qmail's closing sentences; else the whole text. */
function remoteSaid(text: string): string {
  const at = text.search(/Remote host said:/i);
  if (at < 0) return text;
  let reply = text.slice(at + 'Remote host said:'.length);
  for (const end of [/ Giving up on /i, / I'm not going to try again/i]) {
    const i = reply.search(end);
    if (i >= 0) reply = reply.slice(0, i);
  }
  return reply.trim() || text;
}

export function qmailParagraphs(body: string): Finding[] {
  const out: Finding[] = [];
  let cur: { recipient: string; lines: string[] } | null = null;
  const flush = () => {
    if (!cur) return;
    const text = oneLine(cur.lines.join(' '));
    const host = HOSTS.map((re) => re.exec(cur!.lines.join('\n'))).find(Boolean);
    const command = COMMANDS.find(([re]) => re.test(text))?.[1] ?? commandOf(text);
    // The remote's reply follows "Remote host said:"; qmail's own sentences stand when there is none.
    const f: Finding = {
      recipient: cur.recipient,
      diagnostic: remoteSaid(text).replace(/ ?\[(?:RCPT_TO|MAIL_FROM|DATA|EHLO|HELO)\]$/, ''),
      rhost: host ? cleanHost(host[1] ?? '') : '',
      command,
    };
    // qmail gave up retrying: that is the reason unless qmail's own words name the cause (the remote's
    // reply may still name a definite one, structure.ts). Sisimai Lhost::qmail checks its table first.
    if (EXPIRED.test(text)) {
      if (OWN_CAUSE.test(text)) f.fallbackReason = 'expired';
      else f.formatReason = 'expired';
    }
    // qmail-remote's own account of the session: refused after HELO ("my name was rejected") is
    // the client itself refused, whatever the reply's words (an "invalid domain name" is the HELO
    // name's, not the recipient's); refused at MAIL FROM ("sender was rejected") is the sender's
    // address, unless the text names a definite cause. Sisimai Lhost::qmail sets blocked / rejected
    // from the command before reading the text.
    if (command === 'HELO') f.reasonHint = 'blocked';
    else if (command === 'MAIL') f.formatReason = 'rejected';
    out.push(f);
    cur = null;
  };
  for (const line of body.split('\n')) {
    const m = RECIPIENT.exec(line.trim());
    if (m) {
      flush();
      cur = { recipient: cleanAddress(m[1] ?? ''), lines: m[2] ? [m[2]] : [] };
    } else if (cur && line.trim() === '' && cur.lines.length) flush();
    else if (cur && line.trim()) cur.lines.push(line.trim());
  }
  flush();
  return out;
}

export const qmail: Format = {
  id: 'qmail',
  detect: (input: Input) =>
    /This is the qmail-send program|I'm afraid I wasn't able to deliver your message|unable to deliver your message to the following address|^<[^>\s@]+@[^>\s]+>:[ \t]*$/im.test(input.body),
  parse: (input: Input) => qmailParagraphs(input.body),
};
