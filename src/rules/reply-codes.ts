// SMTP basic reply codes (RFC 5321 §4.2), the last resort when neither the words (generic.ts) nor
// an enhanced status code (rfc3463.ts) decided. The first digit gives the class: 2yz success,
// 4yz transient, 5yz permanent (decide.ts reads permanence from it).
//
// A basic code says little: RFC 5321 §4.2.2 gives one meaning to 550 for "mailbox not found",
// "no access" and "command rejected for policy reasons" alike. So these rules are cautious, as
// Sisimai is: where a code cannot tell the cause, the reason is `onhold` ("cause unclear"), and a
// bare 550 never becomes a dead address. The SMTP command the reply answered narrows it down when
// the text names it ("in reply to MAIL FROM command").

import type { RuleTable } from '../core/types.ts';

export const replyCodes = {
  id: 'reply-codes',
  rules: [
    {
      id: 'reply-codes/2xx',
      // A failure code elsewhere in the text means the 2xx was only an earlier step of the dialogue.
      when: { replyCode: ['2xx'], notText: [/(?:^|[\s:;(<"'])[45]\d\d[\s-]/] },
      reason: 'delivered',
      explanation: 'RFC 5321 §4.2.1: a 2yz reply is a “positive completion reply”: the requested action was completed.',
      source: 'RFC 5321 §4.2.1',
      examples: ['250 Ok', '250 Message accepted'],
    },
    // --- Refused at a known step of the conversation ---------------------------------------------
    {
      // RFC 5321 §3.3: the reply to MAIL FROM is about the reverse-path (the envelope sender).
      id: 'reply-codes/at-mail-from',
      when: { replyCode: ['5xx'], command: ['MAIL'] },
      reason: 'rejected',
      explanation:
        'The server refused the MAIL FROM command, which carries the envelope sender (RFC 5321 §3.3). A refusal at this step is about your sender address or sending server, not about the recipient.',
      source: 'RFC 5321 §3.3',
      examples: ['host mx.example.net[192.0.2.1] said: 550 Unacceptable (in reply to MAIL FROM command)'],
    },
    {
      // Sisimai: a refusal at the greeting or at HELO/EHLO is "blocked" (it is about the client host).
      id: 'reply-codes/at-connect',
      when: { replyCode: ['5xx'], command: ['CONN', 'HELO'] },
      reason: 'blocked',
      category: 'blocklist',
      explanation:
        'The server refused the connection at its greeting or at HELO/EHLO, before any address was sent (RFC 5321 §3.1, §4.1.1.1). Such a refusal can only be about the connecting host: its IP address, its name or its reputation.',
      source: 'RFC 5321 §3.1',
      examples: ['SMTP error from remote mail server after initial connection: 554 Go elsewhere'],
    },
    // --- Specific codes --------------------------------------------------------------------------
    {
      id: 'reply-codes/421',
      when: { replyCode: ['421'] },
      reason: 'systemerror',
      actor: 'none',
      summary: '{provider} was not available and closed the connection; the sending server will try again.',
      explanation:
        'RFC 5321 §4.2.3: 421 “Service not available, closing transmission channel”. The receiving server is busy, restarting or limiting connections. It is temporary by definition; if it lasts, the words around the code usually say why.',
      source: 'RFC 5321 §4.2.3',
      examples: ['421 mx.example.net closing connection'],
    },
    {
      id: 'reply-codes/450',
      when: { replyCode: ['450'] },
      reason: 'onhold',
      actor: 'none',
      explanation:
        'RFC 5321 §4.2.3: 450 “Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)”. The code alone cannot tell which; the sending server retries.',
      source: 'RFC 5321 §4.2.3',
      examples: ['450 Not now'],
    },
    {
      id: 'reply-codes/451',
      when: { replyCode: ['451'] },
      reason: 'systemerror',
      actor: 'none',
      explanation: 'RFC 5321 §4.2.3: 451 “Requested action aborted: local error in processing”. The receiving server had a passing problem; the sending server retries.',
      source: 'RFC 5321 §4.2.3',
      examples: ['451 Try later'],
    },
    {
      id: 'reply-codes/452',
      when: { replyCode: ['452'] },
      reason: 'systemfull',
      actor: 'none',
      explanation:
        'RFC 5321 §4.2.3: 452 “Requested action not taken: insufficient system storage”. Servers also answer 452 to “too many recipients” (§4.5.3.1.10). Either way it is temporary.',
      source: 'RFC 5321 §4.2.3',
      examples: ['452 Not now'],
    },
    {
      id: 'reply-codes/454',
      when: { replyCode: ['454'] },
      reason: 'securityerror',
      actor: 'none',
      explanation:
        'RFC 3207 §4 and RFC 4954 §6: 454 means “TLS not available due to temporary reason” or “Temporary authentication failure”. A retry usually works.',
      source: 'RFC 3207 §4',
      examples: ['454 Not now'],
    },
    {
      id: 'reply-codes/50x',
      when: { replyCode: ['500', '501', '502', '503', '504', '555'] },
      reason: 'syntaxerror',
      explanation:
        'RFC 5321 §4.2.2 and §4.2.3: 500–504 report a command the server did not recognise, bad parameters, a command not implemented or out of sequence; 555 “MAIL FROM/RCPT TO parameters not recognized or not implemented”. The command came from the sending server. A 503 right after another refusal is only a consequence of it.',
      source: 'RFC 5321 §4.2.3',
      examples: ['502 Not implemented', '500 Command unrecognised'],
    },
    {
      id: 'reply-codes/521',
      when: { replyCode: ['521', '556'] },
      reason: 'notaccept',
      explanation:
        'RFC 7504: 521 “Host does not accept mail” (sent by a server that accepts no mail at all) and 556 “Domain does not accept mail” (the recipient’s domain has a null MX or otherwise declares that it receives no mail).',
      source: 'RFC 7504',
      examples: ['521 mx.example.net', '556 <user@example.com>'],
    },
    {
      // Sisimai treats 523, 524 and 538 as STARTTLS failures (reason/why-failedstarttls.go).
      id: 'reply-codes/tls',
      when: { replyCode: ['523', '524', '538'] },
      reason: 'failedstarttls',
      explanation: 'RFC 5248 and RFC 4954: 523 “Encryption needed”, 538 “Encryption required for requested authentication mechanism”. The connection had to be encrypted and was not.',
      source: 'RFC 4954',
      examples: ['538 Not accepted'],
    },
    {
      id: 'reply-codes/525',
      when: { replyCode: ['525'] },
      reason: 'suspend',
      explanation: 'RFC 5248: 525 goes with X.7.13 “User Account Disabled”: the account exists but is switched off.',
      source: 'RFC 5248',
      examples: ['525 <user@example.com>'],
    },
    {
      id: 'reply-codes/530',
      when: { replyCode: ['530', '534', '535'] },
      reason: 'securityerror',
      category: 'authentication',
      actor: 'sender',
      summary: '{provider} requires an SMTP login, or refused the one it got.',
      explanation:
        'RFC 4954 §6: 530 “Authentication required”, 534 “Authentication mechanism is too weak”, 535 “Authentication credentials invalid”. These answer a program or server that submits mail, for example an app sending through an ESP’s SMTP relay.',
      steps: { sender: ['Check the SMTP login your app or website uses (username, password or API key, port and TLS setting) against your ESP’s documentation.', 'Resend once the login works.'] },
      source: 'RFC 4954 §6',
      examples: ['530 Not accepted', '535 Not accepted'],
    },
    {
      id: 'reply-codes/550',
      when: { replyCode: ['550'] },
      reason: 'onhold',
      explanation:
        'RFC 5321 §4.2.2: 550 “Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)”. The code alone cannot tell an unknown address from a policy block, so do not remove the address on a bare 550.',
      source: 'RFC 5321 §4.2.3',
      examples: ['550 Not delivered'],
    },
    {
      id: 'reply-codes/551',
      when: { replyCode: ['551'] },
      reason: 'hasmoved',
      explanation: 'RFC 5321 §3.4 and §4.2.3: 551 “User not local; please try <forward-path>”: the mailbox is not (or no longer) on this server.',
      source: 'RFC 5321 §3.4',
      examples: ['551 Not here'],
    },
    {
      id: 'reply-codes/552',
      when: { replyCode: ['552'] },
      reason: 'mailboxfull',
      explanation: 'RFC 5321 §4.2.3: 552 “Requested mail action aborted: exceeded storage allocation”, usually a full mailbox.',
      source: 'RFC 5321 §4.2.3',
      examples: ['552 Not delivered'],
    },
    {
      // 553 "mailbox name not allowed" applies to whichever address the command carried.
      id: 'reply-codes/553-rcpt',
      when: { replyCode: ['553'], command: ['RCPT'] },
      reason: 'userunknown',
      explanation: 'RFC 5321 §4.2.3: 553 “Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)”, answered to RCPT TO, so about the recipient address.',
      source: 'RFC 5321 §4.2.3',
      examples: ['host mx.example.net[192.0.2.1] said: 553 Not allowed (in reply to RCPT TO command)'],
    },
    {
      id: 'reply-codes/553',
      when: { replyCode: ['553'] },
      reason: 'onhold',
      explanation: 'RFC 5321 §4.2.3: 553 “Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)”. Without the command it answered, it may concern the sender or the recipient address.',
      source: 'RFC 5321 §4.2.3',
      examples: ['553 Not allowed'],
    },
    {
      id: 'reply-codes/554',
      when: { replyCode: ['554'] },
      reason: 'onhold',
      explanation: 'RFC 5321 §4.2.3: 554 “Transaction failed” (or “No SMTP service here” as a greeting). The code alone does not say why.',
      source: 'RFC 5321 §4.2.3',
      examples: ['554 Not delivered'],
    },
    // --- Class fallbacks ---------------------------------------------------------------------------
    {
      id: 'reply-codes/4xx',
      when: { replyCode: ['4xx'] },
      reason: 'onhold',
      explanation: 'RFC 5321 §4.2.1: a 4yz reply is a “transient negative completion reply”: “the error condition is temporary, and the action may be requested again.”',
      source: 'RFC 5321 §4.2.1',
      examples: ['441 Not now'],
    },
    {
      id: 'reply-codes/5xx',
      when: { replyCode: ['5xx'] },
      reason: 'onhold',
      explanation: 'RFC 5321 §4.2.1: a 5yz reply is a “permanent negative completion reply”: the same request will fail again.',
      source: 'RFC 5321 §4.2.1',
      examples: ['571 Not delivered'],
    },
  ],
} satisfies RuleTable;
