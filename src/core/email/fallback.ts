// Last resort for a notice that looks like a bounce (detect.ts) but fits no known format:
// recipients from `X-Failed-Recipients` (Exim, Gmail), addresses standing alone on a line of the
// notice, or the returned original's To:; the diagnostic is the paragraph that carries an SMTP
// reply or status code (RFC 5321 §4.2, RFC 3463), else the notice's first lines.

import { header, parseHeaders } from './headers.ts';
import type { Finding, Input } from './types.ts';
import { addressLine, cleanHost, commandOf, firstAddress, oneLine } from './util.ts';

const CODE = /(?:^|\s)[45]\d\d(?:[\s-]|$)|(?:^|\s|#)[45]\.\d{1,3}\.\d{1,3}\b/;
const HOST_SAID = /\bhost\s+\[?([a-z0-9][a-z0-9.-]*[a-z0-9])\]?\s*(?:\[[^\]]*\])?\s*(?:said|:)/i;

function failedRecipients(input: Input): string[] {
  const list = (input.headers.get('x-failed-recipients') ?? []).flatMap((v) => v.split(','));
  const found = list.map((a) => firstAddress(a)).filter(Boolean);
  if (found.length) return found;
  const alone = input.body.split('\n').map(addressLine).filter(Boolean);
  if (alone.length) return alone;
  const originalHead = parseHeaders(input.original.replace(/^Content-Type:.*\n(?:[ \t].*\n)*\s*\n/i, '').split(/\n\s*\n/)[0] ?? '');
  const to = firstAddress(header(originalHead, 'to'));
  return to ? [to] : [];
}

function diagnosticFor(input: Input, recipient: string): { text: string; coded: boolean } {
  const paras = input.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const withRecipient = paras.find((p) => CODE.test(p) && p.toLowerCase().includes(recipient.toLowerCase()));
  const withCode = withRecipient ?? paras.find((p) => CODE.test(p));
  const chosen = withCode ?? paras.slice(0, 3).join(' ');
  return { text: oneLine(chosen).slice(0, 1000), coded: !!withCode };
}

export function fallbackFindings(input: Input): Finding[] {
  const seen = new Set<string>();
  const recipients = failedRecipients(input).filter((r) => !seen.has(r.toLowerCase()) && !!seen.add(r.toLowerCase()));
  return recipients.map((recipient) => {
    const { text: diagnostic, coded } = diagnosticFor(input, recipient);
    const host = HOST_SAID.exec(diagnostic)?.[1];
    const f: Finding = { recipient, diagnostic, rhost: host ? cleanHost(host) : '', command: commandOf(diagnostic), action: 'failed' };
    // The notice's opening lines are shown, but they are no error message: when no rule reads a
    // cause in them, the reason is Sisimai's "no diagnostic" one (undefined), not onhold.
    if (!coded) f.fallbackReason = 'undefined';
    return f;
  });
}
