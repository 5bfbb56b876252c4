// Comcast / Xfinity (comcast.net). Comcast documents its block codes on its postmaster pages
// (http://postmaster.comcast.net/mail-error-codes.html, Xfinity "Email error codes"
// https://es.xfinity.com/support/articles/email-errors): ES = dynamic/residential space,
// BL = block lists (bit flags: ...001 Spamhaus ZEN, ...010 Cloudmark CSI, ...100 SenderScore),
// RL = rate limits, DM = DMARC. Real replies end with
// `see http://postmaster.comcast.net/smtp-error-codes.php#BL000010` (shared/docs/providers.md §6).

import type { ProviderTable } from '../../core/types.ts';

const POSTMASTER = { label: 'Comcast postmaster: mail error codes', url: 'http://postmaster.comcast.net/mail-error-codes.html' };
const XFINITY_CODES = { label: 'Xfinity: email error codes and fixes', url: 'https://es.xfinity.com/support/articles/email-errors' };
const SPAMHAUS = { label: 'Spamhaus: check an IP and request removal', url: 'https://check.spamhaus.org/' };
const CSI = { label: 'Cloudmark CSI: look up an IP and request a reset', url: 'https://csi.cloudmark.com/en/reset/' };
const SENDERSCORE = { label: 'Validity Sender Score: look up an IP', url: 'https://senderscore.org/' };
const SOURCE = 'http://postmaster.comcast.net/mail-error-codes.html';

const ESP_DELIST = (list: string) => [
  `Send your ESP the full bounce line with the Comcast code and the sending IP; the IP is on ${list}, and only the IP's owner can get it removed.`,
  'Ask the ESP to move your Comcast traffic to a clean IP until the listing is gone.',
  'Keep the Comcast addresses on your list: the mailboxes were not the problem.',
];
const SENDER_DELIST = (list: string, where: string) => [
  `Look up your sending IP ${where} and follow the removal or reset procedure of ${list}.`,
  'Fix what caused the listing first (compromised accounts, old or bought addresses, spam traps, complaint spikes), or the IP will be listed again.',
  'After removal, resume sending to comcast.net slowly.',
];

