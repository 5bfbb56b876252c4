// "Draft a message to my ESP": a ready escalation for a bounce the ESP must fix (a shared IP's
// reputation or block listing; contract.md "actor"). Pure: the caller passes the current time.
// What an ESP's support needs to act (every ESP's abuse/deliverability desk asks for the same):
// the exact bounce line, when it happened, the receiving domain, the sending IP, and the ask.

import type { Verdict } from './types.ts';

export interface EscalationInput {
  verdict: Verdict;
  /** The bounce text as the user had it. */
  text: string;
  /** When it bounced (ISO 8601 or an RFC 5322 date); otherwise `now` is used and said so. */
  date?: string;
  now: Date;
  /** Recipient address or domain; only the domain is written (the ESP needs no address). */
  recipient?: string;
  /** The sending IP when known from elsewhere (an ESP event's `ip` field). */
  ip?: string;
  /** The ESP's name when known (from a pasted ESP event). */
  espName?: string;
}

export interface Escalation {
  subject: string;
  body: string;
  /** Subject and body as one text, ready for the clipboard. */
  text: string;
}

const IPV4 = String.raw`(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}`;
// Words that put the *sending* IP next to them; "host mx.example.org[192.0.2.1]" is the receiver's.
const SENDING_IP = new RegExp(
  String.raw`(?:\bmessages? from|\bmail from|\bclient host|\bclient|\bsending ip|\bbanned sender|\bmail server|\bconnecting ip|\bsource ip|\bip address|[?&\s]ip(?:\s*[=:])?|\bfrom)\s*\[?(${IPV4})(?![\d.])`,
  'gi',
);
const ANY_IP = new RegExp(String.raw`(?<![\w.\[])\[?(${IPV4})(?![\d.])`, 'g');

/** The sending IP named in a bounce text, if it names one unambiguously. */
export function sendingIpIn(text: string): string | undefined {
  const near = SENDING_IP.exec(text);
  SENDING_IP.lastIndex = 0;
  if (near?.[1]) return near[1];
  // "host mx.example.org [192.0.2.1]:" (Exim, Postfix) names the receiving server, not the sender.
  const receiving = (at: number) => /\bhost\s+[\w.-]+\s*\[?$/i.test(text.slice(Math.max(0, at - 80), at));
  const all = new Set([...text.matchAll(ANY_IP)].filter((m) => !receiving(m.index)).map((m) => m[1]));
  return all.size === 1 ? [...all][0] : undefined;
}

/** "2024-05-06 10:00 UTC" for a parsable date, the text itself otherwise. */
export function formatDate(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const domainOf = (r: string | undefined): string => (r ? (r.split('@').pop() ?? '').trim().toLowerCase().replace(/[>\s][\s\S]*$/, '') : '');

/** Provider-specific remediation the IP owner can request (providers.md §2, §3, §5, §12, §16). */
const PROVIDER_ASK: Record<string, string> = {
  apple: 'Please request a reset of the IP’s statistics at Cloudmark Sender Intelligence, whose data feeds Apple’s filtering, and if the block persists, contact icloudadmin@apple.com as the IP owner.',
  microsoft: 'Please request delisting through Microsoft’s sender support (the Outlook.com sender support form, or sender.office.com for a banned IP) and check the IP in SNDS and JMRP.',
  yahoo: 'Please check the IP’s complaint rate through Yahoo’s Complaint Feedback Loop and open a sender support request with Yahoo.',
  spamhaus: 'Please look the IP up at Spamhaus and request removal once the cause is fixed.',
  google: 'Please check the IP’s reputation and spam rate in Google Postmaster Tools.',
  proofpoint: 'Please look the IP up at Proofpoint (ipcheck.proofpoint.com) and request removal.',
  cloudmark: 'Please request a reset of the IP’s statistics at Cloudmark Sender Intelligence.',
};

function categoryAsk(v: Verdict, where: string): string {
  switch (v.category) {
    case 'reputation':
      return `Please move my mail${where} to a sending IP or pool with a good reputation, at least until this IP recovers.`;
    case 'blocklist':
      return `Please move my mail${where} to an IP that is not listed, and have this IP removed from the list once the cause is found.`;
    case 'authentication':
      return 'Please fix the reverse DNS (PTR) record of the sending IP: it must name a host whose name resolves back to the same IP.';
    case 'tls':
      return `Please make sure your servers use TLS (STARTTLS) with a current protocol and certificate when sending${where}.`;
    case 'rate_limit':
      return `Please lower the sending rate or the number of connections from this IP${where}.`;
    default:
      return `Please find out why mail from this IP is refused${where} and fix it on your side.`;
  }
}

/** The escalation text for a verdict whose actor is the ESP. */
export function draftEscalation(input: EscalationInput): Escalation {
  const { verdict: v, now } = input;
  const domain = domainOf(input.recipient ?? v.recipient);
  const ip = input.ip ?? sendingIpIn(input.text);
  const provider = v.providerName ?? (v.provider ? v.provider : '');
  const code = v.providerCode || v.status || v.replyCode;
  const where = domain ? ` to ${domain}` : provider ? ` to ${provider} addresses` : '';
  const line = input.text.replace(/\s+/g, ' ').trim().slice(0, 1000);
  const subject = `${v.permanence === 'temporary' ? 'Deferrals' : 'Bounces'}${where}: ${v.title || v.category}${code ? ` (${code})` : ''}${ip ? ` from ${ip}` : ''}`;

  const facts = [
    `- Date: ${input.date ? formatDate(input.date) : `${formatDate(now)} (when I saw it)`}`,
    `- Recipient domain: ${domain || (provider ? `not shown in the bounce (receiving provider: ${provider})` : 'not shown in the bounce')}`,
    `- Sending IP: ${ip ?? 'not shown in the bounce; please look it up in your logs for this message'}`,
    ...(provider ? [`- Receiving provider: ${provider}${v.providerCode ? `, code ${v.providerCode}` : ''}`] : []),
    ...(v.status ? [`- Enhanced status: ${v.status}`] : []),
  ];
  const asks = [categoryAsk(v, where), ...(v.provider && PROVIDER_ASK[v.provider] ? [PROVIDER_ASK[v.provider]!] : [])];
  asks.push(`Please tell me whether other traffic on the shared IP caused this, and whether I should pause mail${where} until it is fixed.`);
  const links = v.links.map((l) => `- ${l.label}: ${l.url}`);

  const body = [
    `Hello${input.espName ? ` ${input.espName}` : ''} support,`,
    '',
    `My mail${where} is being ${v.permanence === 'temporary' ? 'deferred' : 'refused'}, and the bounce blames the sending IP rather than this message or this address. I send from your shared IP pool, so the IP’s reputation is in your hands. This is the bounce:`,
    '',
    `  ${line}`,
    '',
    ...facts,
    '',
    `What it means: ${v.summary}`,
    ...(v.permanence === 'temporary' ? ['', 'For now these are deferrals and your servers retry, but they turn into bounces if it lasts.'] : []),
    '',
    'Could you please:',
    ...asks.map((a, i) => `${i + 1}. ${a.replace(/^Please /, '').replace(/^./, (c) => c.toUpperCase())}`),
    ...(links.length ? ['', 'Official pages for this:', ...links] : []),
    '',
    'Thank you,',
  ].join('\n');
  return { subject, body, text: `Subject: ${subject}\n\n${body}\n` };
}
