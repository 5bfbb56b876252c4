// Where the returned original message starts inside a single-part notice. MTAs that send no
// MIME structure append the original after a marker line; everything after it is the sender's
// own mail and must not be read as the notice (its To: and body would look like recipients).
// Markers from set-of-emails samples and the MTAs' sources: Exim (deliver.c "This is a copy of
// the message"), qmail (qmail-send.c "--- Below this line is a copy of the message."), sendmail
// ("----- Original message follows -----", "Unsent message follows"), Gmail's old format, GMX,
// Lotus Notes, Exchange ("Original message headers:").

// One alternation, so the body is scanned once; the first marker in the text wins.
const MARKERS = new RegExp(
  [
    String.raw`^-+ ?This is a copy of the message`, // Exim
    String.raw`^--- ?Below this line is a copy of the message`, // qmail
    String.raw`^--- ?Enclosed (?:is|are) a copy of the message`, // qmail variants
    String.raw`^ *-+ ?(?:Original|Unsent|Returned) message (?:follows|headers? follows?)`, // sendmail
    String.raw`^-+ ?Original message ?-+$`, // Gmail (old), Verizon
    String.raw`^-+ ?The header of the original message is following`, // GMX, 1&1
    String.raw`^-+ ?Returned Message ?-+$`,
    String.raw`^\|-+ ?Message text follows`, // Lotus Notes
    String.raw`^Original message headers:$`, // Exchange 2007+
    String.raw`^Content-Type: (?:message\/rfc822|text\/rfc822-headers)`,
    String.raw`^(?:Original message follows|Message headers follow|Below is a copy of the original message|Original Message):?\.?[ \t]*$`, // IMail, DragonFly, OpenSMTPD, Verizon
  ].join('|'),
  'im',
);

// No marker at all (Zoho, some appliances): the original's header block starts after a blank
// line, as three or more header fields in a row (a notice's own "Subject: / Date:" summary has
// fewer). A block whose sender is a mail daemon is a forwarded notice's own header.
const HEADER_AT = /(?:Received|Return-Path|DKIM-Signature|Message-I[dD]|From|Date|MIME-Version|Subject|To):[^\n]*\n(?:[ \t][^\n]*\n)*[A-Za-z][\w-]*:/y;
/**
 * A blank line followed by a line that starts as one of HEADER_AT's field names does (it is
 * case-sensitive). Found by one native scan: a loop over every line ran ~40 ns per line in
 * JavaScript, 0.4 s on 10 MB of blank lines (bench-input --hostile).
 */
const BLANK_THEN_FIELD = /\n[ \t]*\n(?=[RDMFST])/g;
const NOTICE_HEADER = /^(?:From:.*(?:mailer-daemon|postmaster|mail delivery)|Subject:.*(?:returned mail|undeliver|failure|delivery status))/im;

/**
 * The first header block after a blank line (`\n[ \t]*\n`). The blank lines are found first and
 * the block tested there (a sticky pattern): a lookbehind at the head of a pattern is tried at
 * every position of the body, one of the costliest steps of a 10 MB mailbox (bench-input).
 */
function headerBlockStart(body: string): number {
  let from = 0; // a rejected block is not searched again (as a /g pattern resumes after its match)
  BLANK_THEN_FIELD.lastIndex = 0;
  // After a match the scan resumes past its second line end, which is followed by a letter, so
  // no blank line is skipped.
  for (let m = BLANK_THEN_FIELD.exec(body); m; m = BLANK_THEN_FIELD.exec(body)) {
    const at = m.index + m[0].length;
    if (at < from) continue;
    HEADER_AT.lastIndex = at;
    if (!HEADER_AT.test(body)) continue;
    const head = body.slice(at, body.indexOf('\n\n', at) >>> 0);
    const fields = head.split('\n').filter((l) => /^[A-Za-z][\w-]*:/.test(l)).length;
    if (fields >= 3 && !NOTICE_HEADER.test(head)) return at;
    from = HEADER_AT.lastIndex;
  }
  return -1;
}

/** Index where the original message begins in `body`, or -1. */
export function originalStart(body: string): number {
  const m = MARKERS.exec(body);
  return m ? m.index : headerBlockStart(body);
}

/** Splits a single-part body into the notice and the returned original. */
export function splitOriginal(body: string): { notice: string; original: string } {
  const at = originalStart(body);
  return at < 0 ? { notice: body, original: '' } : { notice: body.slice(0, at), original: body.slice(at) };
}
