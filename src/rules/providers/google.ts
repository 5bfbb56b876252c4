// Google: Gmail and Google Workspace. Meanings come from Google's "Gmail SMTP errors and codes" table
// (https://support.google.com/a/answer/3726730) and its sender guidelines, with Sisimai's Rhost::Google
// (rhost/for-google.go) for the reason names (shared/docs/providers.md §4).
// Gmail ends every reply with "- gsmtp" and adds "- gcdp" when a Workspace admin's own rule refused
// the mail. Since February 2024 it enforces bulk-sender rules with its own codes (4.7.27/5.7.27 SPF,
// 4.7.30/5.7.30 DKIM, 4.7.32/5.7.32 alignment, 4.7.40/5.7.40 no DMARC). Reputation and rate-limit texts
// name their scope ("your IP address", "your IP Netblock", "your DKIM domain", "your SPF domain",
// "one of your URL domains"): IP scope belongs to the ESP that owns the IP, domain scope to the sender.

import type { ProviderTable } from '../../core/types.ts';

const SOURCE_ERRORS = 'https://support.google.com/a/answer/3726730';
const SOURCE_GUIDELINES = 'https://support.google.com/mail/answer/81126';
const SOURCE_SISIMAI = 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-google.go';

const GUIDELINES = { label: 'Google: Email sender guidelines', url: SOURCE_GUIDELINES };
const ERROR_TABLE = { label: 'Google: Gmail SMTP errors and codes', url: SOURCE_ERRORS };
const POSTMASTER_TOOLS = { label: 'Google Postmaster Tools: domain and IP reputation, spam rate', url: 'https://postmaster.google.com/' };
const WHY_BLOCKED = { label: 'Google: Why has Gmail blocked my messages?', url: 'https://support.google.com/mail/answer/188131' };

const IP_REPUTATION_ESP = [
  'Send your ESP the full bounce line, the time and the sending IP; ask them to check the IP in Google Postmaster Tools and to move your Gmail traffic to a better IP or pool.',
  'Meanwhile slow down sending to Gmail from this IP; Gmail defers or refuses more the more you push.',
  'Keep these addresses on your list: the mailboxes exist, the sending IP was judged.',
];
const IP_REPUTATION_SENDER = [
  'Check the IP’s reputation and spam rate in Google Postmaster Tools.',
  'Send only to recent, engaged recipients for a while, lower the volume, and make unsubscribing one click.',
  'Remove addresses that never open and anyone who complained; keep the spam rate under 0.3%.',
];
const DOMAIN_REPUTATION_SENDER = [
  'Check your domain’s reputation and spam rate in Google Postmaster Tools.',
  'Send only to recent, engaged recipients for a while, with lower volume, and make unsubscribing one click.',
  'Remove inactive addresses and anyone who complained; keep the spam rate under 0.3%. Changing IPs will not help: the domain carries the reputation.',
];
const AUTH_STEPS = {
  spf: 'Add your ESP’s servers to the SPF record of the envelope (return-path) domain and make it pass.',
  dkim: 'Turn on DKIM signing with your own domain at your ESP and publish the key in DNS.',
  dmarc: 'Publish a DMARC record for your From domain (v=DMARC1; p=none at least).',
  align: 'Make the SPF or DKIM domain match your From domain (a custom return-path or DKIM domain under your domain).',
  test: 'Send a test to a Gmail address and check “Show original”: SPF, DKIM and DMARC should all say PASS.',
};

