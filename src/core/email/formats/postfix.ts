// Postfix notices (postfix src/bounce/bounce_notify_util.c and bounce_template.c):
//   This is the mail system at host smtp.example.com.
//   ...
//                      The mail system
//
//   <rcpt@example.net> (expanded from <alias@example.org>): host mx.example.net[192.0.2.1]
//       said: 550 5.1.1 <rcpt@example.net>... User Unknown (in reply to RCPT TO command)
// One paragraph per recipient, continuation lines indented. Delay notices ("Delayed Mail (still
// being retried)") use the same layout. Used by Apple iCloud, Proton, Fastmail (pages.md §2).

import type { Finding, Format, Input } from '../types.ts';
import { cleanAddress, cleanHost, commandOf, oneLine } from '../util.ts';

const RECIPIENT_LINE = /^<((?:"[^"]*"|[^<>\s"@])+@[^<>\s]+)>(?:\s*\(expanded from[^)]*\)?)?:\s*(.*)/;
const HOST_SAID = /\bhost\s+([^\s[\]]+?)\s*\[([^\][]+)\]\s+(?:said|refused to talk to me):\s*/i;
const HOST_NAMED = /\bhost\s+([^\s[\]]+?)\s*\[([^\][]+)\]/i;
const IN_REPLY = /\(in reply to [^()]*\)\s*$/i;
const CONNECT_TO = /\bconnect to ([^\s[:]+)\[([^\][]+)\]/i;

export function postfixParagraphs(body: string): Finding[] {
  const lines = body.split('\n');
  const out: Finding[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = RECIPIENT_LINE.exec(lines[i] ?? '');
    if (!m) continue;
    let text = m[2] ?? '';
    // "(expanded from\n    <alias>):" may wrap; skip to the colon before the diagnostic. The paragraph
    // runs to the blank line: a wrapped reply may start flush left ("<rcpt>... User Unknown (in reply to ...)").
    while (i + 1 < lines.length && /^\s*\S/.test(lines[i + 1] ?? '') && !RECIPIENT_LINE.test(lines[i + 1] ?? '') && !/^--/.test(lines[i + 1] ?? '')) {
      text += ' ' + (lines[++i] ?? '').trim();
    }
    text = oneLine(text).replace(/^<[^>]*>\):\s*/, '');
    const host = HOST_SAID.exec(text) ?? HOST_NAMED.exec(text) ?? CONNECT_TO.exec(text);
    const command = commandOf(text);
    const diagnostic = text.replace(HOST_SAID, '').replace(IN_REPLY, '').trim();

    out.push({
      recipient: cleanAddress(m[1] ?? ''),
      diagnostic,
      rhost: host ? cleanHost(host[1] === 'unknown' ? (host[2] ?? '') : (host[1] ?? '')) : '',
      command,
    });
  }
  return out;
}

/**
 * Postfix's postmaster notice "Postfix SMTP server: errors from HOST" (smtpd_error_notify):
 * the session as ` In:` / ` Out:` lines. Recipients are the RCPT TO arguments; the
 * diagnostic is the last 4xx/5xx `Out:` line and the command the `In:` line it answered.
 */
export function postfixTranscript(body: string): Finding[] {
  if (!/^Transcript of session follows\.?\s*$/m.test(body)) return [];
  const lines = body.replace(/\n {3,}(?=\S)/g, ' ').split('\n');
  const recipients: string[] = [];
  let command = '';
  let failure: { reply: string; command: string } | null = null;
  for (const line of lines) {
    const input = /^\s*In:\s+(.*)/.exec(line);
    const output = /^\s*Out:\s+([45]\d\d[\s-].*)$/.exec(line);
    if (input) {
      const cmd = input[1] ?? '';
      command = (/^(\w+)/.exec(cmd)?.[1] ?? '').toUpperCase();
      const rcpt = /^RCPT\s+TO:\s*<([^>]+)>/i.exec(cmd);
      if (rcpt) recipients.push(cleanAddress(rcpt[1] ?? ''));
    } else if (output && !failure) failure = { reply: output[1] ?? '', command: command === 'EHLO' ? 'HELO' : command };
  }
  if (!failure) return [];
  return recipients.map((recipient) => ({ recipient, diagnostic: failure!.reply.trim(), command: failure!.command }));
}

export const postfix: Format = {
  id: 'postfix',
  detect: (input: Input) =>
    /^This is the (?:mail system|Postfix program) at host|^[ \t]+The (?:mail system|Postfix program)[ \t]*$/m.test(input.body) ||
    /^(?:Undelivered Mail Returned to Sender|Delayed Mail \(still being retried\)|Mail Delivery Status Report|Postfix SMTP server: errors from)/i.test(input.subject),
  parse(input: Input): Finding[] {
    const delayed = /^Delayed Mail|THIS IS A WARNING ONLY/im.test(`${input.subject}\n${input.body}`);
    const found = postfixParagraphs(input.body);
    return (found.length ? found : postfixTranscript(input.body)).map((f) => (delayed ? { ...f, action: 'delayed' } : f));
  },
};
