// Pulls the machine-readable parts out of a bounce text: the SMTP reply code (RFC 5321 §4.2),
// the enhanced status code (RFC 3463), provider codes, IP addresses, the answering host,
// the SMTP command the reply answered, and the recipient.
// All offsets are into the text as given, so they can be shown as evidence.

export interface Found {
  value: string;
  start: number;
  end: number;
}

export interface Extracted {
  replyCode?: Found;
  status?: Found;
  providerCodes: Found[];
  ips: Found[];
  hosts: Found[];
  command: string;
  recipient?: Found;
}

// A reply code stands at the start of a reply: at the start of the text or after a wrapper
// (`smtp;`, `said:`, `(reason:`, `<<<`, `#`). Octets of an IP ("192.0.2.250") never qualify.
const REPLY_WITH_STATUS = /(?:^|[\s;:(<"'[=#])([245]\d\d)[ -]+#?([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/g;
const REPLY = /(?:^|[\s;:(<"'[=#])([245]\d\d)(?!\.\d{1,3}\.\d)(?=[\s-]|$|\.\d|[;,:)])/g;
const STATUS = /(?<![\w.])#?([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/g;
const IPV4 = /(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)/g;
const IPV6 = /\[(?:ipv6:)?([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})\]/gi;
const HOST_NAME = '((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,10}[a-z]{2,24})';
const HOST_PATTERNS: RegExp[] = [
  new RegExp(`\\bhost\\s+${HOST_NAME}\\.?\\s*(?:\\[|said|:|\\()`, 'gi'), // Postfix, Exim
  new RegExp(`remote-mta:\\s*dns;\\s*${HOST_NAME}`, 'gi'), // RFC 3464
  new RegExp(`\\[${HOST_NAME}(?:\\]|\\s)`, 'gi'), // Microsoft appends [HOST.prod.outlook.com ...]
  new RegExp(`\\b(?:mx|mta|smtp|mail)[-.\\w]{0,40}?\\s?(?:host|server)?\\s?\\(${HOST_NAME}\\)`, 'gi'),
  new RegExp(`\\bfrom\\s+(?:remote\\s+)?(?:server|host)\\s+\\[?${HOST_NAME}`, 'gi'),
];
const COMMANDS: Array<[RegExp, string]> = [
  [/in reply to (?:the )?(?:rcpt to|rcpt)\b|after rcpt to\b|rcpt to:<[^<>]*>.{0,3}<<</i, 'RCPT'],
  [/in reply to (?:the )?(?:mail from|mail)\b|after mail from\b/i, 'MAIL'],
  [/in reply to (?:the )?(?:end of data|data)\b|after (?:end of )?data\b|after end of message\b/i, 'DATA'],
  [/in reply to (?:the )?(?:helo|ehlo|lhlo)\b|after (?:helo|ehlo)\b/i, 'HELO'],
  [/\b(?:initial connection|after connect(?:ing)?|while connecting|connect to\b)/i, 'CONN'],
];
// Bounded repetitions and a boundary before the local part keep this linear on long runs of text.
const ADDRESS = /(?<![a-z0-9.!#$%&'*+/=?^_`{|}~-])([a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})(?![a-z0-9-])/gi;
// The envelope sender is not the recipient (Exim: `after MAIL FROM:<a@b>`; Postfix: `Sender address rejected`).
const SENDER_BEFORE = /(?:mail from:?\s*<?|sender(?: address)?[^a-z@]{0,12}(?:rejected)?[^a-z@]{0,4}<?)$/i;

function all(re: RegExp, text: string, group = 1): Found[] {
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[group];
    if (value === undefined) continue;
    const start = m.index + m[0].indexOf(value);
    out.push({ value, start, end: start + value.length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

// An address in brackets or after "IP", "from", "client"... is more likely the sending IP than a
// dotted number such as Yahoo's "4.16.55.1" rule version (providers.md §5).
function ipNamed(text: string, f: Found): boolean {
  const before = text.slice(Math.max(0, f.start - 16), f.start).toLowerCase();
  return /[[(]\s*(?:ipv6:)?$|\b(?:ip|from|client|host|address|sender|mta)\b[^a-z0-9]*$/.test(before);
}

function validIpv4(ip: string): boolean {
  return ip.split('.').every((o) => Number(o) <= 255);
}

/** The first match's group (what `all(re, text, group)[0]` gives), without collecting the rest. */
function first(re: RegExp, text: string, group = 1): Found | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[group];
    if (m[0].length === 0) re.lastIndex++;
    if (value === undefined) continue;
    const start = m.index + m[0].indexOf(value);
    return { value, start, end: start + value.length };
  }
  return undefined;
}

// Global copies of the providers' code patterns, made once per pattern.
const globalCopies = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

export function extract(text: string, codePatterns: readonly RegExp[] = []): Extracted {
  const paired = first(REPLY_WITH_STATUS, text, 1);
  let replyCode: Found | undefined;
  let status: Found | undefined;
  if (paired) {
    replyCode = paired;
    status = first(REPLY_WITH_STATUS, text, 2);
  } else {
    replyCode = first(REPLY, text);
    status = first(STATUS, text);
  }

  const providerCodes: Found[] = [];
  for (const re of codePatterns) {
    for (const f of all(globalOf(re), text)) {
      if (!providerCodes.some((p) => p.start === f.start)) providerCodes.push(f);
    }
  }
  providerCodes.sort((a, b) => a.start - b.start);

  const ips = [...all(IPV4, text).filter((f) => validIpv4(f.value)), ...all(IPV6, text)]
    .filter((f) => !(status && f.start <= status.start && f.end >= status.end))
    .map((f) => ({ f, named: ipNamed(text, f) }))
    .sort((a, b) => Number(b.named) - Number(a.named) || a.f.start - b.f.start)
    .map((x) => x.f);

  const hosts: Found[] = [];
  for (const re of HOST_PATTERNS) {
    for (const f of all(re, text)) {
      const value = f.value.toLowerCase();
      if (!/[a-z]/.test(value.split('.').slice(-1)[0] ?? '')) continue;
      if (!hosts.some((h) => h.value === value)) hosts.push({ ...f, value });
    }
  }

  let command = '';
  for (const [re, name] of COMMANDS) {
    if (re.test(text)) {
      command = name;
      break;
    }
  }

  const recipient = all(ADDRESS, text).find((a) => !SENDER_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)));

  return { replyCode, status, providerCodes, ips, hosts, command, recipient };
}
