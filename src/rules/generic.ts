// Generic phrase rules: what the words of a bounce mean, whatever server wrote them.
//
// Written from the documented meaning of Sisimai's Reason modules (go-sisimai reason/why-*.go and
// p5-sisimai lib/Sisimai/Reason/*.pm, BSD-2-Clause: their lower-case phrase lists and "aligned"
// word pairs), the MTA texts in shared/docs/providers.md §18 (Postfix, Exim, Sendmail, qmail) and the
// standards each rule cites. Each rule gathers many phrasings of one meaning; regular expressions
// stand in for Sisimai's word pairs.
//
// Order follows Sisimai's Reason->find (MailboxFull, MesgTooBig, ExceedLimit, Suspend, HasMoved,
// NoRelaying, AuthFailure, UserUnknown, Filtered, RequirePTR, NotCompliantRFC, BadReputation,
// Rejected, HostUnknown, SpamDetected, Speeding, TooManyConn, Blocked, then its fallback list), with
// two kinds of exceptions: a narrower rule goes before a broader one it would otherwise lose to
// (an SMTP-command-specific rule, a named block list before a generic reputation phrase), and
// non-bounces (complaint reports, auto-replies) come first.
// Permanence comes from the codes unless a rule states it (decide.ts also reads "try again later").

// Word stems inside patterns, foreign-language bounce texts and MTA tokens (not misspellings):
// cspell:ignore authenticat authori bounc refus temporar undeliver verif polic throttl entication ication imum uration haus
// cspell:ignore archivee atteinte boite destinataire dicha existe inconnu limite nessun pleine usuario utente utilisateur
// cspell:ignore badrcptto validrcptto vdeliver rcpthost recipnotfound recipientnotfound recipsizelimit notauthorized authrequired
// cspell:ignore rfcmessagenoncompliant returnc unverifyable zombied overquota diskspace dsns batv couldn doesn wasn

import type { RuleTable, TextPattern } from '../core/types.ts';

