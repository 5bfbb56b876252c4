// Spamhaus block lists, as quoted by any receiving server. ZEN combines the IP lists SBL (spam
// sources), CSS (snowshoe spam), XBL (exploited/infected hosts) and PBL (end-user ranges that should
// not send directly); DBL and ZRD list domains (https://www.spamhaus.org/faqs/dnsbl-usage/). Typical
// text is Postfix's default `Service unavailable; Client host [IP] blocked using zen.spamhaus.org;
// https://www.spamhaus.org/query/ip/IP` (shared/docs/providers.md §16).
// IP-scoped listings belong to the operator of the sending IP (esp); domain listings to the sender.
// A Spamhaus error code (open/public resolver, excess volume) means the *receiving* server queries
// Spamhaus wrongly and rejects everyone: its admin must act. These texts name Spamhaus, so the rules
// apply anywhere; a mailbox provider's own table still decides first when it knows the line.

import type { ProviderTable } from '../../core/types.ts';

const CHECK = { label: 'Spamhaus: check an IP or domain and request removal', url: 'https://check.spamhaus.org/' };
const PBL = { label: 'Spamhaus: Policy Block List (PBL)', url: 'https://www.spamhaus.org/pbl/' };
const USAGE = 'https://www.spamhaus.org/faqs/dnsbl-usage/';

const ESP_STEPS = (what: string) => [
  `Send your ESP the full bounce and the sending IP: the IP is ${what}, and only its operator can get it removed.`,
  'Ask them to move your traffic to a clean IP until the listing is gone.',
  'Keep the addresses: the mailboxes were not the problem.',
];

