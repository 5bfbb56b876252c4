// Plain-language copy for every reason (contract.md "reason"), written for email marketers,
// deliverability consultants and ESP support staff.
//
// `actor` is who acts first when the failure is final; `actorWhenTemporary` is who acts while it is
// only a deferral (providers.md §0: greylisting, busy servers, brief rate limits and timeouts clear
// with the sending server's own retries, so nobody needs to act; reputation and block listings stay
// with their owner even when the refusal is temporary).
// `steps` are keyed by the actor that ends up responsible. Every actor a verdict can end with has
// steps, and so does `sender`: under a dedicated IP or a self-hosted server the ESP's work moves to
// the sender (contract.md "actor").
// `{provider}` becomes the provider's name ("Apple iCloud Mail") or "The receiving server"; it is
// only used at the start of a sentence.

import type { Reason, ReasonInfo } from '../core/types.ts';

const KEEP_ADDRESS = 'Keep the address on your list: the recipient’s mailbox was not the problem.';
const WAIT = 'Nothing to do yet: the sending server keeps the message and retries it automatically.';
const WATCH_FINAL = 'If a final failure arrives when the retries run out, read its reason; that one needs action.';
const ASK_RECIPIENT =
  'If the message matters, tell the recipient by another channel (phone, another address) so that their IT team can fix it.';

