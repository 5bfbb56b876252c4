// Yahoo Inc.: Yahoo Mail and AOL Mail (yahoo.*, ymail.com, rocketmail.com, aol.com, aim.com ...).
// Yahoo's Sender Hub (https://senders.yahooinc.com/smtp-error-codes/) explains code families rather than
// each code: 421/451 are temporary (unusual traffic, complaints, "the IP or its subnet has a poor
// reputation"), 553/554 permanent (invalid address, DMARC/DKIM, policy content, Spamhaus listing).
// Bracket codes ([TSS04], [TS03], [PH01], [BL21]) come from real bounces collected by Sisimai
// (Rhost::YahooInc) and zone-mta (shared/docs/providers.md §5). Note: TS03, TSS09 and TSS11 say
// "permanently deferred; Retrying will NOT succeed" although they arrive as 421/553.
// AOL's legacy codes in parentheses ((RTR:BB), (HVU:B1), (DYN:T1) ...) predate the move to Yahoo's
// servers; they still turn up in old logs and archived bounces.

import type { ProviderTable } from '../../core/types.ts';

const SOURCE_CODES = 'https://senders.yahooinc.com/smtp-error-codes/';
const SOURCE_SISIMAI = 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-yahooinc.go';
const SOURCE_ZONE_MTA = 'https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt';

const SENDER_HUB = { label: 'Yahoo Sender Hub: best practices and requirements', url: 'https://senders.yahooinc.com/best-practices/' };
const ERROR_CODES = { label: 'Yahoo Sender Hub: SMTP error codes', url: SOURCE_CODES };
const SUPPORT_REQUEST = { label: 'Yahoo: sender support request form', url: 'https://senders.yahooinc.com/contact/' };
const CFL = { label: 'Yahoo Complaint Feedback Loop (CFL)', url: 'https://senders.yahooinc.com/complaint-feedback-loop/' };
const SPAMHAUS_LOOKUP = { label: 'Spamhaus: IP and domain reputation checker', url: 'https://check.spamhaus.org/' };

const IP_REPUTATION_ESP = [
  'Send your ESP the full bounce line, the time and the sending IP; Yahoo says traffic from other senders on a shared IP can cause this, so ask them to move your Yahoo/AOL traffic to a better IP or pool.',
  'Slow down sending to Yahoo and AOL addresses from this IP; pushing harder makes the deferrals last longer.',
  'Keep these addresses on your list: the mailboxes exist, the sending IP was judged.',
];
const IP_REPUTATION_SENDER = [
  'Enrol your DKIM domain in Yahoo’s Complaint Feedback Loop and remove everyone who marks your mail as spam.',
  'Send only to recent, engaged recipients for a while, lower the volume and make unsubscribing one click.',
  'If deferrals persist for days after that, file Yahoo’s sender support request with the IP and the error.',
];