export default {
  id: 'google',
  name: 'Google Gmail / Workspace',
  hosts: ['.google.com', 'aspmx.l.google.com', 'gmail-smtp-in.l.google.com', '.googlemail.com', '.gmail.com'],
  domains: ['gmail.com', 'googlemail.com', 'google.com'],
  // Text only Google writes in its own replies.
  signatures: [
    /\bgsmtp\b/,
    'support.google.com/mail',
    'support.google.com/a/',
    /\bgmail (?:requires|has detected)\b/,
    'spam sent to gmail',
    "google's message",
    "google's limit",
  ],
  links: [GUIDELINES, POSTMASTER_TOOLS, ERROR_TABLE],
  rules: [
    {
      id: 'google/admin-policy',
      // "- gcdp <id>" marks a Workspace admin's custom rule; "(or from)" because it can be the sender's own admin.
      when: { text: [/\bgcdp\b/, 'has a policy that prohibited', /violates [^ ]+ email policy/] },
      reason: 'policyviolation',
      category: 'policy',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'A rule set by a Google Workspace administrator (usually the recipient’s organisation) refused the message; Gmail itself did not.',
      steps: {
        recipient_admin: ['Only the Workspace admin who set the rule can change it. Contact the recipient by another channel and ask their admin to allow your mail.'],
        sender: ['If the recipient is in your own organisation, ask your own Workspace admin which compliance or routing rule refused the message.'],
      },
      links: [{ label: 'Google Workspace: mail policy and compliance rules', url: 'https://support.google.com/a/answer/172179' }],
      source: SOURCE_ERRORS,
      examples: [
        '550 5.7.1 This message violates example.com email policy. - gcdp a640c23a62f3a-a9a1b2c3d4esi123456 - gsmtp',
        "550-5.7.1 The user or domain that you are sending to (or from) has a policy that\n550-5.7.1 prohibited the email that you sent. Please contact your domain\n550 5.7.1 administrator for further details. https://support.google.com/a/answer/172179 d2e1a72fcca58-6f0a1b2c3d4si1234567a.345 - gsmtp",
      ],
    },

    // ---- Address and mailbox ----
    {
      id: 'google/user-unknown',
      when: { text: ['account that you tried to reach does not exist', '?p=nosuchuser'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail says this address does not exist.',
      steps: { sender: ['Remove the address from your list or correct its spelling; resending will fail the same way.'] },
      source: SOURCE_ERRORS,
      examples: [
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c1a2b3c4d5si1234567a.210 - gsmtp",
      ],
    },
    {
      id: 'google/domain-not-found',
      // Sisimai's Google table files the 553 5.1.2 text under userunknown; 5.1.2 is "bad destination
      // system" (RFC 3463) and the DSN form is a DNS NXDOMAIN, so this rule says hostunknown. Both are hard.
      when: { text: ["weren't able to find the recipient domain", 'responded with code nxdomain', '?p=badrcptdomain'] },
      reason: 'hostunknown',
      category: 'domain_error',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail could not find the recipient’s domain: it does not exist (often a typo in the part after the @).',
      steps: { sender: ['Correct the domain (e.g. gmial.com → gmail.com) or remove the address.'] },
      source: SOURCE_ERRORS,
      examples: [
        "553-5.1.2 We weren't able to find the recipient domain. Please check for any\n553-5.1.2 spelling errors, and make sure you didn't enter any spaces, periods,\n553 5.1.2 or other punctuation after the recipient's email address. https://support.google.com/mail/?p=BadRcptDomain a1b2c3d4e5f6-1234567si.12 - gsmtp",
        "DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid Learn more at https://support.google.com/mail/?p=BadRcptDomain",
      ],
    },
    {
      id: 'google/null-mx',
      when: { text: ['returned null mx', "doesn't receive email according to the administrator"] },
      reason: 'notaccept',
      category: 'domain_error',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail reports that the recipient’s domain publishes a “null MX”: it declares that it accepts no email at all (RFC 7505).',
      steps: { sender: ['Remove the address; the domain owner has stated the domain receives no mail.'] },
      source: SOURCE_ERRORS,
      examples: ["The domain example.net doesn't receive email according to the administrator: returned Null MX. Learn more at https://support.google.com/mail/answer/6596"],
    },
    {
      id: 'google/invalid-recipient-address',
      when: { text: [['recipient address', 'not a valid rfc 5321 address']] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail refused the address because it is not a valid email address (bad syntax).',
      steps: { sender: ['Fix the address syntax (stray spaces, dots, brackets) or remove it from your list.'] },
      source: SOURCE_SISIMAI,
      examples: ['553-5.1.3 The recipient address <user..name@gmail.com> is not a valid RFC 5321\n553 5.1.3 address. For more information, go to https://support.google.com/a/answer/3221692 a1b2c3d4-0123456si.7 - gsmtp'],
    },
    {
      id: 'google/invalid-sender-address',
      when: { text: [['sender address', 'not a valid rfc 5321 address']] },
      reason: 'notcompliantrfc',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail refused the message because the sender (envelope MAIL FROM) address is not a valid email address.',
      steps: { sender: ['Fix the return-path / MAIL FROM address your system uses; it must be a plain valid address.'] },
      source: SOURCE_SISIMAI,
      examples: ['553-5.1.7 The sender address <bounce@@example.com> is not a valid RFC 5321 address.\n553 5.1.7 https://support.google.com/a/answer/3221692 a1b2c3d4-0123456si.9 - gsmtp'],
    },
    {
      id: 'google/over-quota-inactive',
      // OverQuotaPerm: full for a long time and inactive; retrying will not help.
      when: { text: ['out of storage space and inactive', '?p=overquotaperm'] },
      reason: 'mailboxfull',
      category: 'mailbox_full',
      actor: 'recipient',
      permanence: 'permanent',
      summary: 'The recipient’s Gmail inbox is full and the account is inactive, so it will not take mail again soon.',
      steps: { recipient: ['Only the owner can free space. Stop mailing this address; it has been full and unused for a long time.'] },
      source: SOURCE_SISIMAI,
      examples: ["552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct\n552 5.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaPerm 5b1f17b1804b1-4361a2b3c4dsi1234567f9.88 - gsmtp"],
    },
    {
      id: 'google/over-quota',
      // OverQuotaTemp (452 4.2.2): temporary; the message is retried.
      when: { text: ['inbox is out of storage space', 'is over quota', '?p=overquotatemp', 'email quota exceeded'] },
      reason: 'mailboxfull',
      category: 'mailbox_full',
      actor: 'recipient',
      summary: 'The recipient’s Gmail inbox is out of storage space.',
      steps: { recipient: ['Only the recipient can free space. The sending server retries a 452 for a while; if it keeps bouncing, stop mailing the address.'] },
      source: SOURCE_SISIMAI,
      examples: ["452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n452-4.2.2 recipient to\n452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 6a1803df08f44-6d8d1a2b3c4si12345676d6.77 - gsmtp"],
    },
    {
      id: 'google/disabled-account',
      when: { text: ['account that you tried to reach is disabled', 'account that you tried to reach is inactive', '?p=disableduser'] },
      reason: 'suspend',
      category: 'mailbox_disabled',
      actor: 'recipient',
      permanence: 'permanent',
      summary: 'The Gmail account exists but is disabled or inactive, so it accepts no mail.',
      steps: { recipient: ['Only the owner can reactivate the account. Stop mailing the address; inactive Gmail accounts are often deleted later.'] },
      source: SOURCE_ERRORS,
      examples: ['550-5.2.1 The email account that you tried to reach is inactive. For more\n550-5.2.1 information, go to\n550 5.2.1  https://support.google.com/mail/?p=DisabledUser a640c23a62f3a-a9a1b2c3d4esi123.45 - gsmtp'],
    },
    {
      id: 'google/receiving-too-quickly',
      when: { text: ['receiving mail too quickly', 'receiving email too quickly', 'receiving mail at a rate that', 'receiving email at a rate that', 'rate that prevents additional messages', '?p=receivingrate'] },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      summary: 'This Gmail recipient is receiving mail faster than Gmail allows for one mailbox; the message can be delivered later.',
      steps: {
        none: ['Nothing to do: the sending server retries and the message usually goes through.'],
        sender: ['If you send many messages to this one address (alerts, notifications), space them out.'],
      },
      source: SOURCE_ERRORS,
      examples: ['450-4.2.1 The user you are trying to contact is receiving mail too quickly.\n450-4.2.1 Please resend your message at a later time. If the user is able to\n450-4.2.1 receive mail at that time, your message will be delivered. For more\n450 4.2.1 information, go to https://support.google.com/mail/?p=ReceivingRate a1b2c3d4e5-0123456si.3 - gsmtp'],
    },
    {
      id: 'google/sending-limit',
      // The sender's own Gmail / Workspace account or SMTP relay quota, not the recipient's side.
      when: { text: ['daily user sending limit exceeded', 'daily sending quota exceeded', 'smtp relay limit exceeded', 'smtp relay sending limit exceeded', 'sending limit exceeded'] },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'sender',
      summary: 'Your Gmail or Google Workspace account reached its sending limit (daily limit or SMTP relay limit).',
      steps: { sender: ['Wait until the limit resets (up to 24 hours), and send bulk mail through an ESP instead of a Gmail or Workspace mailbox.'] },
      links: [{ label: 'Google Workspace: Gmail sending limits', url: 'https://support.google.com/a/answer/166852' }],
      source: SOURCE_ERRORS,
      examples: [
        '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 a1b2c3d4e5-0123456sm.8 - gsmtp',
        '450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error. For more information on SMTP relay limits, please contact your administrator or visit https://support.google.com/a/answer/6140680 a1b2c3-0123456sm.1 - gsmtp',
      ],
    },

    // ---- Reputation and unsolicited-mail rate limits (scope decides the actor) ----
    {
      id: 'google/ip-reputation',
      when: { text: ['very low reputation of the sending ip'] },
      reason: 'badreputation',
      category: 'reputation',
      actor: 'esp',
      summary: 'Gmail deferred or refused the message because the sending IP address has a very low reputation at Gmail.',
      steps: { esp: IP_REPUTATION_ESP, sender: IP_REPUTATION_SENDER },
      links: [POSTMASTER_TOOLS, WHY_BLOCKED],
      source: SOURCE_ERRORS,
      examples: [
        "421-4.7.0 [192.0.2.45      15] This message is suspicious due to the very low\n421-4.7.0 reputation of the sending IP address. To protect our users from spam,\n421-4.7.0 mail sent from your IP address has been temporarily rate limited. For\n421 4.7.0 more information, go to https://support.google.com/mail/answer/188131 a1b2c3d4e5-0123456si.5 - gsmtp",
      ],
    },
    {
      id: 'google/domain-reputation',
      when: { text: ['very low reputation of the sending domain'] },
      reason: 'badreputation',
      category: 'reputation',
      actor: 'sender',
      summary: 'Gmail deferred or refused the message because the sending domain has a very low reputation at Gmail.',
      steps: { sender: DOMAIN_REPUTATION_SENDER },
      links: [POSTMASTER_TOOLS, WHY_BLOCKED],
      source: SOURCE_ERRORS,
      examples: [
        '550-5.7.1 [198.51.100.3] Our system has detected that this message is likely\n550-5.7.1 suspicious due to the very low reputation of the sending domain. To best\n550-5.7.1 protect our users from spam, the message has been blocked. For more\n550 5.7.1 information, go to https://support.google.com/mail/answer/188131 a1b2c3d4e5-0123456si.6 - gsmtp',
      ],
    },
    {
      id: 'google/unsolicited-rate-domain',
      // 4.7.28 scoped to a domain: "your DKIM domain", "your SPF domain", "one of your URL domains".
      when: { text: [/unusual rate of (?:unsolicited )?e?mail (?:originating from your (?:dkim|spf|sending|from:?) domain|containing one of your url domains)/] },
      // Gmail's own wording (Google's SMTP error list): it names Google without a Google host too.
      anywhere: true,
      reason: 'blocked',
      category: 'reputation',
      actor: 'sender',
      summary: 'Gmail is rate-limiting mail tied to your domain (your DKIM/SPF domain or a domain in your links) because it sees an unusual rate of unsolicited mail from it.',
      steps: { sender: DOMAIN_REPUTATION_SENDER },
      links: [POSTMASTER_TOOLS, GUIDELINES],
      source: SOURCE_SISIMAI,
      examples: [
        '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n421-4.7.28 from your DKIM domain [example.com      12]. To protect our users from\n421-4.7.28 spam, mail sent from your domain has been temporarily rate limited. For\n421 4.7.28 more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError a1b2c3-0123456si.4 - gsmtp',
        '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail containing one\n421-4.7.28 of your URL domains [example.org      13]. To protect our users from\n421 4.7.28 spam, mail has been temporarily rate limited. https://support.google.com/mail/?p=UnsolicitedRateLimitError a1b2c3-0123456si.11 - gsmtp',
      ],
    },
    {
      id: 'google/unsolicited-rate-ip',
      // 4.7.28 / 5.7.28 (and the older 4.7.0 / 5.7.1 wording) scoped to "your IP address" or
      // "your IP Netblock"; the domain-scoped form is matched by the rule above, so what is left is IP-scoped.
      when: { text: [/unusual rate of (?:unsolicited )?e?mail/] },
      // Gmail's own wording (Google's SMTP error list): it names Google without a Google host too.
      anywhere: true,
      reason: 'blocked',
      category: 'reputation',
      actor: 'esp',
      summary: 'Gmail is rate-limiting or refusing mail from the sending IP (or its network block) because it sees an unusual rate of unsolicited mail from it.',
      steps: { esp: IP_REPUTATION_ESP, sender: IP_REPUTATION_SENDER },
      links: [POSTMASTER_TOOLS, GUIDELINES],
      source: SOURCE_SISIMAI,
      examples: [
        '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n421-4.7.28 from your IP Netblock [192.0.2.0/24      20]. To protect our users from\n421-4.7.28 spam, mail sent from your IP address has been temporarily rate limited.\n421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError a1b2c3-0123456si.2 - gsmtp',
        '550-5.7.28 There is an unusual rate of unsolicited mail originating from your IP\n550-5.7.28 address. To protect our users from spam, mail sent from your IP address\n550 5.7.28 has been blocked. https://support.google.com/mail/answer/81126 a1b2c3-0123456si.8 - gsmtp',
      ],
    },
    {
      id: 'google/duplicate-message-id',
      when: { text: ['same message-id'] },
      // Gmail's own wording (Google's SMTP error list): it names Google without a Google host too.
      anywhere: true,
      reason: 'policyviolation',
      category: 'content',
      actor: 'sender',
      summary: 'Gmail deferred the message because too many messages arrived with the same Message-ID header.',
      steps: { sender: ['Make your system give every message its own unique Message-ID (most ESPs do; check custom headers or a resend loop).'] },
      source: SOURCE_SISIMAI,
      examples: ['421-4.7.28 Gmail has detected this message exceeded its quota for sending messages\n421-4.7.28 with the same Message-ID:. To best protect our users, the message has\n421 4.7.28 been temporarily rejected. https://support.google.com/mail/answer/188131 a1b2c3-0123456si.3 - gsmtp'],
    },

    // ---- Content and format ----
    {
      id: 'google/spam-content',
      when: { text: ['likely unsolicited mail', 'likely unsolicited email', '?p=unsolicitedmessageerror', /nature of the content (?:and\/or|or) the links/] },
      reason: 'spamdetected',
      category: 'content',
      actor: 'sender',
      summary: 'Gmail judged this message to be unsolicited (spam-like) because of its content or links.',
      steps: {
        sender: [
          'Check every domain and link in the message (including tracking and image domains) against block lists; remove URL shorteners.',
          'Make sure recipients asked for the mail, and that SPF, DKIM and DMARC pass.',
          'Test a plain version of the message to a Gmail address you control to find what triggers it.',
        ],
      },
      links: [GUIDELINES, WHY_BLOCKED],
      source: SOURCE_ERRORS,
      examples: [
        '550-5.7.1 [203.0.113.18      12] Our system has detected that this message is\n550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. For more information, go to\n550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError a1b2c3-0123456si.1 - gsmtp',
        '421-4.7.0 [198.51.100.9      15] Our system has detected that this message is\n421-4.7.0 suspicious due to the nature of the content and/or the links within.\n421 4.7.0 https://support.google.com/mail/answer/188131 a1b2c3-0123456si.6 - gsmtp',
      ],
    },
    {
      id: 'google/blocked-attachment',
      when: { text: ['content presents a potential security issue', 'illegal attachment', 'attachment contains a potential security issue'] },
      // Gmail's own wording (Google's SMTP error list): it names Google without a Google host too.
      anywhere: true,
      reason: 'policyviolation',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail blocked the message because an attachment or its content could be a security risk (for example an executable or a file type Gmail blocks).',
      steps: { sender: ['Remove the attachment (executables, scripts, some archives and macro documents are blocked) and share it by a link instead.'] },
      links: [{ label: 'Google: file types blocked in Gmail', url: 'https://support.google.com/mail/answer/6590' }],
      source: SOURCE_SISIMAI,
      examples: ['552-5.7.0 This message was blocked because its content presents a potential\n552-5.7.0 security issue. Please visit\n552 5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines. a1b2c3-0123456si.5 - gsmtp'],
    },
    {
      id: 'google/not-rfc5322',
      when: {
        text: [
          'missing a valid address in the from: header', 'multiple addresses in from: header', 'not rfc 5322 compliant',
          'missing a valid message-id', 'unicode character in a disallowed header', 'encoded-word syntax is not permitted',
          '?p=rfcmessagenoncompliant', 'message is malformed',
        ],
      },
      reason: 'notcompliantrfc',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail refused the message because its headers break the email format standard (RFC 5322): for example a missing or invalid From or Message-ID, duplicate headers, or a malformed message.',
      steps: { sender: ['Fix how the message is built: one valid From address, one Message-ID, no duplicate headers, non-ASCII text only in properly encoded headers. This is a fix in your sending software or template.'] },
      links: [GUIDELINES],
      source: SOURCE_SISIMAI,
      examples: [
        '550-5.7.1 This message is not RFC 5322 compliant because it has duplicate headers.\n550-5.7.1 To reduce the amount of spam sent to Gmail, this message has been\n550-5.7.1 blocked. For more information, go to\n550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant a1b2c3-0123456si.7 - gsmtp',
        '554 5.6.0 Mail message is malformed. Not accepted. a1b2c3-0123456si.2 - gsmtp',
      ],
    },
    {
      id: 'google/header-or-attachment-limit',
      when: { text: [/header (?:size|name) limit/, 'per individual header size', 'number of attachments'] },
      reason: 'exceedlimit',
      category: 'message_too_large',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail refused the message because its headers are too large or it has too many attachments.',
      steps: { sender: ['Reduce the number of attachments or the size of the headers (very long custom headers or recipient lists), then send again.'] },
      source: SOURCE_SISIMAI,
      examples: ["552-5.3.4 Your message exceeded Google's message header size limits. For more\n552 5.3.4 information, go to https://support.google.com/a?p=header-limits a1b2c3-0123456si.4 - gsmtp"],
    },
    {
      id: 'google/message-too-large',
      when: { text: ['message size limit', '?p=maxsizeerror'] },
      reason: 'mesgtoobig',
      category: 'message_too_large',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail refused the message because it is larger than Gmail accepts (25 MB including encoding).',
      steps: { sender: ['Make the message smaller: share large files by a link instead of attaching them.'] },
      source: SOURCE_SISIMAI,
      examples: ["552-5.3.4 Your message exceeded Google's message size limits. For more information,\n552 5.3.4 visit https://support.google.com/mail/?p=MaxSizeError a1b2c3-0123456si.9 - gsmtp"],
    },

    // ---- Authentication ----
    {
      id: 'google/spf-hardfail',
      when: { text: ['spf record with a hard fail policy', 'fails to pass spf checks'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Gmail blocked the message because it failed SPF for a domain whose SPF record says “-all” (hard fail): the sending server is not listed in it.',
      steps: { sender: [AUTH_STEPS.spf, AUTH_STEPS.test] },
      links: [GUIDELINES],
      source: SOURCE_SISIMAI,
      examples: ['550-5.7.26 The MAIL FROM domain [bounce.example.com] has an SPF record with a hard fail\n550-5.7.26 policy (-all) but it fails to pass SPF checks with the ip:\n550-5.7.26 [192.0.2.200]. To best protect our users from spam and phishing, the\n550 5.7.26 message has been blocked. https://support.google.com/mail/answer/81126#authentication a1b2c3-0123456si.3 - gsmtp'],
    },
    {
      id: 'google/dmarc-reject',
      when: { text: ["not accepted due to domain's dmarc policy", 'due to domain’s dmarc policy', '?p=dmarcrejection'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Gmail refused the message because it failed DMARC for the From domain and that domain’s DMARC policy asks receivers to reject such mail.',
      steps: { sender: [AUTH_STEPS.align, AUTH_STEPS.dkim, AUTH_STEPS.test] },
      links: [GUIDELINES],
      source: SOURCE_SISIMAI,
      examples: [
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\n550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if\n550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to\n550 5.7.26  https://support.google.com/mail/?p=DmarcRejection a1b2c3-0123456si.1 - gsmtp",
      ],
    },
    {
      id: 'google/bulk-spf',
      when: { status: ['4.7.27', '5.7.27'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Gmail deferred or refused the message because SPF did not pass; Gmail requires bulk senders to pass SPF (4.7.27/5.7.27).',
      steps: { sender: [AUTH_STEPS.spf, AUTH_STEPS.test] },
      links: [GUIDELINES],
      source: SOURCE_GUIDELINES,
      examples: ["421-4.7.27 Your email has been rate limited because SPF authentication didn't\n421-4.7.27 pass for this message. Gmail requires all bulk email senders to\n421-4.7.27 authenticate their email with SPF. Authentication results: SPF domain\n421 4.7.27 example.com with IP address: 192.0.2.10 = Did not pass. a1b2c3-0123456si.1 - gsmtp"],
    },
    {
      id: 'google/bulk-dkim',
      when: { status: ['4.7.30', '5.7.30'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Gmail deferred or refused the message because DKIM did not pass; Gmail requires bulk senders to sign with DKIM (4.7.30/5.7.30).',
      steps: { sender: [AUTH_STEPS.dkim, AUTH_STEPS.test] },
      links: [GUIDELINES],
      source: SOURCE_GUIDELINES,
      examples: ['550-5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires\n550-5.7.30 all large senders to authenticate with DKIM. Authentication results:\n550 5.7.30 DKIM = did not pass. a1b2c3-0123456si.2 - gsmtp'],
    },
    {
      id: 'google/bulk-alignment',
      when: { status: ['4.7.32', '5.7.32'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Gmail deferred or refused the message because the From domain is not aligned with the domain that passed SPF or DKIM (4.7.32/5.7.32).',
      steps: { sender: [AUTH_STEPS.align, AUTH_STEPS.test] },
      links: [GUIDELINES],
      source: SOURCE_GUIDELINES,
      examples: ["421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in\n421-4.7.32 this message isn't aligned with either the authenticated SPF or DKIM\n421 4.7.32 organizational domain. a1b2c3-0123456si.3 - gsmtp"],
    },
    {
      id: 'google/bulk-no-dmarc',
      when: { status: ['4.7.40', '5.7.40'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Gmail deferred or refused the message because the sending domain has no DMARC record; Gmail requires one from bulk senders (4.7.40/5.7.40).',
      steps: { sender: [AUTH_STEPS.dmarc, AUTH_STEPS.align, AUTH_STEPS.test] },
      links: [GUIDELINES],
      source: SOURCE_GUIDELINES,
      examples: ["421-4.7.40 Your email has been rate limited because the sending domain doesn't\n421-4.7.40 have a DMARC record, or the DMARC record doesn't specify a DMARC policy.\n421 4.7.40 Gmail requires all bulk email senders to add a DMARC record. a1b2c3-0123456si.4 - gsmtp"],
    },
    {
      id: 'google/unauthenticated',
      // 4.7.26 / 5.7.26 (and the older 5.7.1): neither SPF nor DKIM passed.
      when: { text: ['senders to authenticate with either spf or dkim', 'is unauthenticated', 'fails to pass authentication checks', 'does not have authentication information'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Gmail deferred or refused the message because it is unauthenticated: neither SPF nor DKIM passed, and Gmail requires at least one from every sender.',
      steps: { sender: [AUTH_STEPS.spf, AUTH_STEPS.dkim, AUTH_STEPS.test] },
      links: [GUIDELINES],
      source: SOURCE_ERRORS,
      examples: [
        '550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n550-5.7.26\n550-5.7.26  Authentication results:\n550-5.7.26  DKIM = did not pass\n550-5.7.26  SPF [example.com] with ip: [192.0.2.77] = did not pass\n550 5.7.26  https://support.google.com/mail/answer/81126#authentication a1b2c3-0123456si.5 - gsmtp',
      ],
    },
    {
      id: 'google/spf-suspicious',
      when: { text: ['spf record of the sending domain has one or more suspicious entries', 'suspicious entries'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Gmail deferred or refused the message because the sending domain’s SPF record has suspicious entries (for example an overly broad range) (4.7.24/5.7.24).',
      steps: { sender: ['Clean up the SPF record: list only the services that send for you, no huge IP ranges, no “+all”, at most 10 DNS lookups.', AUTH_STEPS.test] },
      links: [GUIDELINES],
      source: SOURCE_SISIMAI,
      examples: ['451-4.7.24 The SPF record of the sending domain has one or more suspicious\n451-4.7.24 entries. To protect our users from spam, mail sent from your IP address\n451 4.7.24 has been temporarily rate limited. https://support.google.com/mail/answer/81126#authentication a1b2c3-0123456si.6 - gsmtp'],
    },
    {
      id: 'google/ptr',
      // The PTR record belongs to the owner of the sending IP.
      when: { text: ['ptr record', 'ipv6 sending guidelines', 'does not match the ip address of the hostname'] },
      reason: 'requireptr',
      category: 'authentication',
      actor: 'esp',
      summary: 'Gmail deferred or refused the message because the sending IP has no valid reverse DNS (PTR) record, or the PTR name does not point back to the IP.',
      steps: {
        esp: ['Ask your ESP (the owner of the sending IP) to publish a PTR record whose host name resolves back to the same IP.'],
        sender: ['Publish a PTR record for the sending IP (ask your hosting provider) with a host name that resolves back to the same IP; for IPv6 also make SPF or DKIM pass.'],
      },
      links: [GUIDELINES],
      source: SOURCE_SISIMAI,
      examples: [
        '550-5.7.25 The IP address sending this message does not have a PTR record setup, or\n550-5.7.25 the corresponding forward DNS entry does not point to the sending IP. As\n550-5.7.25 a policy, Gmail does not accept messages from IPs with missing PTR\n550 5.7.25 records. https://support.google.com/mail/answer/81126#ip-practices a1b2c3-0123456si.7 - gsmtp',
        '550-5.7.1 This message does not meet IPv6 sending guidelines regarding PTR\n550-5.7.1 records and authentication. For more information, go to\n550 5.7.1  https://support.google.com/mail/?p=IPv6AuthError a1b2c3-0123456si.8 - gsmtp',
      ],
    },

    // ---- TLS, relay and allowlists ----
    {
      id: 'google/tls-required',
      when: { text: ['tls required for rcpt domain', 'must issue a starttls command first', 'tls/ssl for smtp', 'not sent over a tls connection'] },
      reason: 'failedstarttls',
      category: 'tls',
      actor: 'esp',
      summary: 'Gmail (or the recipient’s Workspace domain) requires an encrypted (TLS) connection, and the sending server did not use one.',
      steps: {
        esp: ['Ask your ESP to send to this domain over TLS (STARTTLS); the recipient requires it.'],
        sender: ['Enable STARTTLS on your sending server for outgoing mail.'],
      },
      links: [{ label: 'Google: email encryption in transit', url: 'https://support.google.com/mail/answer/6330403' }],
      source: SOURCE_ERRORS,
      examples: [
        '421-4.7.0 TLS required for RCPT domain, closing connection. For more information,\n421 4.7.0 go to https://support.google.com/mail/answer/6330403 a1b2c3-0123456si.9 - gsmtp',
        '530 5.7.0 Must issue a STARTTLS command first. a1b2c3-0123456si.2 - gsmtp',
      ],
    },
    {
      id: 'google/ip-not-allowlisted',
      when: { text: ['ip not in whitelist', 'ip not in allowlist'] },
      reason: 'blocked',
      category: 'policy',
      actor: 'recipient_admin',
      summary: 'The recipient’s Google Workspace domain accepts mail only from IPs its admin has allow-listed, and the sending IP is not on that list.',
      steps: { recipient_admin: ['Only the recipient domain’s Workspace admin can add the sending IP to its inbound gateway or allowlist; contact them by another channel.'] },
      links: [{ label: 'Google Workspace: allowlists, denylists and approved senders', url: 'https://support.google.com/a/answer/60752' }],
      source: SOURCE_SISIMAI,
      examples: ['421-4.7.0 IP not in whitelist for RCPT domain, closing connection. For more\n421 4.7.0 information, go to https://support.google.com/a/answer/60752 a1b2c3-0123456si.1 - gsmtp'],
    },
    {
      id: 'google/relay-denied',
      // Workspace SMTP relay (smtp-relay.gmail.com) refuses a device or domain it does not know.
      when: { text: ['mail relay denied', 'invalid credentials for relay'] },
      reason: 'norelaying',
      category: 'relay_denied',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Google Workspace’s SMTP relay refused the message because the sending device, IP or domain is not registered in the Workspace relay settings.',
      steps: { sender: ['Ask your Workspace admin to add the sending IP or enable SMTP AUTH in Apps › Gmail › Routing › SMTP relay service, and to make sure the From domain belongs to the account.'] },
      links: [{ label: 'Google Workspace: SMTP relay service error messages', url: 'https://support.google.com/a/answer/6140680' }],
      source: SOURCE_SISIMAI,
      examples: ['550-5.7.1 Invalid credentials for relay [192.0.2.15]. The IP address you\'ve\n550-5.7.1 registered in your Workspace SMTP Relay service doesn\'t match the domain of\n550 5.7.1 the account this email is being sent from. a1b2c3-0123456si.4 - gsmtp'],
    },
    {
      id: 'google/not-authorized-direct',
      // A dynamic/residential IP sending straight to Gmail: it must use its provider's relay.
      when: { text: ['not authorized to send email directly to our servers', 'not authorized to send mail directly to our servers', '?p=notauthorizederror'] },
      // Gmail's own wording (Google's SMTP error list): it names Google without a Google host too.
      anywhere: true,
      reason: 'norelaying',
      category: 'policy',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Gmail does not accept mail sent directly from this IP (typically a home or dynamic IP); it must go through a proper mail relay.',
      steps: {
        esp: ['The sending IP is treated as an end-user IP: the operator of the sending server must relay through a proper mail server with a static IP and PTR.'],
        sender: ['Send through your provider’s or ESP’s SMTP relay instead of directly from this IP.'],
      },
      source: SOURCE_SISIMAI,
      examples: ["550-5.7.1 [203.0.113.77] The IP you're using to send mail is not authorized to\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\n550-5.7.1 service provider instead. For more information, go to\n550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError a1b2c3-0123456si.5 - gsmtp"],
    },

    // ---- Loops, system trouble, timeouts ----
    {
      id: 'google/mail-loop',
      when: { text: ['message exceeded 50 hops', '?p=mailloop'] },
      reason: 'networkerror',
      category: 'network',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'Gmail stopped the message because it passed through more than 50 servers: a forwarding loop.',
      steps: { recipient_admin: ['The recipient (or their admin) must fix the forwarding that sends mail in a circle, for example two addresses forwarding to each other.'] },
      source: SOURCE_ERRORS,
      examples: ['554-5.4.6 Message exceeded 50 hops, this may indicate a mail loop. For more\n554 5.4.6 information, go to https://support.google.com/mail/?p=MailLoop a1b2c3-0123456si.7 - gsmtp'],
    },
    {
      id: 'google/temporary-system-problem',
      when: { text: ['temporary system problem', 'server busy', 'temporarily rejected this message', 'temporarily rejected message', 'multiple destination domains per transaction'] },
      reason: 'systemerror',
      category: 'other',
      actor: 'none',
      summary: 'Gmail had a temporary problem on its side; the sending server will retry.',
      steps: { none: ['Nothing to do: the sending server retries and the message usually goes through.'] },
      source: SOURCE_SISIMAI,
      examples: ['421-4.3.0 Temporary System Problem. Try again later (10). For more information,\n421 4.3.0 go to https://support.google.com/a/answer/3221692 a1b2c3-0123456si.3 - gsmtp'],
    },
    {
      id: 'google/connection-timeout',
      when: { text: ['timeout - closing connection', 'connection expired, try reconnecting', 'connection expired'] },
      reason: 'expired',
      category: 'network',
      actor: 'none',
      // Sisimai names it "expired", but only the connection expired: the message is retried.
      permanence: 'temporary',
      summary: 'Gmail closed a slow or idle connection; the sending server will reconnect and retry.',
      steps: { none: ['Nothing to do: the sending server retries.'], esp: ['If it happens often, the sending server may be too slow between commands.'] },
      source: SOURCE_SISIMAI,
      examples: ['451-4.4.2 Timeout - closing connection. For more information, go to\n451 4.4.2  https://support.google.com/a/answer/3221692 a1b2c3-0123456si.6 - gsmtp'],
    },
    {
      id: 'google/try-again-later',
      // Denial-of-service protection, typically at HELO on the Workspace SMTP relay.
      when: { text: ['try again later, closing connection'] },
      reason: 'blocked',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Gmail asked the sending server to try again later and closed the connection (a temporary protection against too many connections).',
      steps: { none: ['Nothing to do: the sending server retries.'], esp: ['If it persists, lower the number of parallel connections to Google.'] },
      source: SOURCE_SISIMAI,
      examples: ['421-4.7.0 Try again later, closing connection. (EHLO) For more information, go to\n421 4.7.0 https://support.google.com/a/answer/3221692 a1b2c3-0123456si.2 - gsmtp'],
    },
    {
      id: 'google/outbound-connect-delayed',
      // Gmail as the *sending* side, still retrying ("Technical details of temporary failure").
      // Sisimai's Gmail decoder calls these notices "expired" whether delayed or final.
      when: { text: [['temporary failure', 'did not accept our requests to connect'], ['has been delayed', 'did not accept our requests to connect']] },
      anywhere: true,
      reason: 'expired',
      category: 'network',
      actor: 'none',
      permanence: 'temporary',
      summary: 'Gmail cannot connect to the recipient’s mail server yet (it timed out or refused the connection) and keeps retrying.',
      steps: { none: ['Nothing to do while Gmail keeps retrying (up to about two days). If it finally fails, the recipient domain must fix its mail server.'] },
      source: 'https://support.google.com/mail/answer/7720',
      examples: ['Delivery to the following recipient has been delayed: someone@example.net Message will be retried for 2 more day(s) Technical details of temporary failure: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.98: timed out]'],
    },
    {
      id: 'google/outbound-connect-failed',
      // Gmail's notice about another domain's server. The actor is left to the reason's defaults:
      // nobody while the DSN says "Action: delayed", the recipient's admin once Gmail gives up.
      // "did not accept our requests to connect" is Gmail's own wording.
      when: { text: ['did not accept our requests to connect', 'support.google.com/mail/answer/7720'] },
      anywhere: true,
      reason: 'expired',
      category: 'network',
      summary: 'Gmail could not connect to the recipient’s mail server (it timed out or refused the connection) and gave up.',
      steps: {
        none: ['Nothing to do while Gmail keeps retrying (up to about two days).'],
        recipient_admin: ['The recipient domain must fix its MX records or mail server; check the domain’s MX and that port 25 answers.'],
      },
      source: 'https://support.google.com/mail/answer/7720',
      examples: ['Delivery to the following recipient failed permanently: someone@example.net Technical details of permanent failure: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.99: timed out]'],
    },
  ],
} satisfies ProviderTable;