export const reasons = {
  userunknown: {
    title: 'Address does not exist',
    category: 'user_unknown',
    actor: 'sender',
    summary: '{provider} says this address does not exist, so the message can never be delivered to it.',
    explanation:
      'The part before the @ is not a mailbox the receiving domain knows: it was mistyped, the person left the organisation, or the account was deleted. Retrying will not help. Mailbox providers treat mail to unknown addresses as a sign of a badly kept list, so a high rate of these bounces hurts your sender reputation.',
    steps: {
      sender: [
        'Remove the address from your list (mark it as a hard bounce) and never send to it again.',
        'Check it for typos, above all in the domain (example.con instead of example.com); if the contact gave it to you recently, ask for the right address by another channel.',
        'If many addresses bounce like this, fix how they are collected: confirmed opt-in, validation at sign-up, no bought or rented lists.',
      ],
    },
  },
  hostunknown: {
    title: 'Domain does not exist',
    category: 'domain_error',
    actor: 'sender',
    actorWhenTemporary: 'none',
    summary: '{provider} could not find the recipient’s domain, so there is nowhere to deliver the message.',
    explanation:
      'The part after the @ does not exist in DNS or has no mail server. It is usually a typo (example.con instead of example.com) or a domain that has expired. Unless the domain comes back, every message to it will fail.',
    steps: {
      sender: [
        'Remove the address from your list, or correct the domain if it is an obvious typo (example.con → example.com) and the contact confirms it.',
        'Add a domain check (does it have MX records?) to your sign-up forms so that such addresses never enter the list.',
      ],
      none: [
        'Nothing to do yet: the domain lookup failed for now and the sending server retries automatically.',
        'If it still fails when the retries run out, check the domain for a typo and remove the address.',
      ],
    },
  },
  hasmoved: {
    title: 'Address no longer in use',
    category: 'user_unknown',
    actor: 'sender',
    summary: '{provider} says this mailbox has moved or changed owner and no longer takes mail for the person you meant.',
    explanation:
      'The address was valid once, but mail is no longer accepted for it and no forwarding is set up (RFC 3463 X.1.6), or the mailbox or domain has a new owner (RFC 7293). Treat the address as gone.',
    steps: {
      sender: [
        'Remove the address from your list.',
        'If the bounce names a new address, update your record only after the contact confirms it (send a re-opt-in message).',
      ],
    },
  },
  notaccept: {
    title: 'Domain accepts no mail',
    category: 'domain_error',
    actor: 'sender',
    actorWhenTemporary: 'none',
    summary: '{provider} says the recipient’s domain does not accept email at all.',
    explanation:
      'The domain publishes a “null MX” record (RFC 7505) or its mail server refuses every message, which declares that nobody at that domain can receive mail. Sometimes a server answers this only while it is overloaded or under maintenance; then the error is temporary.',
    steps: {
      sender: [
        'Remove the addresses at this domain from your list: the domain says it receives no mail.',
        'Check for a typo that lands on a parked look-alike domain, and correct it if the contact confirms.',
      ],
      none: [
        'Nothing to do yet: the receiving system is not accepting mail right now (maintenance or load), and the sending server retries automatically.',
        WATCH_FINAL,
      ],
    },
  },
  mailboxfull: {
    title: 'Mailbox full',
    category: 'mailbox_full',
    actor: 'recipient',
    summary: '{provider} says the recipient’s mailbox is full, so no new messages fit in it.',
    explanation:
      'The recipient has used up their storage quota. The address is valid and the problem is on the recipient’s side; it often clears when they delete mail. A mailbox that stays full for weeks is usually abandoned.',
    steps: {
      recipient: [
        'Only the recipient can fix this, by deleting mail (the trash and large attachments) or buying more storage.',
        'Keep the address for now: a later send may go through once they make space.',
        'If it bounces as full on several sends over a few weeks, treat the mailbox as abandoned and suppress it.',
      ],
      sender: [
        'Keep the address for now: a later send may go through once the recipient makes space.',
        'If it bounces as full on several sends over a few weeks, treat the mailbox as abandoned and suppress it.',
        'If the message matters, reach the person by another channel.',
      ],
    },
  },
  mesgtoobig: {
    title: 'Message too large',
    category: 'message_too_large',
    actor: 'sender',
    summary: '{provider} refused the message because it is larger than the server accepts.',
    explanation:
      'Every mail server has a maximum message size, often between 10 and 50 MB, and attachments grow by about a third when they are encoded for email. The recipient’s address is fine; a smaller message will go through.',
    steps: {
      sender: [
        'Make the message smaller: link to large files on a file-sharing or web server instead of attaching them, and compress images.',
        'Keep the whole message (with attachments) well under 10 MB for mail to many different domains.',
        'Resend it; keep the address on your list.',
      ],
    },
  },
  exceedlimit: {
    title: 'Message over the recipient’s size limit',
    category: 'message_too_large',
    actor: 'sender',
    summary: '{provider} refused the message because it is larger than the limit set for this recipient or domain.',
    explanation:
      'RFC 3463 X.2.3: a per-mailbox limit on message length, set lower than the server’s general limit, was exceeded. The address is valid; a smaller message will go through.',
    steps: {
      sender: [
        'Make the message smaller: link to large files instead of attaching them, and compress images.',
        'Resend it; keep the address on your list.',
      ],
    },
  },
  filtered: {
    title: 'Refused by the recipient’s filter',
    category: 'policy',
    actor: 'recipient',
    summary: '{provider} refused the message for this recipient after reading it: a filter or the recipient’s settings do not accept it.',
    explanation:
      'The receiving system took the address during the SMTP conversation but refused the message later, after reading it (the DATA step), or a per-recipient filter refused it: the recipient accepts mail only from chosen senders, blocks your domain, or the mailbox is switched off. Some servers report an unknown user only at this stage; if the text says the user does not exist, treat the address as dead.',
    steps: {
      recipient: [
        'The recipient can add your From address or domain to their allowed (safe) senders, or change the filter setting that refused you; ask them by another channel if you can.',
        'If the text says the user or mailbox does not exist, remove the address like any unknown user.',
        'Otherwise keep the address for now, and suppress it if it keeps failing on several sends.',
      ],
      sender: [
        'If the text says the user or mailbox does not exist, remove the address like any unknown user.',
        'Otherwise ask the recipient, by another channel if you can, to add your From address to their allowed senders.',
        'Suppress the address if it keeps failing on several sends.',
      ],
    },
  },
  suspend: {
    title: 'Account disabled',
    category: 'mailbox_disabled',
    actor: 'recipient',
    summary: '{provider} says the recipient’s account exists but is disabled or suspended.',
    explanation:
      'The mailbox is switched off: the account may be inactive for a long time, unpaid, locked after abuse, or frozen by the provider. It can come back if the owner reactivates it, but many never do.',
    steps: {
      recipient: [
        'Only the account owner (or their provider) can reactivate the account; you cannot fix it from your side.',
        'Stop sending to the address for now; if it still bounces after a few weeks, remove it.',
      ],
      sender: [
        'Stop sending to the address for now: the account is switched off.',
        'If it still bounces after a few weeks, remove it; an inactive account can also be turned into a spam trap later.',
      ],
    },
  },
  rejected: {
    title: 'Sender address refused',
    category: 'policy',
    actor: 'sender',
    summary: '{provider} refused your sender address (the envelope sender, also called Return-Path or MAIL FROM), not the recipient.',
    explanation:
      'The receiving server did not accept the address the message was sent from: its domain may not exist or lack working DNS, the server could not verify it, or it is on the receiver’s block list. The recipient address was not the problem, so do not remove it.',
    steps: {
      sender: [
        'Check that the Return-Path (bounce) domain exists in DNS and has MX or A records; if you use a custom bounce domain at your ESP, check the DNS records the ESP asked for.',
        'Make sure the From and Return-Path addresses can receive mail: some servers call back to verify them.',
        'Look the sending domain up on Spamhaus (https://check.spamhaus.org) and other domain block lists.',
        KEEP_ADDRESS,
      ],
    },
  },
  blocked: {
    title: 'Sending IP blocked',
    category: 'blocklist',
    actor: 'esp',
    summary: '{provider} refused mail from the sending IP address, usually because it is on a block list.',
    explanation:
      'The refusal is about the server that sent the message (its IP address or host name), not about this recipient or this message. The IP is on a DNS block list (Spamhaus, Spamcop, Barracuda, Proofpoint, Cloudmark, or the receiver’s own list), or the receiver refuses hosts like it (dynamic ranges, no reverse DNS). On an ESP’s shared IPs another customer’s mail may have caused the listing.',
    steps: {
      esp: [
        'Send your ESP the full bounce (it names the IP and usually the list) and ask them to delist the IP or move your mail to a clean IP.',
        'Pause sending to this domain until the ESP confirms the fix; retrying from the same IP will not help.',
        KEEP_ADDRESS,
      ],
      sender: [
        'Look up the sending IP on the list named in the bounce: Spamhaus (https://check.spamhaus.org), Spamcop, Barracuda Central, Proofpoint (https://ipcheck.proofpoint.com) or Cloudmark CSI.',
        'Fix what caused the listing first (a compromised account or server, old or bought addresses, spam traps, a sudden jump in volume), then use the list’s own removal or reset form.',
        'Check that the IP has a reverse DNS (PTR) name that resolves back to it and does not look dynamic.',
        KEEP_ADDRESS,
      ],
    },
  },
  badreputation: {
    title: 'Poor sending reputation',
    category: 'reputation',
    actor: 'esp',
    summary: '{provider} refused or slowed down the message because of the reputation of the sending IP address or domain.',
    explanation:
      'Mailbox providers score every sender from spam complaints, spam-trap hits, mail to unknown addresses and how recipients engage. This reply says the score is too low, without naming a public block list. It may come as a temporary deferral, but it will go on until the reputation recovers.',
    steps: {
      esp: [
        'Send your ESP the full bounce and ask them to check the reputation of the sending IP at this provider and to move you to a better IP or pool if needed.',
        'Meanwhile send to this provider only your most engaged recipients, and less volume.',
        KEEP_ADDRESS,
      ],
      sender: [
        'Check your standing with the providers’ own tools: Google Postmaster Tools, Microsoft SNDS and JMRP, Yahoo Sender Hub.',
        'Stop mailing recipients who have not opened or clicked in months, and any bought or scraped addresses.',
        'Honour unsubscribes at once and add one-click List-Unsubscribe headers; keep spam complaints under 0.1%.',
        'Lower the volume to this provider and raise it slowly as the reputation recovers.',
      ],
    },
  },
  spamdetected: {
    title: 'Message judged as spam',
    category: 'content',
    actor: 'sender',
    summary: '{provider} refused the message because its spam filter judged it to be spam.',
    explanation:
      'The content filter scored this message as spam: its wording, layout, links, or the domains it links to. Links to domains on URL block lists (Spamhaus DBL, SURBL, URIBL) are a frequent cause. The recipient’s address is fine.',
    steps: {
      sender: [
        'Check every domain in the message (links, images, tracking) on the Spamhaus domain lookup (https://check.spamhaus.org) and on SURBL; replace listed domains and avoid URL shorteners.',
        'Compare with a plain version of the message sent to a test inbox; remove image-only layouts, spam-like phrases and unexpected attachments.',
        'Make sure SPF, DKIM and DMARC pass: authenticated mail is judged less harshly.',
        'Keep the address and resend once the content is fixed.',
      ],
    },
  },
  virusdetected: {
    title: 'Virus or dangerous attachment',
    category: 'content',
    actor: 'sender',
    summary: '{provider} refused the message because its virus scanner found malware or a forbidden attachment.',
    explanation:
      'A scanner found a virus or a file type the receiver does not accept (for example .exe, .js, or documents with macros, also inside a zip file). If nobody added an attachment on purpose, the sending account or system may be compromised.',
    steps: {
      sender: [
        'Remove the attachment, or replace it with a link to the file on a trusted server.',
        'Scan the file and the computer or system that sent it; if you attached nothing, check the sending account for compromise and change its password.',
        'Keep the address and resend once the message is clean.',
      ],
    },
  },
  policyviolation: {
    title: 'Refused by the receiver’s policy',
    category: 'policy',
    actor: 'recipient_admin',
    summary: '{provider} refused the message under a rule of its own (local policy).',
    explanation:
      'The receiving organisation has a rule that this message broke: a restricted group or mailing list, a ban on some attachments or senders, a country block, or an undocumented “local policy” verdict. Only the receiving side can change its rules; the sender can change the message or ask for an exception.',
    steps: {
      recipient_admin: [
        'The receiving organisation’s mail administrator must allow your sender address, domain or IP, or change the rule that matched.',
        'Ask the recipient to forward the bounce (with the time it happened) to their IT team.',
        'Keep the address: it exists.',
      ],
      sender: [
        'Read the reply for the rule that matched (attachment type, group membership, sender) and change the message if you can.',
        'Ask the recipient, by another channel, to have their IT team allow your messages.',
        'Keep the address: it exists.',
      ],
    },
  },
  authfailure: {
    title: 'Authentication failed (SPF, DKIM, DMARC)',
    category: 'authentication',
    actor: 'sender',
    summary: '{provider} refused the message because it failed sender authentication (SPF, DKIM or DMARC).',
    explanation:
      'Receivers check that a message really comes from the domain in its From address. SPF lists the servers allowed to send for a domain, DKIM signs the message with the domain’s key, and DMARC requires that at least one of them passes for the From domain itself. Since 2024 Gmail, Yahoo and Microsoft refuse bulk mail that fails these checks.',
    steps: {
      sender: [
        'Check that your domain’s SPF record includes your ESP’s servers and needs no more than 10 DNS lookups.',
        'Turn on DKIM signing with your own domain at your ESP and publish the DNS key it gives you.',
        'Publish a DMARC record (start with p=none) and make sure SPF or DKIM passes for the same domain as your From address.',
        'Send a test to a Gmail address and open “Show original”: SPF, DKIM and DMARC should all say PASS.',
      ],
    },
  },
  requireptr: {
    title: 'Missing reverse DNS (PTR)',
    category: 'authentication',
    actor: 'esp',
    summary: '{provider} refused the connection because the sending IP address has no valid reverse DNS (PTR) name.',
    explanation:
      'Receivers look up the host name of the connecting IP address (reverse DNS) and check that the name points back to the same IP. Missing, generic or mismatched names look like infected home computers, so many servers refuse them. Only the owner of the IP address can set its PTR record.',
    steps: {
      esp: [
        'Send your ESP the bounce: they must give the sending IP a PTR record whose name resolves back to the same IP.',
        KEEP_ADDRESS,
      ],
      sender: [
        'Ask whoever owns the sending IP (your hosting or cloud provider, or your ISP) to set a PTR record for it, such as mail.example.com.',
        'Add the matching A (or AAAA) record so the name resolves back to the same IP, and use that name in the server’s HELO/EHLO greeting.',
        'Check it with a reverse lookup (for example dig -x followed by the IP) before sending again.',
      ],
    },
  },
  securityerror: {
    title: 'Refused for a security reason',
    category: 'policy',
    actor: 'sender',
    actorWhenTemporary: 'none',
    summary: '{provider} refused the message for a security or policy reason it did not spell out.',
    explanation:
      'The reply uses a security or policy status code (RFC 3463 X.7, “under the control of either or both the sender and recipient”) without a clear cause. In practice this covers spam filtering, sender reputation, authentication and local rules. The reply text, the provider’s postmaster pages and your other bounces from the same domain usually narrow it down.',
    steps: {
      sender: [
        'Read the whole reply for a named block list, URL or code, and look that up first.',
        'Check that SPF, DKIM and DMARC pass for your From domain.',
        'Check the sending IP and domain on Spamhaus (https://check.spamhaus.org) and in the providers’ tools: Google Postmaster Tools, Microsoft SNDS, Yahoo Sender Hub.',
        'If only one domain refuses you, write to its postmaster with the bounce and the time it happened.',
      ],
      none: [
        WAIT,
        'If the same domain keeps deferring your mail for hours, check your sending reputation there (Google Postmaster Tools, Microsoft SNDS, Yahoo Sender Hub) and your authentication.',
      ],
    },
  },
  norelaying: {
    title: 'Relaying denied',
    category: 'relay_denied',
    actor: 'recipient_admin',
    summary: '{provider} refused to pass the message on: it does not accept mail for this domain from you (relaying denied).',
    explanation:
      'A mail server accepts mail only for the domains it hosts, or from users who have logged in. This refusal usually means the recipient domain’s MX records point to a server that no longer handles the domain, or that a program handed the message to a server as if it were its outgoing server without logging in.',
    steps: {
      recipient_admin: [
        'The recipient domain’s administrator must fix its MX records or set up the server to accept mail for the domain.',
        'Ask the recipient to forward the bounce to their IT team; keep the address.',
      ],
      sender: [
        'If you send through your own SMTP server or app, make sure it logs in (SMTP AUTH) to your outgoing server and that the sending address or domain is verified at your ESP.',
        'Check the recipient’s domain for a typo.',
        'If the domain is right, the receiving side must fix it; keep the address.',
      ],
    },
  },
  notcompliantrfc: {
    title: 'Message format breaks the standard',
    category: 'content',
    actor: 'sender',
    summary: '{provider} refused the message because its format breaks the email standard (RFC 5322).',
    explanation:
      'The message has, for example, two Subject or From headers, several addresses in From, a missing Date or Message-ID, or malformed header lines. Gmail and other large providers refuse such messages because spam software often produces them.',
    steps: {
      sender: [
        'Look at the raw message (“Show original” or “View source”) for duplicate or missing headers: every message needs exactly one From, Date, Subject and Message-ID.',
        'If your platform or template adds headers, ask your ESP or developer to fix it.',
        'Keep the address and resend once the message is fixed.',
      ],
    },
  },
  contenterror: {
    title: 'Content or encoding error',
    category: 'content',
    actor: 'sender',
    summary: '{provider} could not accept the message because of how its content is encoded or formatted.',
    explanation:
      'RFC 3463 X.6 codes report problems with the message’s media: unsupported content types, conversions that failed (8-bit data or non-ASCII addresses the next server cannot handle), headers that are too large, or broken MIME. They are “under the control of both the sender and the receiver”, but only the sender can change the message.',
    steps: {
      sender: [
        'Check the message source for raw 8-bit characters in headers, broken MIME parts or very large headers.',
        'Use standard encodings (UTF-8 with quoted-printable or base64) and avoid non-ASCII addresses unless the receiving server supports SMTPUTF8.',
        'If your ESP builds the message, send them the bounce; keep the address.',
      ],
    },
  },
  speeding: {
    title: 'Sending too fast',
    category: 'rate_limit',
    actor: 'esp',
    actorWhenTemporary: 'none',
    summary: '{provider} is limiting how fast it accepts mail from the sending server or for this recipient.',
    explanation:
      'The receiver accepts only so many messages per minute or hour from one IP address, one sender or for one recipient. Sending servers queue deferred mail and retry it, so this usually clears by itself; if it ends in a final failure, the sending rate to this provider has to come down.',
    steps: {
      none: [WAIT, 'If it happens on every large send, spread the send over more time or smaller batches.'],
      esp: [
        'Ask your ESP to lower the sending rate (throttling) to this provider: the messages ran out of retries before they were accepted.',
        'Spread large sends over more time, and resend the messages that failed.',
      ],
      sender: [
        'Lower the sending rate to this provider: fewer connections and messages per minute, smaller batches.',
        'Warm new IPs and domains up gradually; a sudden jump in volume triggers these limits.',
        'Resend the messages that failed; keep the addresses.',
      ],
    },
  },
  toomanyconn: {
    title: 'Too many connections or recipients',
    category: 'rate_limit',
    actor: 'esp',
    actorWhenTemporary: 'none',
    summary: '{provider} refused because the sending server opened too many connections or listed too many recipients at once.',
    explanation:
      'Receivers limit how many connections one IP may open at the same time and how many recipients one message may list (RFC 5321 §4.5.3.1.10 expects at least 100, and treats “too many recipients” as temporary). The sending server should retry the rest later over fewer connections.',
    steps: {
      none: [WAIT, 'If it happens often, ask for fewer parallel connections or fewer recipients per message to this provider.'],
      esp: [
        'Ask your ESP to open fewer parallel connections to this provider and to send fewer recipients per message.',
        'Resend the messages that failed; keep the addresses.',
      ],
      sender: [
        'Lower the number of parallel connections to this provider in your sending software and list fewer recipients per message (100 at most).',
        'Resend the messages that failed; keep the addresses.',
      ],
    },
  },
  syntaxerror: {
    title: 'SMTP protocol error',
    category: 'other',
    actor: 'esp',
    summary: '{provider} did not accept a command sent by the sending server (an SMTP protocol error).',
    explanation:
      'The sending mail server sent a command the receiver could not parse or did not expect at that point (RFC 5321 replies 500–504). It is a software or configuration fault on the sending side, or an incompatibility between the two servers; the recipient’s address is not the problem.',
    steps: {
      esp: ['Send the bounce to your ESP: their sending software must be fixed.', KEEP_ADDRESS],
      sender: [
        'If you send from your own server or app, check its SMTP library and settings (TLS, login, line length, address format) against the command named in the bounce.',
        KEEP_ADDRESS,
      ],
    },
  },
  systemerror: {
    title: 'Receiving server error',
    category: 'other',
    actor: 'recipient_admin',
    actorWhenTemporary: 'none',
    summary: '{provider} had an internal error or is misconfigured, so it could not take the message.',
    explanation:
      'The problem is in the receiving mail system (RFC 3463 X.3, “under the general control of the destination system administrator”): a configuration error, a mail loop, a back-end that is down. Temporary errors like this usually clear with retries.',
    steps: {
      recipient_admin: [
        'The receiving domain’s administrator must fix their mail server.',
        ASK_RECIPIENT,
        'Keep the address and resend later.',
      ],
      none: [WAIT, WATCH_FINAL],
      sender: ['Keep the address and resend later.', ASK_RECIPIENT],
    },
  },
  systemfull: {
    title: 'Receiving server out of space',
    category: 'other',
    actor: 'recipient_admin',
    actorWhenTemporary: 'none',
    summary: '{provider} has run out of storage or is overloaded, so it cannot take messages right now.',
    explanation:
      'The whole receiving mail system (not one mailbox) is out of disk space or congested (RFC 3463 X.3.1, X.4.5). Only its administrator can fix that; it is usually temporary.',
    steps: {
      recipient_admin: ['The receiving domain’s administrator must free storage on their mail server.', ASK_RECIPIENT, 'Keep the address and resend later.'],
      none: [WAIT, WATCH_FINAL],
      sender: ['Keep the address and resend later.', ASK_RECIPIENT],
    },
  },
  networkerror: {
    title: 'Network or DNS problem',
    category: 'network',
    actor: 'recipient_admin',
    actorWhenTemporary: 'none',
    summary: '{provider} could not be reached: a DNS lookup, the connection or the route to it failed.',
    explanation:
      'The sending server could not look up or connect to the recipient’s mail server, lost the connection, or found a mail loop (RFC 3463 X.4, “under the control of the destination or intermediate system administrator”). Short outages clear by themselves; a failure that lasts until the retries run out means the receiving domain’s mail setup is broken.',
    steps: {
      recipient_admin: [
        'The recipient domain’s administrator must fix its MX records, DNS or mail server, or break the mail loop.',
        ASK_RECIPIENT,
        'Keep the address and resend later.',
      ],
      none: [WAIT, WATCH_FINAL],
      sender: [
        'If many different domains fail like this at once, the problem is on the sending side: tell your ESP or your server administrator.',
        'Otherwise keep the address and resend later.',
        ASK_RECIPIENT,
      ],
    },
  },
  expired: {
    title: 'Delivery timed out',
    category: 'expired',
    actor: 'recipient_admin',
    actorWhenTemporary: 'none',
    summary: '{provider} did not accept the message before the sending server’s retry time ran out, so delivery was given up.',
    summaryWhenTemporary:
      '{provider} has not accepted the message yet. The sending server keeps retrying; the message bounces only if its retry time runs out first.',
    explanation:
      'Mail servers retry a deferred message for a few days (often 3 to 5) before giving up. The earlier temporary errors tell why: a server that is down or unreachable, DNS failures, or repeated refusals such as rate limits or reputation deferrals. Look for them in the bounce.',
    steps: {
      recipient_admin: [
        'If the bounce shows connection or DNS failures, the recipient domain’s mail server is down or misconfigured; only its administrator can fix it.',
        ASK_RECIPIENT,
        'Keep the address and resend later.',
      ],
      none: ['Nothing to do yet: the message is still queued and the sending server keeps retrying.', WATCH_FINAL],
      sender: [
        'Read the last error in the bounce: it names the real cause (a block, a rate limit, a dead server).',
        'If many domains time out at once, the problem is on the sending side; tell your ESP.',
        'Keep the address and resend later.',
      ],
    },
  },
  mailererror: {
    title: 'Delivery program failed',
    category: 'other',
    actor: 'recipient_admin',
    summary: '{provider} accepted the message, but a program that delivers or filters mail there (such as procmail or a forwarding script) failed.',
    explanation:
      'The receiving system hands mail to a local program for the last step. That program exited with an error, so the message was returned. This is a fault of the receiving system, not of the message or the address.',
    steps: {
      recipient_admin: ['The receiving system’s administrator must fix the delivery program or the recipient’s filter or forwarding rule.', ASK_RECIPIENT],
      sender: ['Keep the address and resend later.', ASK_RECIPIENT],
    },
  },
  onhold: {
    title: 'Cause unclear',
    category: 'other',
    actor: 'sender',
    actorWhenTemporary: 'none',
    summary: '{provider} did not deliver the message, but the reply does not say clearly why.',
    explanation:
      'The reply carries only a generic code or wording, not enough to name a cause. A bare 550 or 5.0.0, for example, can mean an unknown address, a policy block or a spam verdict. The full bounce (its Status and Diagnostic-Code fields) and other bounces from the same domain usually say more.',
    steps: {
      sender: [
        'Open the full bounce and look for an enhanced status code (such as 5.1.1) or a provider code, and paste that line here.',
        'Keep the address for now; if it fails again without explanation, suppress it.',
        'If a whole domain fails like this, write to its postmaster with the bounce and the time.',
      ],
      none: [WAIT, WATCH_FINAL],
    },
  },
  undefined: {
    title: 'Not recognised',
    category: 'other',
    actor: 'sender',
    actorWhenTemporary: 'none',
    summary: '{provider} reported a failure this tool could not classify.',
    explanation:
      'The text does not match any known bounce pattern or status code. It may come from an unusual mail server, be translated, or be only part of the bounce.',
    steps: {
      sender: [
        'Paste the full bounce, or at least the line with the three-digit reply code and the status code (such as 550 5.1.1).',
        'Keep the address for now; if it fails again, suppress it.',
      ],
      none: [WAIT, WATCH_FINAL],
    },
  },
  feedback: {
    title: 'Spam complaint',
    category: 'complaint',
    actor: 'sender',
    summary: 'A recipient marked your message as spam, and their mailbox provider sent you this complaint report (feedback loop).',
    explanation:
      'Mailbox providers with feedback loops (Yahoo, Microsoft JMRP, many ISPs, in the ARF format of RFC 5965) send these reports when a user clicks “This is spam”. It is not a bounce, but complaints are the strongest negative reputation signal: Google and Yahoo ask bulk senders to stay under 0.3%, better under 0.1%.',
    steps: {
      sender: [
        'Unsubscribe the person who complained at once and never mail them again.',
        'Find which campaign and list segment drew the complaints; check consent, frequency and whether recipients recognise your From name.',
        'Make unsubscribing easy: a visible link and one-click List-Unsubscribe headers.',
        'Watch your complaint rate in Google Postmaster Tools and Yahoo Sender Hub.',
      ],
    },
  },
  vacation: {
    title: 'Auto-reply',
    category: 'not_bounce',
    actor: 'none',
    summary: 'This is an automatic reply (out-of-office or vacation notice), not a delivery failure.',
    explanation:
      'The message was delivered; the recipient’s mailbox answered automatically (RFC 3834). Nothing failed.',
    steps: {
      none: ['Nothing to do: the message was delivered. Keep the address.', 'If the reply names another contact, consider writing to them.'],
      sender: ['Nothing to do: the message was delivered. Keep the address.'],
    },
  },
  delivered: {
    title: 'Delivered',
    category: 'not_bounce',
    actor: 'none',
    summary: '{provider} accepted the message: this is a success reply, not a bounce.',
    explanation: 'A 2xx reply code or a 2.x.x status means the receiving server took responsibility for the message (RFC 5321 §4.2.1).',
    steps: {
      none: ['Nothing to do: the message was accepted.'],
      sender: ['Nothing to do: the message was accepted.'],
    },
  },
  failedstarttls: {
    title: 'Encryption (TLS) failed',
    category: 'tls',
    actor: 'esp',
    summary: '{provider} and the sending server could not set up the encrypted (TLS) connection that one of them requires.',
    explanation:
      'One side requires encryption (STARTTLS, DANE, MTA-STS or REQUIRETLS) and the other could not provide it: an expired or mismatched certificate, an old TLS version, or no STARTTLS support. If the receiver demands TLS, the sending server must offer it; if the sending side’s policy requires TLS, the receiving server’s certificate or policy is at fault.',
    steps: {
      esp: [
        'Send the bounce to your ESP: their servers must offer STARTTLS with TLS 1.2 or later, or fix their TLS policy for this domain.',
        KEEP_ADDRESS,
      ],
      sender: [
        'If you run the sending server, turn on STARTTLS with TLS 1.2 or later and a valid certificate, and check any DANE or MTA-STS policy it enforces.',
        'If the receiving domain’s certificate or MTA-STS policy is broken, tell the recipient so that their administrator can fix it.',
      ],
      recipient_admin: ['The receiving domain’s administrator must fix the TLS certificate or the MTA-STS or DANE records of its mail servers.', ASK_RECIPIENT],
    },
  },
  suppressed: {
    title: 'Address on a suppression list',
    category: 'other',
    actor: 'sender',
    summary: 'The message was not sent because the address is on a suppression list (it bounced, complained or unsubscribed before).',
    explanation:
      'ESPs keep a suppression list of addresses that hard-bounced, complained or unsubscribed, and skip them to protect your reputation. No receiving server was contacted.',
    steps: {
      sender: [
        'Check in your ESP’s dashboard why the address was suppressed (bounce, complaint or unsubscribe).',
        'Remove it from the suppression list only if the person confirms that the address works and that they want your mail.',
      ],
    },
  },
} satisfies Record<Reason, ReasonInfo>;