export default {
  id: 'yahoo',
  name: 'Yahoo Mail / AOL',
  hosts: ['.yahoodns.net', '.yahoo.com', '.yahoo.net', '.aol.com'],
  domains: [
    'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.it', 'yahoo.es', 'yahoo.ca', 'yahoo.ie', 'yahoo.se',
    'yahoo.dk', 'yahoo.no', 'yahoo.gr', 'yahoo.in', 'yahoo.co.in', 'yahoo.com.au', 'yahoo.co.nz', 'yahoo.com.br',
    'yahoo.com.mx', 'yahoo.com.ar', 'yahoo.com.sg', 'yahoo.com.ph', 'yahoo.com.hk', 'yahoo.com.tw', 'yahoo.com.vn',
    'ymail.com', 'rocketmail.com',
    'aol.com', 'aim.com', 'aol.co.uk', 'aol.fr', 'aol.de', 'aol.it', 'aol.jp', 'netscape.net', 'cs.com', 'verizon.net',
  ],
  // Yahoo's and AOL's postmaster URLs, the legacy "dd" delivery-error prefix, and Yahoo's bracket codes.
  signatures: [
    'postmaster.yahooinc.com',
    'senders.yahooinc.com',
    'postmaster.yahoo.com',
    'help.yahoo.com/kb/postmaster',
    'postmaster.info.aol.com',
    'postmaster.aol.com',
    'yahoo requires all senders',
    'delivery error: dd ',
    '.yahoodns.net',
    // Yahoo's answering MTAs sign their replies, e.g. "- mta1008.mail.gq1.yahoo.com".
    /\.mail\.[a-z0-9]+\.yahoo\.com\b/,
    /\[(?:tss?\d\d|ipts\d\d|ph\d\d|bl2\d|gl\d\d)\]/,
  ],
  codePatterns: [
    /\[((?:TSS?|IPTS|PH|BL|GL)\d\d)\]/gi,
    /\((AU\d\d)\)/gi,
    /\(((?:RTR|HVU|RLY|DYN|DNS|CON|MFF|DMARC)\s?:\s?[A-Z0-9]{1,4})\)/gi,
  ],
  links: [ERROR_CODES, SENDER_HUB],
  rules: [
    {
      id: 'yahoo/permanently-deferred',
      // The bracket codes identify Yahoo (signature); the wording alone counts on a Yahoo host.
      when: { text: [/\[(?:ts03|tss09|tss11)\]/, 'will be permanently deferred'] },
      reason: 'rejected',
      category: 'reputation',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Yahoo/AOL will not accept any more mail from the sending IP: “permanently deferred; retrying will NOT succeed” (code TS03/TSS09/TSS11), even if the reply code looks temporary.',
      explanation:
        'Yahoo uses these codes when an IP’s reputation is so poor (complaints, spam traps, unusual traffic) that it refuses all its mail. The reply may start with 421, but the text says retrying will not work; only a change of IP or a successful support request helps.',
      steps: {
        esp: [
          'Send your ESP the full bounce line and the sending IP; ask them to move your Yahoo/AOL traffic to another IP and to file Yahoo’s sender support request for this one.',
          'Stop retrying from this IP. Keep the addresses: the mailboxes exist.',
        ],
        sender: [
          'Stop sending to Yahoo/AOL from this IP; retries will not succeed.',
          'Fix the cause (complaints, old or bought addresses, spam traps), enrol in the Complaint Feedback Loop, then file Yahoo’s sender support request with the IP and the error.',
        ],
      },
      links: [SUPPORT_REQUEST, CFL],
      source: SOURCE_SISIMAI,
      examples: [
        '421 4.7.1 [TS03] All messages from 192.0.2.120 will be permanently deferred; Retrying will NOT succeed. See http://postmaster.yahoo.com/421-ts03.html',
        '553 5.7.2 [TSS09] All messages from 198.51.100.14 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
      ],
    },
    {
      id: 'yahoo/spamhaus',
      // [BL21] Spamhaus (PBL/SBL), [BL22] SBL, [BL23] XBL; [TSS07] uses the same wording.
      when: { text: [/\[(?:bl2\d|tss07)\]/, "the ip is in spamhaus's list", 'spamhaus'], notText: ['dbl.spamhaus', 'spamhaus dbl'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Yahoo/AOL refused connections from the sending IP because it is listed by Spamhaus (code BL21/BL23/TSS07).',
      steps: {
        esp: ['Ask your ESP to look up the sending IP at Spamhaus and have it removed (or to move you to a clean IP); Yahoo accepts mail again once the listing is gone.', 'Keep the addresses: the mailboxes exist, the IP was refused.'],
        sender: ['Look up the sending IP at Spamhaus, fix the cause it names (infected machine, open relay, dynamic IP, spam) and request removal.'],
      },
      links: [SPAMHAUS_LOOKUP],
      source: SOURCE_SISIMAI,
      examples: [
        "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.33, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
        '553 Mail from 203.0.113.4 not allowed - 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]',
      ],
    },
    {
      id: 'yahoo/unresolvable-domain',
      when: { text: [/unresolvable rfc\.?\s?532[12]/, 'unresolvable from domain'] },
      reason: 'rejected',
      category: 'domain_error',
      actor: 'sender',
      summary: 'Yahoo/AOL could not resolve the sender’s domain (the envelope MAIL FROM or the From header domain) in DNS.',
      steps: { sender: ['Make sure the return-path and From domains exist in DNS (Yahoo checks with an SOA lookup) and that their DNS servers answer reliably.'] },
      links: [ERROR_CODES],
      source: SOURCE_SISIMAI,
      examples: ['451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain'],
    },
    {
      id: 'yahoo/deferred-reputation',
      // TS01 / TS02 / TSS04 / IPTS04 (and other [TS..] deferrals): complaints, unexpected volume, or
      // "the IP or its subnet has a poor reputation" (Sender Hub); Yahoo names shared IPs as a cause.
      when: { text: [/\[(?:tss?|ipts|gl)\d\d\]/, /messages? from .{0,48}temporarily deferred/] },
      reason: 'badreputation',
      category: 'reputation',
      actor: 'esp',
      summary: 'Yahoo/AOL is temporarily deferring mail from the sending IP because of user complaints, unexpected volume or the IP’s poor reputation (code TSS04/TS01/TS02).',
      explanation:
        'This is a deferral: the sending server retries, and it clears when the IP’s reputation recovers. Yahoo itself lists “using a shared IP address” as a cause, since other senders’ mail affects the IP. If it lasts for days, messages expire.',
      steps: { esp: IP_REPUTATION_ESP, sender: IP_REPUTATION_SENDER },
      links: [CFL, SUPPORT_REQUEST],
      source: SOURCE_CODES,
      examples: [
        '421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
        '421 4.7.0 [TS01] Messages from 198.51.100.40 temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html',
      ],
    },
    {
      id: 'yahoo/unauthenticated',
      when: { text: ['yahoo requires all senders to authenticate', 'sender is unauthenticated'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Yahoo refused the message because it is unauthenticated: neither SPF nor DKIM passed, and Yahoo requires at least one from every sender (both, plus DMARC, from bulk senders).',
      steps: {
        sender: [
          'Add your ESP’s servers to your SPF record and turn on DKIM signing with your own domain.',
          'Bulk senders also need a DMARC record; send a test to a Yahoo address and check the headers show SPF, DKIM and DMARC passing.',
        ],
      },
      links: [SENDER_HUB],
      source: SOURCE_SISIMAI,
      examples: ['550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.'],
    },
    {
      id: 'yahoo/dkim-invalid',
      when: { providerCode: ['AU01'] },
      anywhere: false,
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Yahoo refused the message because its DKIM signature is invalid while the domain’s policy requires one (code AU01).',
      steps: { sender: ['Check the DKIM signature of your domain: the public key in DNS must match the key your ESP signs with, and nothing may alter the message after signing.'] },
      links: [SENDER_HUB],
      source: SOURCE_ZONE_MTA,
      examples: ['554 5.7.5 (AU01) Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes'],
    },
    {
      id: 'yahoo/policy-content',
      // [PH01] and 554 5.7.9 "not accepted for policy reasons": content, URLs or DMARC policy.
      when: { text: [/\[ph\d\d\]/, 'not accepted for policy reasons'] },
      reason: 'policyviolation',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Yahoo/AOL refused this message for policy reasons: usually its content or links, or a DMARC failure for the From domain (code PH01 / 5.7.9).',
      steps: {
        sender: [
          'Check every domain and link in the message against block lists (Spamhaus DBL, SURBL) and remove URL shorteners.',
          'Make sure SPF or DKIM passes and aligns with the From domain (DMARC).',
          'Send a plain, known-good message to a Yahoo address you control to find what triggers it; if you cannot, file Yahoo’s sender support request.',
        ],
      },
      links: [ERROR_CODES, SUPPORT_REQUEST],
      source: SOURCE_SISIMAI,
      examples: [
        '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes',
        '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
      ],
    },
    {
      id: 'yahoo/headers-not-rfc',
      when: { text: ['headers are not rfc compliant'] },
      reason: 'notcompliantrfc',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Yahoo refused the message because its headers break the email format standard (RFC 5322).',
      steps: { sender: ['Fix how the message is built: one valid From, Date and Message-ID, no duplicate headers, properly encoded non-ASCII text.'] },
      source: SOURCE_SISIMAI,
      examples: ['554 Message not allowed - Headers are not RFC compliant[291] - see https://postmaster.yahooinc.com/error-codes'],
    },
    {
      id: 'yahoo/user-unknown',
      when: { text: ["dd this user doesn't have a", 'dd not a valid recipient', 'mailbox not found'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Yahoo/AOL says this address does not exist.',
      steps: { sender: ['Remove the address from your list or correct its spelling; resending will fail the same way.'] },
      source: SOURCE_SISIMAI,
      examples: ["554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1012.mail.gq1.yahoo.com"],
    },
    {
      id: 'yahoo/disabled-account',
      // "[#102]" and "(554.30)" mark a disabled or discontinued account.
      when: { text: ['disabled or discontinued', 'this mailbox is disabled', '(554.30)', '[#102]', 'is no longer valid'] },
      reason: 'suspend',
      category: 'mailbox_disabled',
      actor: 'recipient',
      permanence: 'permanent',
      summary: 'The Yahoo/AOL account exists but has been disabled or discontinued, so it accepts no mail.',
      steps: { recipient: ['Only the owner can reactivate the account. Stop mailing the address; disabled Yahoo accounts are usually closed for good.'] },
      source: SOURCE_SISIMAI,
      examples: [
        '554 delivery error: dd Sorry your message to someone@yahoo.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta1150.mail.bf1.yahoo.com',
        '554 30 Sorry, your message to someone@aol.com cannot be delivered. This mailbox is disabled (554.30). - mta4003.aol.mail.ne1.yahoo.com',
      ],
    },
    {
      id: 'yahoo/receiving-too-quickly',
      when: { text: ['receiving mail too quickly'] },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      summary: 'This Yahoo/AOL recipient is receiving mail faster than Yahoo allows for one mailbox; the message can be delivered later.',
      steps: { none: ['Nothing to do: the sending server retries and the message usually goes through.'] },
      source: SOURCE_SISIMAI,
      examples: ['450 User is receiving mail too quickly - mta1008.mail.gq1.yahoo.com'],
    },
    {
      id: 'yahoo/max-messages-per-connection',
      when: { text: ['max message per connection reached', 'max messages per connection'] },
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Yahoo/AOL closed the connection after the maximum number of messages per connection; the sending server reconnects and continues.',
      steps: { none: ['Nothing to do: the sending server opens a new connection for the remaining messages.'], esp: ['If it causes long delays, send fewer messages per connection to Yahoo.'] },
      source: SOURCE_SISIMAI,
      examples: ['421 Max message per connection reached, closing transmission channel - mta1040.mail.bf1.yahoo.com'],
    },

    // ---- AOL legacy codes (postmaster.info.aol.com/errors) ----
    {
      id: 'yahoo/aol-dynamic-ip',
      when: { providerCode: /^(?:RTR\s?:\s?(?:BB|DU|BG)|RLY\s?:\s?IR)$/ },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'AOL refused mail from the sending IP because it is a dynamic or residential address (code RTR:BB / RTR:DU).',
      steps: {
        esp: ['The sending IP is listed as dynamic (e.g. Spamhaus PBL): the operator of the sending server must relay through a proper mail server with a static IP.'],
        sender: ['Send through your provider’s or ESP’s SMTP relay instead of directly from this IP.'],
      },
      links: [SPAMHAUS_LOOKUP],
      source: SOURCE_ZONE_MTA,
      examples: ['554- (RTR:DU)  http://postmaster.info.aol.com/errors/554rtrdu.html\n554- AOL does not accept e-mail transactions from dynamic or residential\n554- IP addresses.\n554  Connecting IP: 203.0.113.81'],
    },
    {
      id: 'yahoo/aol-rdns',
      when: { providerCode: /^(?:RTR\s?:\s?RD|DNS\s?:\s?[A-Z0-9]{1,3})$/ },
      reason: 'requireptr',
      category: 'authentication',
      actor: 'esp',
      summary: 'AOL refused or deferred mail because the sending IP has no valid reverse DNS (code RTR:RD / DNS:NR).',
      steps: {
        esp: ['Ask the owner of the sending IP to publish a PTR record whose host name resolves back to the IP.'],
        sender: ['Publish a PTR record for the sending IP (ask your hosting provider) that resolves back to the same IP.'],
      },
      source: SOURCE_ZONE_MTA,
      examples: ['421 4.2.1 :  (DNS:NR)  http://postmaster.info.aol.com/errors/421dnsnr.html'],
    },
    {
      id: 'yahoo/aol-ip-blocked',
      when: { providerCode: /^(?:RTR\s?:\s?(?:SC|BL|CH)|RLY\s?:\s?(?:B\d|BL|CH|CS4|OB)|CON\s?:\s?B1)$/ },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'AOL blocked the sending IP because of its poor reputation or a spike in complaints (code RTR:BL / RTR:SC / RLY:B1 / CON:B1).',
      steps: { esp: IP_REPUTATION_ESP, sender: IP_REPUTATION_SENDER },
      links: [SUPPORT_REQUEST],
      source: SOURCE_ZONE_MTA,
      examples: ['554- (RTR:BL) http://postmaster.info.aol.com/errors/554rtrbl.html\n554  Connecting IP: 192.0.2.111'],
    },
    {
      id: 'yahoo/aol-content',
      when: { providerCode: /^(?:HVU\s?:\s?B\d|RLY\s?:\s?BD)$/ },
      reason: 'spamdetected',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'AOL refused the message because of its content, usually a link to a blocked site (code HVU:B1).',
      steps: { sender: ['Check every domain and link in the message against block lists (Spamhaus DBL, SURBL) and remove the offending one or any URL shortener.'] },
      source: SOURCE_ZONE_MTA,
      examples: ['554 TRANSACTION FAILED (HVU:B1) http://postmaster.info.aol.com/errors/554hvub1.html'],
    },
    {
      id: 'yahoo/aol-rate',
      when: { providerCode: /^DYN\s?:\s?T\d$/ },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      summary: 'AOL is temporarily limiting how much mail it takes from the sending IP (code DYN:T1); the sending server will retry.',
      steps: { none: ['Nothing to do for a single deferral: the sending server retries.'], esp: ['If it persists, slow down sending to AOL from this IP.'] },
      source: SOURCE_ZONE_MTA,
      examples: ['421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html'],
    },
    {
      id: 'yahoo/aol-dmarc',
      when: { providerCode: /^DMARC\s?:/ },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'AOL refused the message because it failed the From domain’s DMARC policy (code DMARC).',
      steps: { sender: ['Make SPF or DKIM pass and align with the From domain: sign with DKIM using your own domain and use a return-path under your domain.'] },
      source: SOURCE_ZONE_MTA,
      examples: ["554 5.7.1 (DMARC:F1) This message failed DMARC Evaluation and is being refused due to the sender's DMARC policy. http://postmaster.info.aol.com/errors/554dmarc.html"],
    },
  ],
} satisfies ProviderTable;