export default {
  id: 'comcast',
  name: 'Comcast (Xfinity)',
  hosts: ['.comcast.net'],
  domains: ['comcast.net'],
  signatures: ['postmaster.comcast.net', 'help.comcast.net', /\bcomcast\b/],
  codePatterns: [/\b((?:RL|BL|ES|DM)0\d{5})\b/i],
  links: [POSTMASTER],
  rules: [
    {
      // A throttle that outlived the sender's queue: "550 5.4.300 Message expired -> 451 4.2.0 Throttled".
      id: 'comcast/throttled-until-expiry',
      when: { text: [/(?:expired|given up|giving up)\b.{0,200}\bthrottled\b|\bthrottled\b.{0,200}\b(?:expired|given up|giving up)/] },
      reason: 'expired',
      category: 'rate_limit',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Comcast kept throttling the sending server until the message expired in the sending queue, so it was never delivered.',
      explanation:
        'Comcast answered every attempt with a temporary rate limit (RL code). The sending server retried until its queue time ran out and then gave up. Comcast bases its limits on the volume and history of the sending IP, so the fix is slower, steadier sending to Comcast from that IP.',
      steps: {
        esp: [
          'Ask your ESP to lower the sending rate and the number of parallel connections to comcast.net and to keep retrying deferred mail for longer.',
          'Send the Comcast addresses again later; the mailboxes themselves are fine.',
        ],
        sender: [
          'Lower your sending rate and concurrent connections to comcast.net and lengthen the retry period of your MTA queue.',
          'Resend to the affected addresses; spread large sends to Comcast over several hours.',
        ],
      },
      links: [POSTMASTER],
      source: 'https://learn.microsoft.com/en-us/answers/questions/5911696/comcast-undeliverable-email-errors',
      examples: [
        "Remote server returned '550 5.4.300 Message expired -> 451 4.2.0 Throttled - https://postmaster.comcast.net/smtp-error-codes.php#RL000010'",
      ],
    },
    {
      id: 'comcast/rate-limited',
      when: { providerCode: /^RL\d{6}$/ },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Comcast is temporarily throttling mail from the sending IP (rate limit); the sending server will retry.',
      explanation:
        'Comcast limits how much mail it accepts per sending IP over time (RL codes). The deferral clears by itself; retries a few minutes apart are expected and normally get through. Persistent throttling means the volume to Comcast from that IP is too high for its history.',
      steps: {
        none: [
          'Nothing to do for this message: the sending server retries automatically.',
          'If Comcast throttles every send for days, ask your ESP to spread Comcast traffic over more time or more IPs.',
        ],
      },
      links: [XFINITY_CODES],
      source: SOURCE,
      examples: [
        '421 4.1.0 192.0.2.41 Throttled - try again later. Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000001',
        '451 4.2.0 Throttled - https://postmaster.comcast.net/smtp-error-codes.php#RL000010',
      ],
    },
    {
      // Comcast throttles also show without a code: "421 4.1.0 <IP> Throttled - try again later".
      id: 'comcast/throttled',
      when: { text: [/\bthrottled\b/] },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Comcast is temporarily throttling mail from the sending IP; the sending server will retry.',
      explanation:
        'Comcast limits how much mail it accepts per sending IP over time. The deferral clears by itself; retries a few minutes apart are expected. Persistent throttling means the volume to Comcast from that IP is too high for its history.',
      steps: {
        none: [
          'Nothing to do for this message: the sending server retries automatically.',
          'If Comcast throttles every send for days, ask your ESP to spread Comcast traffic over more time or more IPs.',
        ],
      },
      links: [XFINITY_CODES],
      source: 'https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-resolve-comcast-email-rejections-and-throttling-issues',
      examples: ['host mx2.comcast.net[192.0.2.44] said: 421 4.1.0 198.51.100.44 Throttled - try again later (in reply to RCPT TO command)'],
    },
    {
      id: 'comcast/too-many-sessions',
      when: { text: ['too many sessions opened'] },
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Comcast refused a new connection because the sending IP already had too many sessions open; it will be retried.',
      explanation: 'Comcast allows a fixed number of simultaneous connections per sending IP (25 on its current page). Extra connections are turned away with a 421 and succeed on retry.',
      steps: { none: ['Nothing to do for this message. If it happens constantly, lower the concurrent connections to comcast.net in the MTA.'] },
      source: 'https://mdpcontent-ho-1p-187062.sys.comcast.net/smtp-error-codes.php',
      examples: ['421 mx1.comcast.net comcast Too many sessions opened'],
    },
    {
      id: 'comcast/reverse-dns',
      when: { text: ['reverse dns failure', 'must have a ptr record', 'valid reverse dns entry', 'help.comcast.net/content/faq/ptr'] },
      reason: 'requireptr',
      category: 'authentication',
      actor: 'esp',
      summary: 'Comcast refused the connection because the sending IP has no valid reverse DNS (PTR) record.',
      explanation:
        'Comcast requires every sending IP to have a PTR record that resolves back to a proper host name. A 421 "Reverse DNS failure" is a temporary lookup failure and is retried; the 554 version means the record is missing or invalid.',
      steps: {
        esp: ['Send your ESP the bounce with the sending IP and ask them to fix the IP’s PTR record (forward and reverse DNS must match).'],
        sender: [
          'Ask the owner of the IP block (your hosting or network provider) to set a PTR record for the sending IP that names your mail server.',
          'Make sure that host name resolves back to the same IP, then send again.',
        ],
      },
      source: SOURCE,
      examples: [
        'host mx1.comcast.net[192.0.2.60] refused to talk to me: 421 Reverse DNS failure : Try again later',
        '554 imta28.emeryville.ca.mail.comcast.net comcast 192.0.2.28 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement. For more information, refer to: http://postmaster.comcast.net/smtp-error-codes.php#554',
      ],
    },
    {
      id: 'comcast/dynamic-comcast-space',
      when: { providerCode: ['ES000001'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Comcast refused the mail because it came straight from a Comcast residential (dynamic) IP address.',
      explanation:
        'Comcast does not accept mail sent directly from its own residential IP space; such mail must go through smtp.comcast.net or a proper mail server. Comcast says this restriction cannot be lifted.',
      steps: {
        esp: ['Send through your ESP’s or provider’s mail servers instead of directly from a home connection.'],
        sender: [
          'Do not run a mail server on a Comcast residential connection; relay through smtp.comcast.net (with authentication) or through your ESP.',
          'If you need your own server, get a business line with a static IP and a proper PTR record.',
        ],
      },
      links: [XFINITY_CODES],
      source: SOURCE,
      examples: ['554 resimta-ch2-03v.sys.comcast.net comcast 192.0.2.77 Comcast does not accept mail from dynamic/residential IP space. Please see http://postmaster.comcast.net/smtp-error-codes.php#ES000001'],
    },
    {
      id: 'comcast/dynamic-external-space',
      when: { providerCode: ['ES000010'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Comcast refused the mail because the sending IP looks like a dynamic/residential address (its reverse DNS is not a static-style name).',
      explanation:
        'Comcast classifies an IP as dynamic when its reverse DNS name does not follow static naming conventions (names with "dyn", "dsl", "pool" or the IP digits). Fixing the PTR record to a proper mail host name usually clears it.',
      steps: {
        esp: ['Send your ESP the bounce and the sending IP; they must give the IP a static-looking PTR name (e.g. mail.example.com) or move you to another IP.'],
        sender: [
          'Give the sending IP a PTR record with a clear mail-server name (not one containing the IP digits or words like dynamic, dsl, pool).',
          'If the IP really is dynamic, send through your provider’s or ESP’s relay instead.',
        ],
      },
      links: [XFINITY_CODES],
      source: SOURCE,
      examples: ['554 resimta-po-11v.sys.comcast.net comcast 198.51.100.20 Dynamic/residential IP space. Please see http://postmaster.comcast.net/smtp-error-codes.php#ES000010'],
    },
    {
      id: 'comcast/comcast-block',
      // The code and Comcast's own wording identify this block on their own.
      when: { text: [/\bbl000000\b/, 'comcast block for spam'] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Comcast has blocked the sending IP on its own block list because mail from it looked like spam.',
      explanation:
        'BL000000 is Comcast’s own list: "addresses that sent mail in patterns characteristic of spam". On a shared IP other senders can cause it. Comcast removes IPs on request once the cause is fixed, but refuses repeat offenders.',
      steps: {
        esp: [
          'Send your ESP the bounce (with the BL000000 code and IP) and ask them to move your Comcast traffic to a clean IP and to request removal from Comcast.',
          'Pause sends to comcast.net from this IP until it is removed.',
        ],
        sender: [
          'Find and stop what looked like spam (complaints, compromised accounts, old or bought lists).',
          'Then request removal through the Comcast postmaster pages with the IP and the full bounce.',
          'Restart Comcast traffic slowly with engaged recipients.',
        ],
      },
      links: [POSTMASTER, XFINITY_CODES],
      source: SOURCE,
      examples: [
        '554 resimta-po-09v.sys.comcast.net comcast 192.0.2.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
      ],
    },
    {
      id: 'comcast/spamhaus-listed',
      when: { providerCode: ['BL000001'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Comcast refused the mail because the sending IP is listed on the Spamhaus ZEN block list.',
      steps: { esp: ESP_DELIST('Spamhaus ZEN'), sender: SENDER_DELIST('Spamhaus', 'at check.spamhaus.org') },
      links: [SPAMHAUS, POSTMASTER],
      source: SOURCE,
      examples: [
        '554 resimta-h1p-028.sys.comcast.net resimta-h1p-028.sys.comcast.net 192.0.2.166 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
      ],
    },
    {
      id: 'comcast/cloudmark-listed',
      when: { providerCode: ['BL000010'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Comcast refused the mail because Cloudmark Sender Intelligence (CSI) rates the sending IP as a poor-reputation sender.',
      explanation:
        'Cloudmark CSI is a reputation service: it does not delist, it resets the IP’s statistics on request (usually within a day). On a shared IP other senders’ traffic can be the cause.',
      steps: { esp: ESP_DELIST('Cloudmark CSI'), sender: SENDER_DELIST('Cloudmark CSI (a statistics reset)', 'at csi.cloudmark.com') },
      links: [CSI, POSTMASTER],
      source: SOURCE,
      examples: [
        '452 resimta-po-24v.sys.comcast.net comcast 198.51.100.241 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010',
      ],
    },
    {
      id: 'comcast/senderscore-listed',
      when: { providerCode: ['BL000100'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Comcast refused the mail because the sending IP is on the SenderScore (Validity) block list.',
      steps: { esp: ESP_DELIST('the SenderScore block list'), sender: SENDER_DELIST('Validity', 'at senderscore.org') },
      links: [SENDERSCORE, POSTMASTER],
      source: SOURCE,
      examples: ['554 resimta-po-02v.sys.comcast.net comcast 192.0.2.9 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000100'],
    },
    {
      id: 'comcast/several-lists',
      when: { providerCode: /^BL000(?:011|101|110|111)$/ },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Comcast refused the mail because the sending IP is on more than one block list (Spamhaus ZEN, Cloudmark CSI and/or SenderScore).',
      explanation:
        'The BL code is a set of flags: the last digit means Spamhaus ZEN, the second-to-last Cloudmark CSI, the third-to-last SenderScore. Every listed service must clear the IP before Comcast accepts mail from it.',
      steps: {
        esp: ESP_DELIST('several block lists'),
        sender: [
          'Read the BL code: ...1 = Spamhaus, ..1. = Cloudmark CSI, .1.. = SenderScore. Look the IP up on each listed service.',
          'Fix the cause first, then request removal (Spamhaus, Validity) or a statistics reset (Cloudmark).',
          'Resume Comcast traffic slowly once every list is clear.',
        ],
      },
      links: [SPAMHAUS, CSI, SENDERSCORE, POSTMASTER],
      source: SOURCE,
      examples: ['554 resimta-po-31v.sys.comcast.net comcast 198.51.100.31 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000011'],
    },
    {
      id: 'comcast/dmarc',
      when: { providerCode: ['DM000001'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Comcast rejected the message because it failed the DMARC check of the From domain.',
      steps: {
        sender: [
          'Make SPF or DKIM pass for a domain aligned with your From address (DKIM signing with your own domain at the ESP is the usual fix).',
          'If you send as someone else’s domain (e.g. a comcast.net or gmail.com From address through your own service), use your own domain in From instead.',
        ],
      },
      source: SOURCE,
      examples: ['550 5.2.0 54QF1t03z3oQ44H014QGZ3 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001'],
    },
  ],
} satisfies ProviderTable;
