// The long tail: notices from MTAs with no decoder of their own (DragonFly, OpenSMTPD, IMail,
// Domino, Biglobe, MXLogic, au/KDDI, mobile carriers...). They all name the failed address and
// put the reason next to it, in one of a few layouts:
//   rcpt@example.net: 550 5.2.2 Mailbox full               (address, colon, reason)
//   <rcpt@example.net>            then the reason on the next lines or in the next section
//   Unknown user: rcpt@example.net                         (reason, then the address)
//   There was an error delivering your mail to <rcpt@example.net>.   then a paragraph
// Lines that belong to headers (To:, From:, Received: ... for <a>) and the sender's own address
// are not recipients.

import { header, parseHeaders } from '../headers.ts';
import type { Finding, Format, Input } from '../types.ts';
import { ADDRESS_SOURCE, addressLine, cleanAddress, cleanHost, commandOf, firstAddress, oneLine } from '../util.ts';

const INLINE = new RegExp(`^\\s*(?:>>>\\s*)?[<"]?(${ADDRESS_SOURCE})[>"]?(?:\\s*(?:\\.\\.\\.|:)\\s*|\\s+)(\\S.*)$`);
const TRAILING = new RegExp(`^(.*?[^\\s:])(\\s*:)?\\s*[<"(]?(${ADDRESS_SOURCE})[>")]?(?:\\s*[.:])?\\s*$`);
// "The following recipients returned permanent errors: a@example.net. Reason: ..."
const MIDLINE = new RegExp(`\\b(?:recipients?|addresses?)\\b[^:\\n]{0,60}:\\s*[<"]?(${ADDRESS_SOURCE})[>"]?[.,;:]?\\s*(.*)`, 'i');
// "SMTP Server <mx> rejected recipient <a@example.net> (Error following RCPT command)"
const NAMED = new RegExp(`\\b(?:recipient|rcpt|address|user|mailbox)\\s+<(${ADDRESS_SOURCE})>`, 'i');
const HEADERISH = /^\s*(?:to|from|cc|bcc|reply-to|return-path|received|sender|subject|message-id|date|x-[\w-]+|mail from|envelope-from|in-reply-to|references|disposition-notification-to)\s*:/i;
const CODE = /(?:^|\s)[45]\d\d(?:[\s-]|$)|(?:^|\s|#)[45]\.\d{1,3}\.\d{1,3}\b/;
const HEADING = /^\s*(?:-{2,}|={2,}|_{3,})|^\s*(?:because|reason|error|details?)\s*(?::\s*)?$/i;
// Banner lines of stars or hashes (Trend Micro "***** Message from InterScan ... *****").
const BANNER = /^\s*[*#=]{3,}|(?<![*#=])[*#=]{3,}\s*$/;
const DIRECTED = /\b(?:to|for|recipients?|address|user|userid|mailbox|account|rcpt)\b[^@]{0,40}$/i;
const HOST = /\b(?:host|server|mta):?\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\b|^([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\.?\s+\[[0-9a-f.:]+\]/im;

interface Anchor {
  line: number;
  recipient: string;
  inline: string;
  before: string;
  /** `before` is a reason written as "reason: <address>", not a lead-in such as "delivering to". */
  stated: boolean;
}

function senders(input: Input): Set<string> {
  const out = new Set<string>();
  const add = (v: string) => {
    const a = firstAddress(v).toLowerCase();
    if (a) out.add(a);
  };
  add(header(input.headers, 'to'));
  add(input.from);
  const orig = parseHeaders((input.original.split(/\n\s*\n/)[0] ?? '').replace(/^Content-Type:[^\n]*\n/i, ''));
  add(header(orig, 'from'));
  add(header(orig, 'return-path'));
  return out;
}

function anchors(lines: string[], exclude: Set<string>): Anchor[] {
  const out: Anchor[] = [];
  lines.forEach((line, i) => {
    if (!line.includes('@') || HEADERISH.test(line)) return;
    // Cheap position tests first, so each pattern runs only on lines where it can match.
    const trimmed = line.trim().replace(/^>>>\s*/, '');
    const space = trimmed.search(/\s/);
    const startsWithAddress = (space < 0 ? trimmed : trimmed.slice(0, space)).includes('@');
    // TRAILING needs the address last: nothing but a bracket and a final `.` or `:` after its domain.
    const endsWithAddress = /^[^\s@]*(?:\s*[.:])?$/.test(trimmed.slice(trimmed.lastIndexOf('@') + 1));
    const named = /recipient|address|rcpt|user|mailbox/i.test(line);
    let recipient = startsWithAddress ? addressLine(line) : '';
    let inline = '';
    let before = '';
    let stated = false;
    if (!recipient && startsWithAddress) {
      const m = INLINE.exec(line);
      if (m) {
        recipient = cleanAddress(m[1] ?? '');
        inline = m[2] ?? '';
      }
    }
    if (!recipient && endsWithAddress) {
      const m = TRAILING.exec(line);
      if (m && (m[2] || DIRECTED.test(m[1] ?? ''))) {
        recipient = cleanAddress(m[3] ?? '');
        before = m[1] ?? '';
        // A sentence, not a label ("Recipient:", "Failed address:"), before the colon.
        stated = !!m[2] && before.trim().split(/\s+/).length >= 3;
      }
    }
    if (!recipient && named) {
      const m = MIDLINE.exec(line);
      if (m) {
        recipient = cleanAddress(m[1] ?? '');
        inline = m[2] ?? '';
      }
    }
    if (!recipient && named) {
      const m = NAMED.exec(line);
      if (m) {
        recipient = cleanAddress(m[1] ?? '');
        inline = line.trim();
      }
    }
    if (!recipient || exclude.has(recipient.toLowerCase())) return;
    if (out.some((a) => a.recipient.toLowerCase() === recipient.toLowerCase())) return;
    out.push({ line: i, recipient, inline, before, stated });
  });
  return out;
}

/** The paragraph after line `from`, skipping one heading line ("because:", "----- Details -----"). */
function blockAfter(lines: string[], from: number, stops: Set<number>): string[] {
  const out: string[] = [];
  let i = from + 1;
  while (i < lines.length && !lines[i]!.trim() && !stops.has(i)) i++;
  if (i < lines.length && HEADING.test(lines[i]!) && !stops.has(i)) {
    i++;
    while (i < lines.length && !lines[i]!.trim()) i++;
  }
  for (; i < lines.length && lines[i]!.trim() && !stops.has(i); i++) {
    if (HEADING.test(lines[i]!) && out.length) break;
    if (HEADERISH.test(lines[i]!) || BANNER.test(lines[i]!)) continue; // a summary's "Subject:", banners
    out.push(lines[i]!.trim());
  }
  return out;
}

/**
 * The reason stated before the address: the lines above it in its paragraph, or else a previous
 * paragraph of one line that is no greeting or boilerplate (au/EZweb: "The user(s) account is
 * disabled." then the address).
 */
function blockBefore(lines: string[], at: number, stops: Set<number>): string[] {
  let i = at - 1;
  const sameParagraph = i >= 0 && !!lines[i]!.trim();
  while (i >= 0 && !lines[i]!.trim()) i--;
  const out: string[] = [];
  for (; i >= 0 && lines[i]!.trim() && !stops.has(i) && !HEADING.test(lines[i]!) && !HEADERISH.test(lines[i]!); i--) out.unshift(lines[i]!.trim());
  if (sameParagraph) return out;
  return out.length === 1 && !/mail system|this is|sorry|inform you|attached|postmaster|following|below/i.test(out[0]!) ? out : [];
}

/** The first paragraph of the notice that carries a reply or status code. */
function codeParagraph(body: string): string {
  return body.split(/\n\s*\n/).find((p) => CODE.test(p) && !HEADERISH.test(p)) ?? '';
}

export function genericFindings(input: Input): Finding[] {
  const lines = input.body.split('\n');
  const found = anchors(lines, senders(input));
  const stops = new Set(found.map((a) => a.line));
  return found.map((a) => {
    const next = a.inline ? [] : blockAfter(lines, a.line, stops);
    let diagnostic = oneLine([a.stated ? a.before : '', a.inline, ...next].join(' '));
    if (!diagnostic || (!CODE.test(diagnostic) && CODE.test(a.before))) diagnostic = oneLine(a.before);
    if (!diagnostic || (found.length === 1 && !CODE.test(diagnostic))) {
      diagnostic = oneLine(codeParagraph(input.body)) || diagnostic;
    }
    if (!diagnostic) diagnostic = oneLine(blockBefore(lines, a.line, stops).join(' '));
    const host = HOST.exec(diagnostic);
    return {
      recipient: a.recipient,
      diagnostic,
      rhost: host ? cleanHost(host[1] ?? host[2] ?? '') : '',
      command: commandOf(diagnostic),
      action: 'failed',
    };
  });
}

export const generic: Format = {
  id: 'generic',
  detect: () => true,
  parse: genericFindings,
};
