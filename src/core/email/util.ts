// Small text helpers shared by the email decoders.

/** An email address (RFC 5321 §4.1.2 Mailbox, loosely: quoted local parts and IP literals included). */
export const ADDRESS_SOURCE = String.raw`(?:"[^"\n]+"|(?<![^\s<>()"',;:\[\]@])[^\s<>()"',;:\[\]@]+)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9a-fA-F.:]+\])`;
const ADDRESS_ONE = new RegExp(ADDRESS_SOURCE);
// White space only where it cannot be split between neighbours (no `\s*\s*`): such patterns
// backtrack polynomially on long runs of spaces.
const ADDRESS_ONLY = new RegExp(`^\\s*(?:<\\s*)?(${ADDRESS_SOURCE})(?:\\s*>)?(?:\\s*:)?\\s*$`);

/** The first address in a text, without angle brackets or a trailing dot; '' when none. */
export function firstAddress(text: string): string {
  // Every address has an "@": most lines have none, and the pattern is costly to try at each position.
  if (!text.includes('@')) return '';
  const m = ADDRESS_ONE.exec(text);
  return m ? cleanAddress(m[0]) : '';
}

/** The address when the line is only an address (`<a@b>`, `a@b:`), else ''. */
export function addressLine(line: string): string {
  if (!line.includes('@')) return '';
  const m = ADDRESS_ONLY.exec(line.replace(/^(\s*)"([^"\s@]+@[^"\s]+)"/, '$1$2'));
  return m?.[1] ? cleanAddress(m[1]) : '';
}

export function cleanAddress(a: string): string {
  let s = a.trim().replace(/^mailto:/i, '').replace(/^<+|(?<![>.,;:])[>.,;:]+$/g, '');
  // Quotes around the whole address go; a quoted local part ("a..b"@example.org) stays.
  if (/^["'][^"'@]+@[^"']+["']$/.test(s)) s = s.slice(1, -1);
  else if (/^'/.test(s) && !/^'[^']*'@/.test(s)) s = s.slice(1);
  return s.replace(/(?<!')'+$/, '');
}

/** A plausible mailbox: a local part, one @, and a domain with a dot (or an IP literal). */
export function isAddress(a: string): boolean {
  return /^(?:"[^"]+"|[^\s@"]+)@(?:[^\s@.]+\.[^\s@]+|\[[0-9a-f.:]+\])$/i.test(a);
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).replace(/(?<![\]>])[\]>]+$/, '').toLowerCase();
}

/** White space other than a space, or a space followed by more white space: what `\s+` → ' ' would change. */
const NEEDS_FOLDING = /[^\S ]| \s/;

/** Joins lines into one, folding white space (RFC 5322 unfolding plus wrapped prose). */
export function oneLine(text: string): string {
  // Most lines hold single spaces only: finding none to fold costs a scan, folding builds a new string.
  return NEEDS_FOLDING.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

// SMTP command a reply answered, as MTAs word it: Postfix "(in reply to RCPT TO command)" and
// "while sending MAIL FROM", Exim "after RCPT TO:", sendmail ">>> RCPT To:", qmail "most progress
// was RCPT TO response", DragonFly "did not like our RCPT TO". CONN: refused before any command
// (the greeting), which Postfix words "refused to talk to me" (RFC 5321 §3.1, 554 greeting).
const COMMANDS: Array<[RegExp, string]> = [
  [/in reply to (?:the )?(?:end of data|data)\b|after (?:end of )?data\b|after end of message|>>> data\b|>>> \.$|while sending (?:message body|end of data|data)|in reply to end of data|\bour (?:final )?data\b/i, 'DATA'],
  [/in reply to (?:the )?rcpt\b|after rcpt\b|\bsmtp:rcpt\b|>>> rcpt\b|rcpt to (?:response|command)|progress was rcpt|while sending rcpt|\bour rcpt\b|\brcpt to:?\s*<[^>]*>\s*(?:\.\.\.|:)/i, 'RCPT'],
  [/in reply to (?:the )?mail\b|after mail\b|>>> mail\b|mail from (?:response|command)|progress was mail|while sending mail from|\bour mail from\b/i, 'MAIL'],
  [/in reply to (?:the )?(?:helo|ehlo|lhlo)\b|after (?:helo|ehlo|lhlo)\b|>>> (?:helo|ehlo)\b|(?:helo|ehlo) (?:response|command|handshake)|my name was rejected|\bour (?:helo|ehlo)\b/i, 'HELO'],
  [/in reply to (?:the )?starttls\b|after starttls\b|>>> starttls\b|while (?:performing|sending) (?:the )?starttls/i, 'STARTTLS'],
  [/\b(?:initial connection|after connect(?:ing)?|while connecting|connection refused|refused to talk to me|(?:initial )?server greeting|smtp greeting|banner)\b/i, 'CONN'],
];

/** RCPT, MAIL, DATA, HELO, STARTTLS or CONN, when the text says which command failed; else ''. */
export function commandOf(text: string): string {
  for (const [re, name] of COMMANDS) if (re.test(text)) return name;
  return '';
}

/** Host without brackets, port or trailing dot, lower case. */
export function cleanHost(host: string): string {
  return host.trim().replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}