/** The recipient's mailbox does not exist (Sisimai UserUnknown, providers.md §18). */
const USER_UNKNOWN: readonly TextPattern[] = [
  /\b(?:user|recipient|mailbox|addressee|alias|account)s? (?:is )?(?:unknown|not (?:found|known|exists?|present|listed))\b/,
  /\bunknown (?:user|recipient|mailbox|alias|addressee|local[- ]?part|e-?mail address|address)\b/,
  /\baddress (?:unknown|does not exist|not present in directory|could not be found|couldn['’]t be found)\b/,
  /\bno such (?:user|recipient|mailbox|address|person|account)\b/,
  /\b(?:user|mailbox|recipient|rcpt|account)\b(?:[^.;:]|\.(?=\w)){0,60}\b(?:does not|doesn['’]t) exist\b/,
  /\b(?:user|recipient)\b(?:[^.;:]|\.(?=\w)){0,60}\bwas not found\b/,
  /\bnot a (?:valid|known) (?:user|mailbox|recipient)\b|\bis not a (?:valid mailbox|known user)\b/,
  /\binvalid (?:recipient|mailbox|user(?:name)?|address|e-?mail address)\b/,
  /\bnon-? ?existent (?:user|recipient|mailbox|address)\b/,
  'userunknown',
  'no mailbox here by that name',
  'no mailbox by that name',
  'no mailbox found',
  'no account by that name',
  'no mail box available for this user',
  'mailbox unavailable',
  'mailbox is unavailable',
  'requested action not taken: no such user',
  'the email account that you tried to reach does not exist',
  'this user doesn’t have a',
  "this user doesn't have a",
  'there is no one at this address',
  'this email address is wrong or no longer valid',
  'destination addresses were unknown',
  'destination server rejected recipients',
  'resolver.adr.recipnotfound',
  'resolver.adr.recipientnotfound',
  'recipient not found by smtp address lookup',
  'badrcptto',
  'not in my validrcptto list',
  'user missing home directory',
  'vdeliver: invalid or unknown virtual user',
  'utilisateur inconnu',
  'no existe dicha persona',
  'no existe ese usuario',
  'nessun utente simile',
];

/** The recipient's domain does not exist or has no route (Sisimai HostUnknown). */
const HOST_UNKNOWN: readonly TextPattern[] = [
  /\b(?:host|domain) (?:is )?unknown\b|\bunknown (?:host|domain)\b/,
  /\bno such (?:domain|host)\b/,
  /\bdomain (?:name )?(?:does not exist|not found|is not reachable|must exist)\b/,
  /\bhost or domain name not found\b|\btype=(?:mx|a|aaaa): host not found\b|\bhost [\w-]+(?:\.[\w-]+)+ not found\b/,
  /\bunroute?able (?:address|mail domain)\b/,
  /\bcouldn['’]t find any host named\b/,
  /\bnxdomain\b/,
  // "553 mail.example.net does not exist": a host name (not the domain of an address) said to be missing.
  /(?<![@\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,} does not exist\b/,
  'name or service not known',
  'illegal host/domain name',
  'invalid domain',
  'mail domain mentioned in email address is unknown',
  'the account or domain may not exist',
];

/** A Null MX (RFC 7505): the domain says it takes no mail, a lasting answer rather than a lookup failure. */
const NULL_MX: TextPattern = /\bnull mx\b|\bdoes(?:n['’]t| not) receive e-?mail\b/;

/** Words that show the reply came before DATA, when no message content had been sent yet. */
const BEFORE_DATA: TextPattern = /in reply to (?:the )?(?:rcpt|mail|helo|ehlo)\b|after (?:rcpt to|mail from|helo|ehlo|initial connection)|refused to talk to me/;

/**
 * Matches (empty) when the text shows no sign of a delivery failure: no 4xx/5xx code, no failure
 * word. Rules whose trigger words also occur in ordinary prose ("policy", "spam", "reputation")
 * list it under `notText`, so that a sentence such as "check your spam folder" is no bounce.
 */
const ORDINARY_TEXT: TextPattern =
  /^(?![\s\S]*(?:\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b|reject|refus|block|\bden(?:y|ied)\b|fail|bounc|undeliver|not (?:be )?delivered|\bdefer|unable|cannot|can['’]t|could(?: not|n['’]t)|\berror|sorry|returned|giv(?:ing|e) up|gave up|expired|timed out|listed|\bunknown\b|does not exist|not found|not (?:allowed|accepted|permitted)|prohibited|illegal|violation|exceed|quota|disabled|suspended|too many|try (?:again|later)|temporar|permanent|no route|lost connection|connection (?:refused|reset)|unreachable|\bsmtp\b|mail server|remote (?:host|server)|said:|diagnostic|status:|following recipient))/;

const SPAMHAUS = { label: 'Spamhaus: check an IP address or domain', url: 'https://check.spamhaus.org/' };
const POSTMASTER_TOOLS = { label: 'Google Postmaster Tools', url: 'https://postmaster.google.com/' };

export const generic = {
  id: 'generic',
  rules: [
    // --- Not bounces ------------------------------------------------------------------------------
    {
      // ARF (RFC 5965) reports start their human part with "This is an email abuse report for ...".
      id: 'generic/abuse-report',
      when: {
        text: [
          /\bthis is an? (?:[\w-]{1,40} ){0,4}(?:abuse|opt-out|authentication[- ]failure|spf\/dkim authentication-failure) (?:report|complaint)\b/,
          /\bemail abuse (?:report|complaint)\b/,
          'feedback-type: abuse',
        ],
      },
      reason: 'feedback',
      source: 'RFC 5965',
      examples: [
        'This is an email abuse report for an email message received from IP 192.0.2.10 on Thu, 2 May 2024 10:00:00 +0000',
        'This is a Example email abuse report for an email message received from IP 198.51.100.7',
      ],
    },
    {
      // RFC 3834 auto-replies; Sisimai Vacation. A DSN status code means it is a real bounce.
      id: 'generic/auto-reply',
      when: {
        text: [
          /\b(?:i am|i['’]m|i will be) (?:currently )?(?:out of (?:the )?office|away|on (?:vacation|holiday|leave|annual leave|parental leave)|traveling|travelling|out of town)\b/,
          /\b(?:automatic|auto)[- ]?reply\b|\bout[- ]of[- ](?:the[- ])?office\b/,
          /\b(?:will|shall) (?:respond|reply|get back to you) (?:to you )?(?:upon|on|after|when) (?:my|i) return/,
          'limited access to email',
          'returning to the office',
        ],
        notText: [/\b[45]\.\d{1,3}\.\d{1,3}\b/, /\b(?:undeliverable|delivery (?:has )?failed|could not be delivered)\b/],
      },
      reason: 'vacation',
      source: 'RFC 3834',
      examples: [
        'I am out of the office until Monday and will reply upon my return.',
        'Automatic reply: I am currently on vacation with limited access to email.',
      ],
    },
    // --- Greylisting: a deliberate first refusal that the retry passes (providers.md §18) -------------
    {
      id: 'generic/greylisting',
      when: { text: [/\bgr[ae]y[- ]?list(?:ed|ing)?\b/, 'postgrey'] },
      reason: 'onhold',
      category: 'greylist',
      permanence: 'temporary',
      actor: 'none',
      title: 'Greylisting (a deliberate first refusal)',
      summary: '{provider} deferred the message on purpose (greylisting); the sending server’s next try will normally be accepted.',
      explanation:
        'Greylisting refuses the first delivery attempt from an unknown sender with a temporary error, because spam software rarely retries. A normal mail server retries after a few minutes and is then accepted. Nothing is wrong unless the retries never get through.',
      steps: { none: ['Nothing to do: the sending server retries and the next attempt usually passes within the hour.', 'If messages to this domain keep failing for hours, check that your sending server retries from the same IP address.'] },
      source: 'https://postgrey.schweikert.ch/',
      examples: [
        '450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html',
        '451 4.7.1 Greylisting in action, please come back later',
      ],
    },
    // --- A local delivery program failed (Sisimai MailerError; X-UNIX diagnostic type) ---------------
    {
      id: 'generic/mailer-error',
      when: {
        text: [/\bprocmail\b|\bmaildrop\b|\bpipe to \||\bmailer error\b|\bcommand (?:died with status|failed:|output:)|\bx-unix;|\|\| exit\b/],
      },
      reason: 'mailererror',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-mailererror.go',
      examples: ['procmail: Error while writing to "/var/mail/user"', '554 5.3.0 unknown mailer error 255'],
    },
    // --- Sending account limits: the sender's own quota at its relay (before "quota" means a mailbox) --
    {
      id: 'generic/sending-quota',
      when: {
        text: [
          /\b(?:daily|hourly|sending|relay|message|outbound) (?:message |sending )?(?:quota|limit) (?:exceeded|reached)\b/,
          /\breached your (?:daily|hourly) (?:relay |sending )?(?:quota|limit)\b/,
          'throttling failure',
          'maximum sending rate exceeded',
          'has exceeded the max emails per hour',
        ],
      },
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'sender',
      summary: 'Your own sending account reached its limit (a daily or hourly quota at your ESP or relay), so the message was not sent.',
      steps: { sender: ['Check your sending limits in your ESP’s or relay’s dashboard and ask for a higher quota if you need it.', 'Spread the send over more time, and resend the messages that failed.'] },
      source: 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas.html',
      examples: ['554 Throttling failure: Daily message quota exceeded.', "You've reached your daily relay quota - 203.0.113.5"],
    },
    // --- MailboxFull ----------------------------------------------------------------------------------
    {
      id: 'generic/mailbox-full',
      when: {
        text: [
          /\bmail ?(?:box|folder|dir)\b(?:[^.;:]|\.(?=\w)){0,40}?\b(?:is )?(?:full|over ?quota)\b|\bfull mailbox\b/,
          /\bover (?:the |their |its |his |her |allowed |disk |storage )*quota\b|\boverquota\b/,
          /\bquota (?:exceeded|violation|full|usage exceeded)\b|\b(?:disk|diskspace|storage|mailbox|mail|user) quota\b/,
          /\bexceed(?:s|ed|ing)? (?:the |their |its |his |her |allowed |mailbox |disk |storage )*quota\b/,
          /\bmail ?box\b(?:[^.;:]|\.(?=\w)){0,40}?\bexceed(?:s|ed)?\b(?:[^.;:]|\.(?=\w)){0,30}\b(?:size|limit|space|storage)\b/,
          /\b(?:out of|not enough|insufficient) (?:disk |storage )?space (?:in|for)\b|\bout of storage space\b/,
          /\bmailbox would exceed maximum allowed storage\b|\bexceeded storage allocation\b/,
          'not enough disk space',
          'does not have enough space',
          'space has been used up',
          'no space left on device',
          'too much mail data',
          'user has too many messages on the server',
          'exceeding receiving limits',
          'boite du destinataire pleine',
        ],
      },
      reason: 'mailboxfull',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-mailboxfull.go',
      examples: [
        '552 5.2.2 <user@example.com>: Recipient address rejected: Mailbox full',
        '550 Quota exceeded (mailbox for user is full)',
        'host mx.example.net[192.0.2.1] said: 552 sorry, mailbox user@example.net is over quota temporarily (in reply to RCPT TO command)',
        "The recipient's inbox is out of storage space.",
      ],
    },
    // --- Message size ---------------------------------------------------------------------------------
    {
      // Sisimai ContentError: header limits are about the message's format, not its size.
      id: 'generic/headers-too-large',
      when: { text: [/\bheaders? (?:size )?(?:too large|too big|exceeds?)\b|\bheader size exceeds\b/, 'too many received: headers', 'mime complexity exceeds'], notText: [ORDINARY_TEXT] },
      reason: 'contenterror',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-contenterror.go',
      examples: ['552 5.6.0 Headers too large (32768 max)'],
    },
    {
      // Sisimai MesgTooBig: "too large for this recipient" wins even with a 5.2.3 status.
      id: 'generic/too-large-for-recipient',
      when: { text: ['message too large for this', 'recipsizelimit'] },
      reason: 'mesgtoobig',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-mesgtoobig.go',
      examples: ['#550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient ##'],
    },
    {
      // RFC 3463 X.2.3: a per-mailbox size limit lower than the system's (Sisimai ExceedLimit).
      id: 'generic/exceeds-recipient-limit',
      when: {
        status: ['*.2.3'],
        text: [/\b(?:message|mail|e-?mail)\b(?:[^.;:]|\.(?=\w)){0,30}\b(?:size|length|too (?:big|large))\b/, /\bsize limit\b|\bexceeds? (?:the )?limit\b/],
      },
      reason: 'exceedlimit',
      source: 'RFC 3463 §3.3',
      examples: ['552 5.2.3 Message size exceeds fixed maximum message size (10485760)', '552 5.2.3 Message length exceeds limit set by recipient'],
    },
    {
      id: 'generic/message-too-big',
      when: {
        text: [
          /\b(?:message|mail|e-?mail)(?: file)?\b(?:[^.;:]|\.(?=\w)){0,25}?\b(?:is )?too (?:big|large)\b/,
          /\b(?:message|mail|e-?mail) (?:size|length)\b(?:[^.;:]|\.(?=\w)){0,40}?\bexceed/,
          /\b(?:max(?:imum)?|fixed) (?:inbound |incoming )?message size\b|\bsize limit\b|\bline limit exceeded\b/,
          'exceeds the maximum incoming message size',
          'taille limite du message atteinte',
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'mesgtoobig',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-mesgtoobig.go',
      examples: [
        '552 Message size exceeds fixed maximum message size: 10485760 bytes',
        '552 5.3.4 Error: message file too big',
        '554 Maximum email size exceeded',
      ],
    },
    // --- Suspend: the account exists but is switched off ----------------------------------------------
    {
      id: 'generic/account-disabled',
      when: {
        text: [
          /\b(?:account|mailbox|user|address|recipient)\b(?:[^.;:]|\.(?=\w)){0,40}?\b(?:is|has been|was|currently|temporarily|temporary) (?:temporarily )?(?:disabled|suspended|deactivated|locked|frozen|inactive|terminated|discontinued|blocked)\b/,
          /\b(?:disabled|suspended|deactivated|inactive|frozen|locked|archived) (?:recipient|account|mailbox|user|e-?mail address)\b/,
          /\b(?:account|mailbox|user) (?:disabled|suspended|inactive|locked)\b/,
          /\bthis (?:account|mailbox) has been (?:disabled|temporarily suspended)\b/,
          'this address no longer accepts mail',
          'invalid/inactive user',
          'recipient suspend the service',
          'is unavailable: user is terminated',
          'mailbox unavailable or access denied',
          'boite du destinataire archivee',
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'suspend',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-suspend.go',
      examples: [
        '550 5.2.1 The email account that you tried to reach is disabled.',
        '525 5.7.13 Disabled recipient address',
        '550 Mailbox is frozen.',
      ],
    },
    // --- HasMoved -------------------------------------------------------------------------------------
    {
      id: 'generic/has-moved',
      when: {
        text: [
          /\b(?:mailbox|address|user|recipient) (?:has )?moved\b|\bno forwarding address\b/,
          /\bhas been replaced by\b|\bno longer on (?:this )?server\b|\buser not local; please try\b|\bnot our (?:user|customer)\b/,
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'hasmoved',
      source: 'RFC 3463 §3.2',
      examples: ['550 5.1.6 recipient no longer on server: user@example.com', '551 User not local; please try <user@example.org>'],
    },
    // --- NoRelaying -----------------------------------------------------------------------------------
    {
      // Amazon SES refuses unverified identities; Sisimai files it under norelaying.
      id: 'generic/identity-not-verified',
      when: { text: ['email address is not verified', 'identities failed the check', 'sender identity is not verified'] },
      reason: 'norelaying',
      actor: 'sender',
      summary: 'Your ESP refused to send because the sending address or domain is not verified in your account.',
      steps: { sender: ['Verify the From address or its domain in your ESP account (for Amazon SES, in the same region you send from).', 'Resend once the identity shows as verified.'] },
      source: 'https://docs.aws.amazon.com/ses/latest/dg/creating-identities.html',
      examples: ['554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com'],
    },
    {
      id: 'generic/relay-denied',
      when: {
        text: [
          /\brelay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed)|prohibited|refused)\b/,
          /\b(?:not|unable) (?:allowed |permitted |authorized )?to relay\b|\bno relaying\b|\bnot configured to relay\b/,
          /\binsecure mail relay\b|\bas a relay\b|\bnot an open relay\b|\brelaying mail to\b/,
          "that domain isn't in my list of allowed rcpthost",
          'we don’t handle mail for',
          "we don't handle mail for",
          'requires authentication when attempting to send to a non-local',
        ],
      },
      reason: 'norelaying',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-norelaying.go',
      examples: ['554 5.7.1 <user@example.com>: Relay access denied', '550 5.7.1 Unable to relay for user@example.com'],
    },
    // --- AuthFailure: SPF, DKIM, DMARC, ARC (RFC 7208, RFC 6376, RFC 7489) ------------------------------
    {
      // The refusal's own stated cause is a spam verdict; SPF or DKIM named afterwards is advice
      // ("Set up SPF records ..."), so this narrower rule goes before the authentication words.
      id: 'generic/rejected-as-spam',
      when: {
        text: [/\b(?:rejected|refused|blocked|bounced) (?:due to|because of|as) (?:a )?(?:spam|junk)(?: classification| content)?\b/],
        notText: [BEFORE_DATA],
      },
      reason: 'spamdetected',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-spamdetected.go',
      examples: [
        'Your email to group members@example.com was rejected due to spam classification. To address this issue: * Set up SPF records for your sending domain.',
      ],
    },
    {
      id: 'generic/authentication',
      when: {
        text: [
          /\b(?:spf|dmarc|arc)\b|\bdkim\b(?!-signature)|\bdomainkeys\b|\bsender policy framework\b/,
          /\bunauthenticated (?:e-?mail|message|mail) from\b|\bsender is unauthenticated\b/,
          /\b(?:does not have authentication information|fails? to pass authentication checks|authentication checks? failed)\b/,
          'not allowed to send from',
        ],
        notText: [ORDINARY_TEXT, 'unauthenticated senders'],
      },
      reason: 'authfailure',
      source: 'RFC 7372',
      examples: [
        '550 5.7.1 Email rejected per DMARC policy for example.com',
        '550 Bad SPF records for [example.com:192.0.2.2], see http://spf.pobox.com/',
        '550-5.7.26 Unauthenticated email from example.com is not accepted due to\n550-5.7.26 domain’s DMARC policy.',
      ],
    },
    // --- UserUnknown, and the same words where they mean something else --------------------------------
    {
      // A refusal at MAIL FROM concerns the envelope sender (RFC 5321 §3.3), whatever the words.
      id: 'generic/sender-unknown-at-mail',
      when: { command: ['MAIL'], text: [...USER_UNKNOWN, ...HOST_UNKNOWN, /\bdoes not exist\b/] },
      reason: 'rejected',
      category: 'domain_error',
      summary: '{provider} refused your sender address because it, or its domain, does not exist for the receiving server.',
      source: 'RFC 5321 §3.3',
      examples: ['SMTP error from remote mail server after MAIL FROM:<sender@example.com>: 550 5.1.7 No such domain example.com.'],
    },
    {
      // Sisimai Filtered: "user unknown" answered after DATA is a filter's verdict on the message,
      // unless the status itself says "no such mailbox" (Reason::UserUnknown true() checks it first).
      id: 'generic/user-unknown-at-data',
      when: { command: ['DATA'], text: USER_UNKNOWN, notStatus: ['5.1.0', '5.1.1', '5.1.3'] },
      reason: 'filtered',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-filtered.go',
      examples: ['host mx.example.net[192.0.2.1] said: 550 Unknown user user@example.net (in reply to end of DATA command)'],
    },
    {
      // The recipient's own gateway looked the address up in its directory and found nothing: a
      // statement about the address, never a content filter's verdict, whatever command it answered
      // (Sisimai Lhost::Domino, Notes and IMailServer set userunknown for these texts).
      id: 'generic/not-in-directory',
      when: {
        text: [
          /\bnot (?:listed|found) in (?:the )?(?:[\w-]+ )?directory\b|\binvalid (?:final delivery )?userid\b/,
          /\bnot listed in (?:the )?public name (?:&|and) address book\b/,
          'ディレクトリには見つかりません',
          'ディレクトリのリストにありません',
        ],
      },
      reason: 'userunknown',
      source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Domino.pm',
      examples: [
        'User J. Doe (user@example.com) not listed in Domino Directory',
        'User not listed in public Name & Address Book',
        'Invalid final delivery userid: user@example.com',
      ],
    },
    {
      id: 'generic/user-unknown',
      // Gmail wraps every refusal in "the address couldn't be found"; the sender's own refusal wins.
      when: { text: USER_UNKNOWN, notText: [/\bsender address rejected\b/] },
      reason: 'userunknown',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-userunknown.go',
      examples: [
        '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table',
        '550 5.1.1 <user@example.com>... User Unknown',
        "Sorry, no mailbox here by that name. (#5.1.1)",
        'Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.',
        '550 No such user here',
      ],
    },
    {
      // A bare "Recipient address rejected" (Postfix's smtpd_recipient_restrictions wording) or its
      // "Access denied" variant, answered to RCPT TO: the receiving server refuses this address.
      // Sisimai Reason::UserUnknown lists both phrases and counts them only at RCPT (true()).
      id: 'generic/recipient-rejected-at-rcpt',
      when: {
        command: ['RCPT'],
        text: [/\brecipient address rejected(?:\.|: access denied)(?= ?(?:\(in reply to rcpt to command\) ?)?$)/],
      },
      reason: 'userunknown',
      source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/UserUnknown.pm',
      examples: [
        'host mx.example.jp[192.0.2.22] said: 550 <user@example.jp>: Recipient address rejected. (in reply to RCPT TO command)',
        'SMTP error from remote mail server after RCPT TO:<user@example.ch>: 554 5.7.1 <user@example.ch>: Recipient address rejected: Access denied',
      ],
    },
    // --- Filtered: the recipient's own filter or settings -----------------------------------------------
    {
      id: 'generic/recipient-filter',
      when: {
        text: [
          /\bmessage (?:filtered|rejected due to user rules)\b|\buser (?:reject|refuses to receive)\b/,
          /\b(?:blocked|refused) by (?:the )?recipient\b|\brecipient (?:has blocked|refuses?|preferences)\b|\bdue to recipient preferences\b/,
          'is only accepting mail from specific email addresses',
          'is not accepting any mail',
          'account is protected by',
          'has restricted sms e-mail',
          'recipient id refuse to receive mail',
          'not found recipient account',
          'due to extended inactivity new mail is not currently being accepted',
          'resolver.rst.notauthorized',
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'filtered',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-filtered.go',
      examples: ['550 5.2.0 Message Filtered', '550 5.1.1 RCP-P2 Refused due to recipient preferences'],
    },
    // --- RequirePTR -------------------------------------------------------------------------------------
    {
      id: 'generic/reverse-dns',
      when: {
        text: [
          /\b(?:ptr|rdns)\b|\breverse[- ]?(?:dns|lookup|hostname|host name|name|mapping)\b/,
          /\bcannot (?:find|resolve) your (?:hostname|host name|address)\b|\bip name lookup failed\b/,
          /\bmismatches client ip\b|\bunverifiable sending ips?\b|\bunverifyable sending ips?\b|\bunresolvable relay host name\b/,
          'forward dns entry does not point to the sending ip',
        ],
      },
      reason: 'requireptr',
      source: 'RFC 7372',
      examples: [
        '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]',
        '550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 192.0.2.1',
      ],
    },
    // --- NotCompliantRFC ---------------------------------------------------------------------------------
    {
      id: 'generic/not-rfc-compliant',
      when: {
        text: [
          /\bnot rfc ?(?:5322|2822|822)\b|\brfc ?(?:5322|2822) (?:compliant|violation)\b|\brfcmessagenoncompliant\b/,
          /\bduplicate (?:\w+ )?headers?\b|\bmultiple\b(?:[^.;:]|\.(?=\w)){0,40}\bheaders?\b|\bmultiple addresses in from\b/,
        ],
      },
      reason: 'notcompliantrfc',
      source: 'RFC 5322 §3.6',
      examples: [
        'This message is not RFC 5322 compliant. There are multiple Subject headers.',
        '554 Transaction failed: Duplicate header \'DKIM-Signature\'.',
      ],
    },
    // --- Named block lists (before any generic reputation wording) ---------------------------------------
    {
      // Spamhaus "open resolver" answer: the receiver queries Spamhaus wrongly, every sender looks listed.
      id: 'generic/dnsbl-open-resolver',
      when: { text: ['open resolver', 'returnc/pub', 'query refused by dnsbl'] },
      reason: 'blocked',
      actor: 'recipient_admin',
      summary: '{provider} refused the message because its own block-list lookups are misconfigured, not because you are listed.',
      explanation:
        'Spamhaus answers queries that come through large public DNS resolvers with an error code. A receiving server set up that way treats every sender as listed. Only its administrator can fix it, by using a non-public resolver or a Spamhaus Data Query Service key.',
      steps: {
        recipient_admin: ['The receiving domain’s administrator must stop querying Spamhaus through a public DNS resolver (see the Spamhaus “returnc” page named in the bounce).', 'Tell the recipient by another channel; keep the address.'],
        sender: ['Nothing is wrong with your IP or domain. Tell the recipient, by another channel, that their mail server refuses all mail because of a block-list setup error.'],
      },
      source: 'https://www.spamhaus.org/returnc/pub/',
      examples: ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org; Error: open resolver'],
    },
    {
      // A domain (the sender's, or one linked in the message) is on a domain block list: the sender's to fix.
      id: 'generic/domain-blocklist',
      when: {
        text: [
          /\bsender address \[[^\][]*\] blocked using\b|\bdbl\.spamhaus\.org\b|\bspamhaus dbl\b|\bdomain block ?list\b/,
          /\bdomain\b(?:[^.;]|\.(?=\w)){0,60}\b(?:is )?(?:listed|present) (?:in|on|at)\b(?:[^.;]|\.(?=\w)){0,40}\b(?:dbl|surbl|uribl|block ?list|blacklist)/,
        ],
      },
      reason: 'blocked',
      actor: 'sender',
      summary: '{provider} refused the message because a domain in it (your sending domain or a linked one) is on a domain block list.',
      explanation:
        'Domain block lists such as the Spamhaus DBL list domains seen in spam, in the sender address or in links. The listing follows the domain to any IP and any ESP, so changing IPs will not help.',
      steps: {
        sender: [
          'Look the domain up on Spamhaus (https://check.spamhaus.org) and follow its removal steps after fixing the cause (compromised site, link from spam, bought list).',
          'Check every domain linked in the message, including tracking and image domains; remove URL shorteners.',
          'Keep the recipients: their addresses were not the problem.',
        ],
      },
      links: [SPAMHAUS],
      source: 'https://www.spamhaus.org/blocklists/domain-blocklist/',
      examples: [
        '554 5.7.1 <sender@example.com>: Sender address rejected: Sender address [sender@example.com] blocked using dbl.example.org',
        '550 5.7.1 The domain example.com is listed on a domain blocklist',
      ],
    },
    {
      // Links in the body on a URL list (URIBL, SURBL): Sisimai SpamDetected; a named list, the sender's to fix.
      id: 'generic/url-blocklist',
      when: { text: [/\bblacklisted (?:url|link)\b|\buribl\b|\bsurbl\b|\burl block ?list\b|\buri(?:bl)? policy\b/], notText: [ORDINARY_TEXT] },
      reason: 'spamdetected',
      category: 'blocklist',
      actor: 'sender',
      summary: '{provider} refused the message because it links to a domain that is on a URL block list.',
      steps: {
        sender: [
          'Find the linked domain named in the bounce (or check each one) on URIBL (https://lookup.uribl.com) and SURBL (https://surbl.org/surbl-analysis).',
          'Remove or replace the listed link, including tracking and shortener domains, and request delisting once it is clean.',
          'Keep the recipients and resend.',
        ],
      },
      source: 'https://surbl.org/lists',
      examples: ['554 REJECTED - Blacklisted URL in message. (example.com) in [black]. See http://lookup.uribl.com.'],
    },
    {
      // Postfix reject_rbl_client template "Client host [IP] blocked using <zone>" and named IP lists.
      id: 'generic/ip-blocklist',
      when: {
        text: [
          /\bblocked using\b|\bdnsbl\b|\brbl\b|\bis in an? [\w. -]{0,20}\brbl\b/,
          /\b(?:zen|sbl|xbl|pbl|sbl-xbl)\.spamhaus\.org\b|\bspamhaus (?:sbl|xbl|pbl|zen)\b|\bspamhaus\.org\/query\/(?:bl|ip)\b|\bon spamhaus\b|\bin spamhaus['’]?s? list\b|\bemail blocked by spamhaus\b/,
          /\bspamcop\b|\bbarracuda(?:central)?\b|\bsorbs\b|\buceprotect\b|\babuseat\.org\b|\bcbl\b|\bpsbl\b|\bmailspike\b|\binvaluement\b|\bspamrats\b/,
          /\bcloudmark\b|\bcsi\.cloudmark\b|\bproofpoint\b|\bdnsbl-lookup\b|\bipcheck\.proofpoint\b|\bsenderscore\b/,
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'blocked',
      category: 'blocklist',
      links: [SPAMHAUS],
      source: 'https://www.postfix.org/postconf.5.html#rbl_reply_maps',
      examples: [
        '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org; see http://bl.example.org/lookup',
        'Diagnostic-Code: smtp; 550 5.7.1 192.0.2.1 is in an RBL on rbl.example.org',
        '550 Rejected: 192.0.2.1 is listed by the DNSBL bl.example.net',
      ],
    },
    // --- BadReputation ---------------------------------------------------------------------------------
    {
      id: 'generic/reputation',
      when: {
        text: [
          /\breputation\b/,
          'temporarily deferred due to unexpected volume or user complaints',
          'temporarily deferred due to user complaints',
          'poor email reputation score',
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'badreputation',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-badreputation.go',
      links: [POSTMASTER_TOOLS],
      examples: [
        '550 5.7.1 Rejected: the sending IP address 192.0.2.1 has a poor reputation',
        '421 4.7.0 Messages from 192.0.2.1 temporarily deferred due to user complaints',
      ],
    },
    // --- Rejected: the envelope sender ------------------------------------------------------------------
    {
      // The envelope sender's domain does not resolve (RFC 3463 X.1.8 "bad sender's system address";
      // Postfix reject_unknown_sender_domain): a DNS problem of the sender's, not a receiver's policy
      // (providers.md §2 and §18: domain_error, sender).
      id: 'generic/sender-domain-unknown',
      when: {
        text: [
          /\bdomain of sender address\b.{0,80}?\bdoes not exist\b|\bsender (?:address rejected: )?domain (?:does not exist|not found|must exist)\b/,
          /\bsender address rejected: domain not found\b/,
        ],
      },
      reason: 'rejected',
      category: 'domain_error',
      actor: 'sender',
      title: 'Sender domain not found',
      summary: '{provider} refused your sender address because its domain does not exist or cannot be found in DNS (the envelope sender, also called Return-Path or MAIL FROM).',
      steps: {
        sender: [
          'Check the domain of the envelope sender (Return-Path): it must exist in DNS with an MX or A record. With an ESP this is often its bounce (return-path) subdomain: check that CNAME or MX is published.',
          'Resend once the domain resolves; the recipient address was not the problem.',
        ],
      },
      source: 'RFC 3463 §3.2 (X.1.8)',
      examples: [
        '450 4.1.8 <bounces@mail.example.com>: Sender address rejected: Domain not found',
        '553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist',
      ],
    },
    {
      id: 'generic/sender-rejected',
      when: {
        text: [
          /\bsender\b(?! ip)(?:[^.;:]|\.(?=\w)){0,40}?\b(?:rejected|refused|denied|not (?:allowed|accepted|permitted|pre-approved)|blacklisted|blocklisted|invalid|unknown|verif(?:y|ication) failed)\b/,
          /\b(?:invalid|bogus|unroutable|unknown) (?:sender|mail from|envelope sender)\b/,
          /\bdomain of sender address\b|\bsender domain (?:is empty|does not exist|must exist|not found)\b/,
          /\b(?:empty|null) (?:envelope )?senders? (?:is |are )?not allowed\b|\bno third-party dsns\b|\bunsigned dsn\b/,
          /\bbatv\b|\bbackscatter\b|\bcan't determine purported responsible address\b/,
          /\byou(?:['’]re| are) sending (?:to\/from an address|this from a different address)\b|\bsend mail as\b/,
          /\byour e-?mail address has been blacklisted\b|\bmail from not owned by user\b|\bnot a registered gateway user\b/,
          /\bfrom: domain is invalid\b|\bfully qualified e-?mail address required\b|\breturned mail not accepted here\b/,
          /\b(?:you are )?not (?:allowed|permitted|authori[sz]ed) to post\b|\bnot a member of this (?:mailing )?list\b|\bpermission to post\b/,
          'administrative prohibition',
          'this server does not accept mail from',
        ],
      },
      reason: 'rejected',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-rejected.go',
      examples: [
        '501 5.1.8 Sender address rejected',
        'Sender verify failed',
      ],
    },
    {
      // RFC 5321 §3.3: a refusal of MAIL FROM is a refusal of the envelope sender (Sisimai Rejected at MAIL).
      id: 'generic/refused-at-mail-from',
      when: {
        command: ['MAIL'],
        replyCode: ['5xx'],
        text: [/\b(?:access denied|not allowed|not permitted|rejected|refused|denied|blocked)\b/],
        notText: [/authenticat/],
      },
      reason: 'rejected',
      source: 'RFC 5321 §3.3',
      examples: ['host mx.example.net[192.0.2.1] said: 550 5.7.1 Access denied (in reply to MAIL FROM command)'],
    },
    {
      // Sisimai: a refusal of the client's HELO/EHLO name is "blocked" (it is about the sending host).
      id: 'generic/helo-rejected',
      when: { text: [/\bmy name was rejected\b|\b(?:helo|ehlo)(?: command)? (?:rejected|refused)\b|\binvalid (?:helo|ehlo)\b/] },
      reason: 'blocked',
      category: 'reputation',
      summary: '{provider} refused the name the sending server introduced itself with (HELO/EHLO).',
      source: 'RFC 5321 §4.1.1.1',
      examples: ['Connected to 192.0.2.1 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name'],
    },
    // --- HostUnknown ------------------------------------------------------------------------------------
    {
      // A lookup failure under a 4.x.x status: the sending MTA keeps the message and retries, so the
      // domain is not (yet) known to be dead; RFC 3463 §3.1 (4.X.X persistent transient failure).
      id: 'generic/dns-lookup-deferred',
      // A Null MX (RFC 7505) is the domain's own lasting answer, not a lookup failure.
      when: { status: ['4.*.*'], text: [...HOST_UNKNOWN, /\bdns error\b/], notText: [NULL_MX] },
      reason: 'networkerror',
      category: 'network',
      source: 'RFC 3463 §3.1',
      examples: [
        "451 4.4.0 DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid",
        '450 4.1.2 <user@example.invalid>: Recipient address rejected: Domain not found',
      ],
    },
    {
      id: 'generic/host-unknown',
      when: { text: HOST_UNKNOWN, notText: [/\bnot found, try again\b/] },
      reason: 'hostunknown',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-hostunknown.go',
      examples: [
        'Host or domain name not found. Name service error for name=example.invalid type=A: Host not found',
        '550 5.1.2 <user@example.invalid>... Host unknown (Name server: example.invalid: host not found)',
        '550 Unrouteable address',
        '553 mail.example.invalid does not exist',
      ],
    },
    // --- SpamDetected (only once the message was sent: not at connect, HELO, MAIL or RCPT) -------------
    {
      id: 'generic/spam',
      when: {
        text: [
          /\bspam\b(?!haus|cop)/,
          /\bunsolicited (?:bulk |commercial )?(?:e-?mail|mail|message)|\bube\b|\bbulk (?:e-?mail|mail)\b|\bbulk\.advertising\b/,
          /\bmessage content rejected\b|\bcontent filter rejection\b|\brejecting (?:banned|mail) content\b|\bmail content denied\b/,
          /\bspamassassin\b|\bspam ?score\b|\bmail score\b|\brecurrent pattern detection\b|\bspamprofiler\b/,
        ],
        notText: [ORDINARY_TEXT, BEFORE_DATA],
      },
      reason: 'spamdetected',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-spamdetected.go',
      examples: [
        '554 5.6.0 This message has been scored as spam with a probability of more than 90%',
        '550 5.7.1 Message content rejected, UBE, id=12345-01',
        '554 5.7.1 Message rejected under suspicion of SPAM',
      ],
    },
    {
      id: 'generic/virus',
      when: {
        text: [
          /\bvirus(?:es)?\b|\bmalware\b|\binfected\b|\bmalicious (?:url|link|content|attachment)/,
          /\b(?:potentially )?executable (?:attachment|file|content)s?\b|\bforbidden (?:attachment|file type)\b/,
        ],
        notText: [ORDINARY_TEXT, BEFORE_DATA],
      },
      reason: 'virusdetected',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-virusdetected.go',
      examples: ['550 Virus Detected; Content Rejected', '554 5.7.0 Your message was infected with a virus'],
    },
    // --- PolicyViolation ----------------------------------------------------------------------------------
    {
      id: 'generic/local-policy',
      when: {
        text: [
          /\bpolic(?:y|ies)\b/,
          /\bprotocol violation\b|\bheader error\b|\billegal attachment\b|\bclosed mailing list\b|\bmembers-only list\b/,
          /\bcontent presents a potential\b|\borganizational settings\b|\bnot subscribed to this group\b/,
          "we do not accept messages containing images or other attachments",
          'you’re using a mass mailer',
          "you're using a mass mailer",
          'message given low priority',
          'host network not allowed',
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'policyviolation',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-policyviolation.go',
      examples: ['550 5.7.0 Local Policy Violation', '554 5.7.9 Message not accepted for policy reasons.', '550 Denied by policy'],
    },
    // --- Speeding and TooManyConn ------------------------------------------------------------------------
    {
      id: 'generic/rate-limit',
      when: {
        text: [
          /\brate[- ]?limit(?:ed|ing)?\b|\bratelimit(?:ed)?\b|\btoo fast\b|\bslow(?:er| down)\b|\bthrottl(?:ed|ing)\b/,
          /\breceiving e?-?mail (?:at a rate|too quickly)\b|\bexcessive (?:volume|sending|mail)\b|\btoo many messages\b/,
          /\b(?:recipients|messages|emails|mails) (?:this|per|an) (?:hour|minute|day)\b|\bsending rate\b/,
        ],
        // Connection limits are TooManyConn, checked next.
        notText: [ORDINARY_TEXT, /\bconnections? (?:rate|frequency|count)\b|\btoo many (?:connections|concurrent)\b/],
      },
      reason: 'speeding',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-speeding.go',
      examples: [
        '451 4.7.1 <mx.example.net[192.0.2.1]>: Client host rejected: Please try again slower',
        '421 4.7.1 Messages to user@example.com deferred due to excessive volume. Try again later.',
        '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
        // Gmail's wording today (providers.md §4): "email", and a 4.2.1 status that would otherwise read as a disabled mailbox.
        '450 4.2.1 The user you are trying to contact is receiving email too quickly',
      ],
    },
    {
      // RFC 5321 §4.5.3.1.10: a 552 for "too many recipients" is to be treated as temporary.
      id: 'generic/too-many-recipients',
      when: { replyCode: ['552', '452', '550', '554'], text: [/\btoo many recipients\b/] },
      reason: 'toomanyconn',
      permanence: 'temporary',
      actor: 'none',
      source: 'RFC 5321 §4.5.3.1.10',
      examples: ['host mx.example.net[192.0.2.1] said: 552 Too many recipients (in reply to RCPT TO command)'],
    },
    {
      id: 'generic/too-many-connections',
      when: {
        text: [
          /\btoo many (?:connections|concurrent|simultaneous|sessions|smtp sessions|recipients)\b|\btoo many errors from your ip\b/,
          /\bconnection (?:rate |frequency |count )?limit(?:ed| exceeded)?\b|\b(?:ip|connection) frequency limited\b|\bmaximum connection limit\b/,
          'exceeds per-domain connection limit',
          'trop de connexions',
          'we have already made numerous attempts to deliver this message',
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'toomanyconn',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-toomanyconn.go',
      examples: ['452 4.3.2 Connection rate limit exceeded.', '421 4.7.0 Too many concurrent SMTP connections from this IP address'],
    },
    // --- Blocked: the sending host, without a named list --------------------------------------------
    {
      id: 'generic/host-refused',
      when: {
        text: [
          /\b(?:ip|client|host|server|network)(?: address)?\b(?:[^.;:]|\.(?=\w)){0,50}?\b(?:is |was |has been )?(?:blocked|blacklisted|blocklisted|banned|listed)\b/,
          /\b(?:sender )?ip(?: address)?\b(?:[^.;:]|\.(?=\w)){0,50}?\b(?:rejected|refused|denied|not allowed)\b/,
          /\b(?:blocked|banned|blacklisted|blocklisted) (?:ip|sending ip|host|network|client)\b|\bblacklisted by\b|\bon (?:our|a|the) block ?list\b|\bin a black ?list\b/,
          /\b(?:dynamic|residential|dial-?up|zombied)\b(?:[^.;:]|\.(?=\w)){0,30}\bips?\b|\bhosts with dynamic ip\b|\bopen proxy\b/,
          /\b(?:blocked|refused) - see https?:\/\/|\bblocked for abuse\b|\bclient host rejected\b|\bhelo command rejected\b/,
          /\bnot (?:currently )?accepting (?:mail|connections) from (?:your )?ip\b|\besmtp not accepting connections\b|\byou are not allowed to connect\b/,
          /\byou are sending spam\b|\bcurrently sending spam\b|\btoo many spams\b|\bunwanted messages have been sent from\b|\blooks suspiciously like spammer\b/,
          /\bno access from mail server\b|\bplease use the smtp server of your isp\b|\bconfirm this mail server\b|\byour server requires confirmation\b/,
          /\binvalid ip for sending mail\b|\bunfortunately, messages from\b|\bgo away\b|\brefused to talk to me\b|\bmy name was rejected\b/,
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'blocked',
      category: 'reputation',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-blocked.go',
      examples: [
        '550 5.7.1 IP address blacklisted by recipient',
        '554 Access from ip address 192.0.2.1 blocked.',
        'host mx.example.net[192.0.2.1] refused to talk to me: 554 Service refused',
      ],
    },
    // --- Sisimai's fallback list ------------------------------------------------------------------------
    {
      id: 'generic/receiving-system-error',
      when: {
        text: [
          /\b(?:local|mail system|server|system) config(?:uration)? error\b|\blocal error in processing\b|\bremote server is misconfigured\b/,
          /\binternal (?:server |system )?error\b|\bqueue file write error\b|\binterrupted system call\b|\btemporary local problem\b/,
          /\bloops? back to myself\b|\bit would create a mail loop\b|\bloop was found in the mail exchanger\b|\baliasing\/forwarding loop broken\b/,
          /\bservice (?:is )?(?:currently|temporarily) unavailable\b|\btransaction failed\b|\btimeout waiting for input\b/,
          /\bcould not load drd\b|\bcan't create user output file\b|\bunable to contact ldap server\b|\bthere is no mdb\b|\bunable to connect\b(?:[^.;]|\.(?=\w)){0,30}\bdaemon\b/,
          'insufficient permission',
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'systemerror',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-systemerror.go',
      examples: ['451 4.3.0 Error: queue file write error', '550 5.3.5 Internal System Error', '554 Service currently unavailable'],
    },
    {
      id: 'generic/network',
      when: {
        text: [
          /\bno route to host\b|\b(?:host|network) (?:is )?(?:unreachable|not reachable)\b|\bconnection refused\b|\bconnection reset\b/,
          /\blost connection with\b|\b(?:could not|couldn['’]t|unable to|wasn['’]t able to|failed to) (?:establish (?:an? )?(?:smtp )?connection|connect)\b/,
          /\bhost (?:name )?(?:lookup failure|not found, try again)\b|\bmalformed (?:or unexpected )?name server reply\b|\bname server timeout\b/,
          /\bdns (?:records? for the destination computer could not be found|temporary failure|servfail)\b|\bservfail\b/,
          /\b(?:too many|maximum) hops?\b|\bhop count exceeded\b|\bmessage (?:probably in a routing loop|looping)\b|\b(?:routing|mail forwarding|forwarding) loop\b/,
          /\bnetwork error\b|\bunable to resolve route\b|\bunrouteable mail domain\b/,
          // Gmail: "DNS Error: DNS type 'mx' lookup of example.net had no relevant answers".
          /\bdns error\b|\blookup of \S+ had no relevant answers\b/,
        ],
        notText: [ORDINARY_TEXT, NULL_MX],
      },
      reason: 'networkerror',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-networkerror.go',
      examples: [
        'connect to mx.example.net[192.0.2.1]:25: No route to host',
        'lost connection with mx.example.net[192.0.2.1] while receiving the initial server greeting',
        '554 5.4.6 Too many hops',
      ],
    },
    {
      id: 'generic/content-format',
      when: {
        text: [
          /\bimproper use of 8-bit data\b|\b8-?bit (?:data|characters?) (?:in|not allowed)\b|\binvalid mime\b|\bmalformed mime\b|\bmime (?:error|complexity)\b/,
          /\bimproperly-formatted binary content\b|\bunnecessary base64\b|\bmedia error\b|\bmedia not supported\b|\bconversion (?:required|failed)\b/,
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'contenterror',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-contenterror.go',
      examples: ['550 5.6.9 improper use of 8-bit data in message header'],
    },
    {
      id: 'generic/system-full',
      when: { text: [/\bmail system full\b|\binsufficient (?:system )?storage\b|\binsufficient disk space\b|\bdisk (?:is )?full\b/], notText: [ORDINARY_TEXT] },
      reason: 'systemfull',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-systemfull.go',
      examples: ['452 4.4.5 Insufficient disk space; try again later'],
    },
    {
      // RFC 7505 null MX, RFC 7504 521/556.
      id: 'generic/no-mail-accepted',
      when: {
        text: [
          /\bdoes not accept (?:e-?)?mail\b|\bdoesn['’]t receive e-?mail\b|\bnull ?mx\b|\bno mx (?:record )?found\b|\bno smtp service\b/,
          /\bcouldn['’]t find a mail exchanger\b|\bmail receiving disabled\b|\bno route for current request\b|\bsmtp protocol returned a permanent error\b/,
        ],
      },
      reason: 'notaccept',
      source: 'RFC 7505',
      examples: ['550 Host does not accept mail', 'Sorry, I couldn’t find a mail exchanger or IP address. (#5.4.4)'],
    },
    {
      // Retries ran out. Sisimai Expired also counts connection time-outs here.
      id: 'generic/retries-exhausted',
      when: {
        text: [
          /\b(?:message|delivery|envelope) (?:time )?expired\b|\bretry time(?:out)? (?:not reached|exceeded)\b|\bin the queue too long\b/,
          /\bgiv(?:ing|e) up\b|\bgave up\b|\bcould not (?:be delivered|deliver) for\b|\bnot delivered within\b|\bafter multiple retries\b/,
          /\b(?:unable|failed) to deliver (?:this )?message after\b|\bdelivery failed \d+ attempts\b|\bdeleted from queue\b/,
          /\bhas been delayed\b|\bwill be retried\b|\bdelivery attempts will continue\b|\bhave been failing for a long time\b/,
          /\bcould not find a gateway for\b|\bfailed to deliver to domain\b|\bserver did not respond\b|\bdid not accept our requests to connect\b/,
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'expired',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-expired.go',
      examples: ['Message could not be delivered for 5 days Message will be deleted from queue', 'Unable to deliver message after multiple retries, giving up.'],
    },
    {
      id: 'generic/timed-out',
      when: { text: [/\btimed out\b|\btime-?out\b/], notText: [ORDINARY_TEXT] },
      reason: 'expired',
      category: 'network',
      // Sisimai calls a timeout "expired"; on its own, or as a remote's 4xx reply ("451 4.4.2 Timeout -
      // closing connection", RFC 5321 §4.5.3.2), it is a retry in progress (decide.ts), so the copy
      // must not say delivery was given up.
      title: 'Connection timed out',
      summary:
        '{provider} and the sending server lost their connection to a timeout. The sending server retries; if it keeps timing out until its retry time runs out, the message bounces.',
      explanation:
        'A connection times out when the receiving server is down, overloaded or unreachable behind a firewall, or when one side waited too long between commands. The sending server keeps retrying for a few days; if the bounce says it gave up, the receiving side has to fix its server or DNS.',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/reason/why-expired.go',
      examples: ['connect to mx.example.net[192.0.2.1]:25: Connection timed out', '451 4.4.2 Timeout - closing connection', '421 4.4.2 mx.example.net Error: timeout exceeded'],
    },
    {
      // RFC 3207 STARTTLS, RFC 8461 MTA-STS, RFC 7672 DANE, RFC 8689 REQUIRETLS.
      id: 'generic/tls',
      when: {
        text: [
          /\bstarttls\b|\brequiretls\b|\bmta-sts\b|\bdane\b|\btls (?:is )?(?:required|handshake|negotiation|not available|version)\b/,
          /\b(?:requires?|route requires) (?:encryption|tls)\b|\bencryption required\b|\bcertificate (?:verification|validation) failed\b|\bssl handshake\b/,
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'failedstarttls',
      source: 'RFC 3207',
      examples: ['530 5.7.0 Must issue a STARTTLS command first', '553 This route requires encryption (TLS)'],
    },
    {
      // SMTP AUTH of a submitting client (RFC 4954), not message authentication.
      id: 'generic/smtp-auth',
      when: {
        text: [
          /\bauthentication (?:required|failure|failed|credentials invalid)\b|\bunauthenticated senders?\b|\bnot authori[sz]ed to send\b/,
          /\bsmtp auth(?:entication)?\b|\bauthrequired\b|\bauthentication turned on in your e-?mail client\b/,
        ],
        notText: [ORDINARY_TEXT],
      },
      reason: 'securityerror',
      category: 'authentication',
      actor: 'sender',
      summary: '{provider} requires the sending program to log in (SMTP authentication), or refused its login.',
      steps: { sender: ['Check the SMTP login of the program that sends (username, password or API key, port, TLS) against your ESP’s or mail host’s settings.', 'Resend once the login works.'] },
      source: 'RFC 4954 §6',
      examples: ['550 Unauthenticated senders not allowed', '530 5.7.0 Authentication required'],
    },
  ],
} satisfies RuleTable;
