// Microsoft Exchange and Exchange Online / Office 365 notices (learn.microsoft.com "What's
// included in an NDR"; pages.md §2):
// - 2007 and later: "Delivery has failed to these recipients or groups:" with the plain-language
//   cause, then "Diagnostic information for administrators:", "Generating server: X", and per
//   recipient the address followed by `#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##` or
//   `Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; ...'`;
// - the 2019+ layout: "Your message to X couldn't be delivered." ... "Status code: 550 5.7.133";
// - Exchange 2000/2003: "did not reach the following recipient(s):", then `rcpt on DATE` and the
//   indented reason with an `MSEXCH:IMS:...` line.

import type { Reason } from '../../types.ts';
import type { Finding, Format, Input } from '../types.ts';
import { addressLine, cleanHost, firstAddress, oneLine } from '../util.ts';

const ADMIN = /^Diagnostic information for administrators:?\s*$/im;
const GENERATING = /^Generating server:\s*(\S+)/im;
const RETURNED = /Remote Server returned '([^']*)'?/i;
const HASH_REPLY = /#\s*([45]\d\d[ -]#?[245]\.\d{1,3}\.\d{1,3}[^#]*)##/;
const FAILED_LIST = /^(?:Delivery has failed to these recipients or (?:groups|distribution lists)|.*rejected your message to the following e-?mail addresses):?[ \t]*$/im;
const EX2003 = /(?:did not reach the following recipient\(s\)|The following recipient\(s\) could not be reached):?\s*$/im;
const NEW_LAYOUT = /Your message to\s+([^\s@]+@\S+?)\s+couldn't be delivered/i;
// The new layout's "Error Details" section quotes the whole reply ("Reported error: 550 5.1.10
// RESOLVER.ADR.RecipientNotFound; ..."), where "Status code:" gives only the codes.
const REPORTED = /(?:^|\n)Reported error:[ \t]*([45]\d\d[ -][\s\S]*?)(?=\n[ \t]*\n|\n[A-Z][\w ]{2,40}:|$)/i;
// Exchange's words for a remote RCPT TO refusal it relays: "Remote server returned unknown
// recipient or mailbox unavailable -> 550 <the remote's reply naming the address>" (Sisimai
// Lhost::Office365 $recommands reads the command RCPT from it).
const RCPT_RELAYED = 'unknown recipient or mailbox unavailable ->';

/** The relayed reply after the arrow names an address. Plain string search: no backtracking. */
function relayedRcpt(diagnostic: string): boolean {
  // A part whose MIME header is malformed reaches us still quoted-printable: join soft breaks.
  const text = diagnostic.replace(/=[ \t\n]+/g, '').toLowerCase();
  const at = text.indexOf(RCPT_RELAYED);
  return at >= 0 && text.includes('@', at + RCPT_RELAYED.length);
}

