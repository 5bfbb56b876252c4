// Cheap tests that decide whether text is worth reading at all (architecture.md "Data flow").
//
// QUICK runs over a whole subtree's textContent before any tree walk: the signals of an SMTP
// failure (RFC 5321 §4.2 reply code before an RFC 3463 enhanced status code, a lone 4.x.x/5.x.x
// status; RFC 3463 §3 subjects are 0 to 7, which keeps version numbers such as 4.16.55 out), plus the few failure words that come without codes (Gmail's "DNS Error ... NXDOMAIN",
// Brevo's "Unable to find MX", DSN fields). It is case-sensitive with explicit variants: an /i
// alternation of phrases costs 5 ms per MB of text, this one 1.5 ms (measured with node 20).
export const QUICK =
  /[45]\d\d[ -]+#?[245]\.[0-7]\.\d|[45]\.[0-7]\.\d{1,3}\b|said: ?[45]\d\d|NXDOMAIN|DNS [Ee]rror|[Uu]ndeliver|[Dd]iagnostic-[Cc]ode|[Uu]ser [Uu]nknown|[Mm]ailbox (?:[Uu]navailable|[Ff]ull)|[Nn]o such user|[Dd]omain (?:name )?not found|[Uu]nable to find MX|[Ss][Mm][Tt][Pp];/;

/**
 * A line the generic finder reads: it carries a reply and status code, or a reply code where a
 * server's reply starts (at the line's start, after "said:", "smtp;", "#"), or a status code at the
 * line's start (an ESP log's "5.1.1 The email account …"), or the words of a server's refusal.
 * A number in prose ("12 items at 550 each") is none of these.
 */
export const LINE =
  /(?:^|[^\w.])[45]\d\d[ -]+#?[245]\.[0-7]\.\d{1,3}(?![\d.]\d)|(?:^\W{0,3}|said:\s*|smtp; ?|#)[45]\d\d[ :-]+(?=[A-Za-z#<(["'])|^\W{0,3}[45]\.[0-7]\.\d{1,3}(?![\d.]\d)[ :]+\S|\bnxdomain\b|\bunable to find mx\b|user unknown|no such user|mailbox (?:unavailable|full|not found)|domain (?:name )?not found|\bsmtp; ?[45]\d\d/i;

/** A bare reply code alone on a line: the reply continues on the next one ("550<br>5.7.606 …"). */
export const BARE_CODE = /(?:^|[\s;:])[45]\d\d-?$/;

/** RFC 5321 §4.2.1 multiline reply: every line but the last has a hyphen after the code. */
export const CONTINUED = /^\s*([45]\d\d)-/;

/** A line that names the answering server and ends in a colon (Postfix "host mx.example.net[192.0.2.1] said:"). */
export const LEAD_IN = /\b(?:host|server)\s+[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?!\.?[a-z0-9-])(?:(?!\b(?:host|server)\s)[^\n])*:[ \t]*(?:smtp;[ \t]*)?$/i;

export const ADDRESS = /(?<![a-z0-9.!#$%&'*+/=?^_`{|}~-])[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}/i;
export const ADDRESS_ONLY = new RegExp(`^<?${ADDRESS.source}>?$`, 'i');

/** Words of an ESP log's failure events (events.ts), for pages whose failure rows may hold no code. */
export const EVENT_WORDS = /[Bb]ounce|BOUNCE|[Bb]lock|[Dd]efer|[Ff]ail|FAIL|[Dd]elay|[Tt]ransient|[Rr]eject|[Oo]ut of [Bb]and/;