export default {
  id: 'spamhaus',
  name: 'Spamhaus',
  hosts: [],
  domains: [],
  links: [CHECK],
  rules: [
    {
      id: 'spamhaus/receiver-resolver-error',
      when: {
        text: [
          'spamhaus.org/returnc',
          /spamhaus.{0,200}(?:open|public) resolver|(?:open|public) resolver.{0,200}spamhaus/,
          /spamhaus.{0,200}excessive number of queries/,
          // Spamhaus' error codes, never listings (https://www.spamhaus.org/returnc/vol/).
          /\b127\.255\.255\.25[45]\b/,
        ],
      },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'recipient_admin',
      summary: 'The receiving server rejected the mail because its own Spamhaus lookups are broken: it queries Spamhaus through a public/open DNS resolver, so every sender looks listed.',
      explanation:
        'Spamhaus answers queries that come through public resolvers (or that exceed its free-use volume) with an error code instead of data. Spamhaus says that code must never be used to reject mail, yet this server treats it as a listing. Your IP is not the problem; the recipient’s mail admin must fix their DNS or use Spamhaus’ Data Query Service.',
      steps: {
        recipient_admin: [
          'Contact the recipient another way and tell their mail admin: their server rejects mail because its Spamhaus queries go through a public resolver (error code 127.255.255.254/255).',
          'They must use a local resolver or Spamhaus’ Data Query Service (DQS), and stop treating the error code as a listing.',
          'Resend once they have fixed it; nothing on your side needs to change.',
        ],
      },
      links: [{ label: 'Spamhaus: help for legacy blocklist users (error codes)', url: 'https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users' }],
      source: 'https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users',
      examples: [
        '554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/198.51.100.53',
      ],
    },
    {
      id: 'spamhaus/domain-listed',
      when: {
        text: [
          'dbl.spamhaus.org',
          'zrd.spamhaus.org',
          'spamhaus.org/dbl',
          'spamhaus.org/query/domain',
          /spamhaus (?:dbl|zrd)\b/,
          /domain (?:is |was )?(?:present |listed |found )?(?:in|on|by) (?:the )?spamhaus/,
          /domain .{0,40}(?:listed|present) in (?:the )?spamhaus/,
        ],
      },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'sender',
      summary: 'The receiving server refused the mail because a domain in it (sender domain or a link) is on the Spamhaus Domain Blocklist (DBL) or Zero Reputation Domain list.',
      explanation:
        'The DBL lists domains with poor reputation: the From or envelope domain, or any domain linked in the message (tracking, image and shortener domains count). ZRD lists domains registered in the last 24 hours. The sending IP is not the problem.',
      steps: {
        sender: [
          'Look up your sending domain and every linked domain at check.spamhaus.org.',
          'Remove links to a listed third-party domain (often a URL shortener). If your own domain is listed, fix the cause (compromised site, spam) and request delisting.',
          'A brand-new domain (ZRD) clears by itself after 24 hours; do not send from a domain registered today.',
        ],
      },
      links: [CHECK],
      source: USAGE,
      examples: [
        '554 5.7.1 Service unavailable; Sender address [news@example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com',
        '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/',
      ],
    },
    {
      id: 'spamhaus/css',
      when: { text: ['sblcss', 'spamhaus css', /\bcss\.spamhaus\.org\b/] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP is on the Spamhaus CSS list (low-reputation, "snowshoe" bulk mail).',
      explanation: 'CSS lists IPs that send low-reputation bulk mail, often spread over many IPs. Listings expire when the traffic stops; the IP’s operator can request removal after fixing the cause.',
      steps: {
        esp: ESP_STEPS('on the Spamhaus CSS list'),
        sender: ['Look the IP up at check.spamhaus.org, fix the cause the lookup names (unwanted bulk mail, missing consent, bad HELO/PTR), then request removal.'],
      },
      links: [CHECK],
      source: USAGE,
      examples: ['550 5.7.1 Client host [192.0.2.88] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBLCSS'],
    },
    {
      id: 'spamhaus/xbl',
      when: { text: ['xbl.spamhaus.org', /spamhaus[ -]xbl\b/, 'exploits block list', 'cbl.abuseat.org'], notText: ['sbl-xbl'] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP is on the Spamhaus Exploits Block List (XBL): something on that IP looks infected or hijacked.',
      explanation: 'XBL lists IPs showing signs of malware, bots or open proxies. On a shared network another machine behind the same IP can cause it. The fix is to clean the machine, then delist at Spamhaus.',
      steps: {
        esp: ESP_STEPS('on the Spamhaus XBL (infected or hijacked host)'),
        sender: ['Look the IP up at check.spamhaus.org, find and clean the infected or abused machine behind it (or close the open proxy), then request removal.'],
      },
      links: [CHECK],
      source: USAGE,
      examples: ['550 5.7.1 Mail from IP 192.0.2.19 was rejected due to listing in Spamhaus XBL. For details please see http://www.spamhaus.org/query/bl?ip=192.0.2.19'],
    },
    {
      id: 'spamhaus/pbl',
      when: { text: ['pbl.spamhaus.org', /spamhaus[ -]pbl\b/, 'spamhaus.org/pbl', 'policy block list', 'policy blocklist'] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP is on the Spamhaus Policy Block List (PBL): its owner says it should not send mail directly.',
      explanation: 'The PBL lists end-user and dynamic IP ranges, as declared by the network owner. It is not a spam listing: mail from such IPs must go through the provider’s mail server. Only the IP range owner can remove a real mail server from it.',
      steps: {
        esp: ['Send your ESP the bounce: the sending IP is in a range its network owner marked as not for direct mail.'],
        sender: [
          'Send through your ESP or your provider’s authenticated mail server instead of directly from this IP.',
          'If this is a real mail server with a static IP, ask the IP’s owner (or use the PBL removal at check.spamhaus.org) to exclude it from the PBL.',
        ],
      },
      links: [CHECK, PBL],
      source: 'https://www.spamhaus.org/pbl/',
      examples: ['554 5.7.1 Service unavailable; Client host [192.0.2.101] blocked using pbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.101'],
    },
    {
      id: 'spamhaus/ip-listed',
      when: {
        text: [
          'zen.spamhaus.org',
          'sbl.spamhaus.org',
          'sbl-xbl.spamhaus.org',
          /\b[a-z0-9]+\.zen\.dq\.spamhaus\.net\b/,
          'spamhaus.org/query/ip',
          'spamhaus.org/query/bl',
          'spamhaus.org/sbl/query',
          'spamhaus.org/lookup',
          /spamhaus[ -](?:sbl|zen)\b/,
          /(?:blocked|listed|blacklisted|rejected) (?:using|by|at|in|on) (?:the )?spamhaus/,
          /\bspamhaus'?s? (?:list|block ?list)/,
        ],
      },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP is on a Spamhaus IP block list (ZEN/SBL).',
      explanation:
        'Spamhaus ZEN combines its IP lists; SBL entries are verified spam sources or spam-support hosts. The listing is about the IP, so on a shared IP other senders may have caused it. The lookup at check.spamhaus.org tells which list and why.',
      steps: {
        esp: ESP_STEPS('on a Spamhaus IP list'),
        sender: [
          'Look the IP up at check.spamhaus.org to see which list and why.',
          'Fix the cause (spam source, compromised account, bad list), then request removal; SBL listings are removed by Spamhaus once the issue is resolved.',
        ],
      },
      links: [CHECK],
      source: USAGE,
      examples: [
        '554 5.7.1 Service unavailable; Client host [198.51.100.35] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.35',
        '550 5.7.1 Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=192.0.2.1',
      ],
    },
  ],
} satisfies ProviderTable;