/** `Name<mailto:a@b>`, `a@b (a@b)<mailto:a@b>` or a bare address at the start of a line. */
function listedAddress(line: string): string {
  const t = line.trim();
  return addressLine(t) || (/^[^\s@]+@\S+\s*\(|<mailto:/i.test(t) ? firstAddress(t.replace(/^[^<]*<mailto:/i, '')) : '');
}

function replyOf(text: string): string {
  const r = RETURNED.exec(text);
  if (r) return (r[1] ?? '').trim();
  const h = HASH_REPLY.exec(text);
  return h ? (h[1] ?? '').trim() : '';
}

function adminSection(body: string): Finding[] {
  const m = ADMIN.exec(body);
  if (!m) return [];
  const section = body.slice(m.index + m[0].length);
  const out: Finding[] = [];
  let cur: { recipient: string; lines: string[] } | null = null;
  const flush = () => {
    if (cur) out.push({ recipient: cur.recipient, diagnostic: replyOf(oneLine(cur.lines.join(' '))) || oneLine(cur.lines.join(' ')) });
    cur = null;
  };
  for (const line of section.split('\n')) {
    if (/^Original message headers:/i.test(line)) break;
    if (GENERATING.test(line)) continue;
    const a = addressLine(line);
    if (a) {
      flush();
      cur = { recipient: a, lines: [] };
    } else if (cur && line.trim()) cur.lines.push(line.trim());
  }
  flush();
  // "Generating server" is the reporting one; the answering host is named only inside the reply.
  return out.map((f) => ({
    ...f,
    rhost: /\[([a-z0-9.-]+\.[a-z]{2,})[\s\]]/i.exec(f.diagnostic)?.[1]?.toLowerCase() ?? '',
    ...(relayedRcpt(f.diagnostic) ? { command: 'RCPT' } : {}),
  }));
}

function failedList(body: string): Finding[] {
  const m = FAILED_LIST.exec(body);
  if (!m) return [];
  const rest = body.slice(m.index + m[0].length).split('\n');
  const out: Finding[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = listedAddress(rest[i] ?? '');
    if (!a) {
      if (out.length && rest[i]?.trim()) break;
      continue;
    }
    // The explanation follows the list: the next paragraph.
    const para = rest.slice(i + 1).join('\n').replace(/^[ \t]*[^\s@]*@.*\n/gm, '').trim().split(/\n\s*\n/)[0] ?? '';
    out.push({ recipient: a, diagnostic: oneLine(para) });
  }
  return out;
}

// Exchange 2000/2003 append an internal status to the MSEXCH line, e.g. `MSEXCH:IMS:... 0 (000C05A6)`:
// 000C05A6 is "Unknown Recipient" (the recipient name is not in the directory), 000C0595
// "Ambiguous Recipient" (Sisimai Lhost::Exchange2003 $ErrorCodes, BSD-2-Clause).
const EX2003_CODES: Record<string, Reason> = { '000C05A6': 'userunknown', '000C0595': 'filtered' };

function ex2003Finding(recipient: string, lines: string[]): Finding {
  const diagnostic = oneLine(lines.join(' '));
  const code = /\bMSEXCH:(?:(?!msexch:)[^\n])*?\(([0-9A-F]{8})\)/i.exec(diagnostic)?.[1]?.toUpperCase() ?? '';
  const reason = EX2003_CODES[code];
  return reason ? { recipient, diagnostic, formatReason: reason } : { recipient, diagnostic };
}

function exchange2003(body: string): Finding[] {
  const m = EX2003.exec(body);
  if (!m) return [];
  const out: Finding[] = [];
  let cur: { recipient: string; lines: string[] } | null = null;
  for (const line of body.slice(m.index + m[0].length).split('\n')) {
    const head = /^\s*([^\s@]+@\S+)\s+on\s+.+/.exec(line) ?? (/^\S/.test(line) && addressLine(line) ? [line, addressLine(line)] : null);
    if (head) {
      if (cur) out.push(ex2003Finding(cur.recipient, cur.lines));
      cur = { recipient: firstAddress(head[1] ?? ''), lines: [] };
    } else if (cur && /^\s+\S/.test(line) && !/^\s*The MTS-ID|^;l=/i.test(line)) cur.lines.push(line.trim());
  }
  if (cur) out.push(ex2003Finding(cur.recipient, cur.lines));
  return out;
}

function newLayout(body: string): Finding[] {
  const m = NEW_LAYOUT.exec(body);
  if (!m) return [];
  const reported = oneLine(REPORTED.exec(body)?.[1] ?? '');
  const status = reported || (/Status code:\s*([45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}[^\n]*)/i.exec(body)?.[1] ?? '');
  // The cause is the next paragraph ("X wasn't found at example.net.").
  const after = body.slice(m.index + m[0].length).split(/\n\s*\n/).slice(1);
  const cause = after.map((p) => p.trim()).find((p) => p.length > 3) ?? '';
  return [{ recipient: firstAddress(m[1] ?? ''), diagnostic: oneLine(status ? `${status} ${cause}` : cause) }];
}

export const exchange: Format = {
  id: 'exchange',
  detect: (input: Input) => ADMIN.test(input.body) || FAILED_LIST.test(input.body) || EX2003.test(input.body) || NEW_LAYOUT.test(input.body),
  parse(input: Input): Finding[] {
    const admin = adminSection(input.body);
    const listed = failedList(input.body);
    const found = admin.length ? admin : listed.length ? listed : exchange2003(input.body);
    const all = found.length ? found : newLayout(input.body);
    // Prefer the administrators' reply text, but keep the plain-language cause when it has none.
    return all.map((f) => {
      const plain = listed.find((l) => l.recipient.toLowerCase() === f.recipient.toLowerCase());
      const diagnostic = f.diagnostic || plain?.diagnostic || '';
      return { ...f, diagnostic, rhost: cleanHost(f.rhost ?? ''), action: 'failed' };
    });
  },
};
