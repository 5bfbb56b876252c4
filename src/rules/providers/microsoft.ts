// Microsoft: Outlook.com / Hotmail / Live / MSN consumer mail and Exchange Online Protection (EOP,
// Microsoft 365 business mail). Meanings come from Microsoft's own tables: the Outlook.com postmaster
// troubleshooting page (RP/SC/DY/OU codes) and the Exchange Online NDR reference (5.x.y codes), with
// Sisimai's Rhost::Microsoft (rhost/for-microsoft.go) for the reason names (shared/docs/providers.md §3).
// The S/AS numbers in parentheses, e.g. (S3150) or (AS16012609), are internal anti-spam rule ids that
// Microsoft does not document; the rules below key on their documented wording and status codes.
// Some codes describe the *sending* side's own Microsoft 365 tenant (5.1.8, 5.7.501-503, 5.7.7xx):
// there the sender (their M365 admin) must act, not the receiver.

import type { ProviderTable } from '../../core/types.ts';

const SOURCE_NDR = 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const SOURCE_OLC = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
const SOURCE_SISIMAI = 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-microsoft.go';

const TROUBLESHOOTING = { label: 'Outlook.com: postmaster troubleshooting (error codes)', url: SOURCE_OLC };
const SUPPORT_FORM = { label: 'Outlook.com: sender support request form', url: 'https://go.microsoft.com/fwlink/?LinkID=614866' };
const SNDS = { label: 'Microsoft SNDS: IP reputation data', url: 'https://sendersupport.olc.protection.outlook.com/snds/' };
const JMRP = { label: 'Microsoft JMRP: junk mail complaint feedback loop', url: 'https://sendersupport.olc.protection.outlook.com/snds/JMRP.aspx' };
const DELIST_PORTAL = { label: 'Microsoft delist portal (Exchange Online banned IPs)', url: 'https://sender.office.com/' };
const NDR_REFERENCE = { label: 'Microsoft: Exchange Online NDR reference', url: SOURCE_NDR };
const SPAMHAUS_LOOKUP = { label: 'Spamhaus: IP and domain reputation checker', url: 'https://check.spamhaus.org/' };

// IP-level blocks and throttles: the same next steps whichever Microsoft list holds the IP.
const IP_BLOCK_ESP = [
  'Send your ESP the full bounce line, the time and the sending IP, and ask them to request delisting from Microsoft (or to move your Microsoft traffic to a clean IP).',
  'Pause sends to outlook.com, hotmail.com, live.com and msn.com addresses from this IP until the ESP confirms the fix; retrying will not help.',
  'Keep these addresses on your list: the mailboxes exist, the sending IP was refused.',
];
const IP_BLOCK_SENDER = [
  'Check the sending IP in Microsoft SNDS and enrol in JMRP to see complaints.',
  'Find what hurt the IP: a sudden volume rise, old or bought addresses, spam-trap hits or complaints; fix that first.',
  'Then file the Outlook.com sender support form with the IP and the full error (or use the delist portal for 5.7.6xx bans) and warm the IP back up slowly.',
];
const THROTTLE_ESP = [
  'Nothing to do for a single deferral: the sending server retries on its own.',
  'If Microsoft keeps deferring for hours, ask your ESP to slow its sending to Microsoft from this IP and to check the IP in SNDS.',
];
const THROTTLE_SENDER = [
  'Lower the volume and the number of parallel connections you send to Microsoft from this IP.',
  'Check the IP in SNDS; send first to your most engaged Outlook.com recipients and remove inactive ones.',
];
const OWN_TENANT = [
  'This message comes from your own Microsoft 365 organisation, not from the recipient: ask your Microsoft 365 admin to check the account in the Microsoft 365 Defender portal (restricted entities).',
  'Secure the account first (reset the password, turn on MFA, look for forwarding rules), then ask Microsoft support to lift the restriction.',
];

export default {
  id: 'microsoft',
  name: 'Microsoft Outlook.com / Exchange Online',
  hosts: ['.protection.outlook.com', '.prod.outlook.com', '.outlook.com', '.hotmail.com', '.exchangelabs.com', '.office365.com'],
  domains: [
    'outlook.com', 'outlook.fr', 'outlook.de', 'outlook.es', 'outlook.it', 'outlook.co.uk', 'outlook.jp',
    'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es', 'hotmail.nl',
    'hotmail.be', 'hotmail.ca', 'hotmail.com.br', 'hotmail.com.ar', 'hotmail.co.jp',
    'live.com', 'live.co.uk', 'live.fr', 'live.de', 'live.it', 'live.nl', 'live.ca', 'live.com.au', 'live.be', 'live.jp',
    'msn.com', 'passport.com', 'windowslive.com',
  ],
  // Only text Microsoft alone writes: its postmaster/delist URLs and Exchange's component names
  // (RESOLVER.ADR, STOREDRV, SMTPSEND...). Outlook.com's legacy replies end in "(-123456789:308:-2147467259)".
  signatures: [
    'postmaster.live.com',
    'mail.live.com/mail/troubleshooting',
    'sendersupport.olc.protection.outlook.com',
    'sender.office.com',
    'delist@messaging.microsoft.com',
    'go.microsoft.com/fwlink',
    'banned sending ip',
    'resolver.adr.',
    'resolver.rst.',
    'storedrv.',
    'smtpsend.',
    'unifiedgroupagent',
    /\(-?\d{6,}:\d+:-?\d{6,}\)/,
  ],
  codePatterns: [/\((A?S\d{2,8})\)/gi, /\b(AS\(\d{2,8}\))/gi, /\b((?:RP|SC|DY|OU)-00\d)\b/gi],
  links: [TROUBLESHOOTING, SNDS],
  rules: [
    // ---- Outlook.com block list and legacy RP/SC/DY/OU codes (official troubleshooting table) ----
    {
      id: 'microsoft/network-block-list',
      when: { providerCode: ['S3140', 'S3150', 'AS3140', 'AS3150'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Microsoft (Outlook.com / Hotmail) refused the message because the sending IP, or the network it belongs to, is on Microsoft’s own block list (code S3140/S3150).',
      explanation:
        'S3140 and S3150 are internal Microsoft anti-spam rule numbers. The wording “part of their network is on our block list” means the verdict is about the sending IP or its neighbourhood, not about this message or this recipient. On an ESP’s shared IPs other customers’ mail often caused it. Microsoft removes such blocks after a request through its sender support form, once the cause is fixed.',
      steps: { esp: IP_BLOCK_ESP, sender: IP_BLOCK_SENDER },
      links: [SUPPORT_FORM, SNDS, JMRP],
      source: 'https://www.spamresource.com/2023/04/isp-deliverability-guide-microsoft-olc.html',
      examples: [
        "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2024-03-11T09:12:44.512Z 08DC3F2B6E7A1C3D]",
        "550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
        "550 5.7.1 Unfortunately, messages from [203.0.113.44] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3150).",
      ],
    },
    {
      id: 'microsoft/rp-rate-limit',
      when: { providerCode: ['RP-001', 'RP-002', 'RP-003'] },
      reason: 'badreputation',
      category: 'reputation',
      actor: 'esp',
      summary: 'Outlook.com is limiting how much mail (or how many connections) it takes from the sending IP, because of that IP’s reputation (code RP-00x).',
      explanation:
        'Microsoft documents RP-001/RP-002 as “the mail server IP connecting to Outlook.com has exceeded the rate limit allowed” and RP-003 as the connection limit, and says the limit depends on IP or domain reputation. The sending server retries, but mail will keep being slowed until the reputation improves.',
      steps: { esp: THROTTLE_ESP, sender: THROTTLE_SENDER },
      links: [SNDS, JMRP],
      source: SOURCE_OLC,
      examples: [
        "421 RP-001 (COL004-MC1F5) Unfortunately, some messages from 192.0.2.33 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      ],
    },
    {
      id: 'microsoft/sc-001',
      when: { providerCode: ['SC-001'] },
      reason: 'badreputation',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Outlook.com refused the message for policy reasons tied to the sending IP’s reputation; its network is on Microsoft’s block list (code SC-001).',
      explanation:
        'Microsoft documents SC-001 as a rejection “for policy reasons” related to spam-like content or IP/domain reputation; the text usually adds that part of the sender’s network is on Microsoft’s block list.',
      steps: { esp: IP_BLOCK_ESP, sender: IP_BLOCK_SENDER },
      links: [SUPPORT_FORM, SNDS],
      source: SOURCE_OLC,
      examples: [
        "550 SC-001 (BAY004-MC5F11) Unfortunately, messages from 192.0.2.51 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      ],
    },
    {
      id: 'microsoft/sc-002',
      when: { providerCode: ['SC-002'] },
      reason: 'policyviolation',
      category: 'reputation',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Outlook.com refused mail from the sending IP because it showed “namespace mining”: probing many addresses to find valid ones (code SC-002).',
      steps: {
        esp: ['Ask your ESP to find which sender on the IP is probing or mailing many invalid Outlook.com addresses, stop it, and request delisting.', ...IP_BLOCK_ESP.slice(1)],
        sender: ['Stop address verification by SMTP probing and remove unknown addresses; then request delisting with the Outlook.com sender support form.'],
      },
      links: [SUPPORT_FORM],
      source: SOURCE_OLC,
      examples: ["550 SC-002 (SNT004-MC4F2) Unfortunately, messages from 198.51.100.61 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."],
    },
    {
      id: 'microsoft/sc-003',
      when: { providerCode: ['SC-003'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Outlook.com refused mail from the sending IP because it looks like an open proxy or open relay (code SC-003).',
      steps: {
        esp: ['Ask the operator of the sending server to close any open relay or proxy, then request delisting with the Outlook.com sender support form.'],
        sender: ['Close the open relay or proxy on your server (allow relaying only for authenticated users), then request delisting with the Outlook.com sender support form.'],
      },
      links: [SUPPORT_FORM],
      source: SOURCE_OLC,
      examples: ["550 SC-003 (COL004-MC2F8) Unfortunately, messages from 203.0.113.9 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."],
    },
    {
      id: 'microsoft/sc-004',
      when: { providerCode: ['SC-004'] },
      reason: 'blocked',
      category: 'reputation',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Outlook.com blocked the sending IP because Outlook.com users complained about mail from it (code SC-004).',
      explanation: 'Microsoft documents SC-004 as a block placed after complaints, and recommends its Junk Mail Reporting Program (JMRP) so senders can remove complaining recipients.',
      steps: {
        esp: ['Ask your ESP to enrol the IP in JMRP, find the senders causing complaints and request delisting.', ...IP_BLOCK_ESP.slice(1)],
        sender: ['Enrol the IP in JMRP and remove every address that reports your mail as junk.', 'Make unsubscribing easy (one-click) and stop mailing inactive addresses; then request delisting.'],
      },
      links: [JMRP, SUPPORT_FORM],
      source: SOURCE_OLC,
      examples: ["550 SC-004 (BAY004-MC1F20) Unfortunately, messages from 192.0.2.77 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."],
    },
    {
      id: 'microsoft/dy-001',
      when: { providerCode: ['DY-001'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Outlook.com does not accept mail sent directly from a dynamic (home or mobile) IP address (code DY-001).',
      steps: {
        esp: ['The sending IP is listed as dynamic (for example on the Spamhaus PBL): ask the IP owner to send through a proper mail relay with a static IP.'],
        sender: ['Send through your provider’s or ESP’s mail relay instead of directly from this IP, or get a static IP with proper reverse DNS.'],
      },
      links: [TROUBLESHOOTING, SPAMHAUS_LOOKUP],
      source: SOURCE_OLC,
      examples: ["550 DY-001 (SNT004-MC1F43) Unfortunately, messages from 203.0.113.120 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."],
    },
    {
      id: 'microsoft/dy-002',
      when: { providerCode: ['DY-002'] },
      reason: 'virusdetected',
      category: 'reputation',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Outlook.com refused mail from the sending IP because the server behind it looks compromised or infected (code DY-002).',
      steps: {
        esp: ['Ask the operator of the sending server to check it for malware or a hacked account sending spam, clean it, and then request delisting.'],
        sender: ['Check the sending server and its accounts for malware or abuse, clean them, then request delisting with the Outlook.com sender support form.'],
      },
      links: [SUPPORT_FORM],
      source: SOURCE_OLC,
      examples: ["550 DY-002 (COL004-MC4F1) Unfortunately, messages from 198.51.100.8 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."],
    },
    {
      id: 'microsoft/ou-001',
      when: { providerCode: ['OU-001'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Outlook.com refused mail from the sending IP because of a Spamhaus listing (code OU-001).',
      steps: {
        esp: ['Ask your ESP to look up the sending IP at Spamhaus and have it removed; Outlook.com accepts mail again once the listing is gone.', ...IP_BLOCK_ESP.slice(1)],
        sender: ['Look up the sending IP at Spamhaus, fix the cause named there and request removal.'],
      },
      links: [SPAMHAUS_LOOKUP, TROUBLESHOOTING],
      source: SOURCE_OLC,
      examples: ["550 OU-001 (SNT004-MC3F55) Unfortunately, messages from [192.0.2.140] weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."],
    },
    {
      id: 'microsoft/ou-002',
      when: { providerCode: ['OU-002'] },
      reason: 'badreputation',
      category: 'reputation',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Outlook.com refused the message for policy reasons: spam-like content or a poor IP or domain reputation (code OU-002).',
      steps: { esp: IP_BLOCK_ESP, sender: IP_BLOCK_SENDER },
      links: [SUPPORT_FORM, SNDS],
      source: SOURCE_OLC,
      examples: ["550 OU-002 (BAY004-MC2F30) Unfortunately, messages from 203.0.113.66 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."],
    },

    // ---- Exchange Online Protection: banned IPs and block lists ----
    {
      id: 'microsoft/banned-sending-ip',
      // 5.7.606-649 "Access denied, banned sending IP [IP]" (Exchange Online NDR table).
      when: { status: ['5.7.6*'], text: ['banned sending ip', 'banned sender', 'sender.office.com'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Microsoft 365 (Exchange Online) refused the message because the sending IP is on its list of banned IPs (5.7.606–649).',
      explanation:
        'Exchange Online bans IPs that sent spam or malicious mail. The ban covers every Microsoft 365 organisation, not only this recipient. The owner of the IP can ask for removal in Microsoft’s self-service delist portal once the cause is fixed.',
      steps: {
        esp: ['Send your ESP the bounce and the sending IP and ask them to request removal at sender.office.com (or move you to a clean IP).', ...IP_BLOCK_ESP.slice(1)],
        sender: ['Fix what caused the ban (compromised account, bought list, spam complaints), then request removal of the IP at sender.office.com; it usually takes effect within a day.'],
      },
      links: [DELIST_PORTAL, NDR_REFERENCE],
      source: SOURCE_NDR,
      examples: [
        '550 5.7.606 Access denied, banned sending IP [192.0.2.25]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609) [DB5EUR01FT031.eop-EUR01.prod.protection.outlook.com]',
        '550 5.7.642 Access denied, banned sending IP [198.51.100.31]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
      ],
    },
    {
      id: 'microsoft/banned-sender-511',
      when: { status: ['5.7.511'] },
      // An Exchange status of its own (a three-digit detail, not in RFC 3463 nor IANA's registry):
      // unmistakable without a Microsoft host too.
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Microsoft 365 (Exchange Online) refused the message because the sending IP is banned (5.7.511); removal is requested by e-mail to Microsoft.',
      steps: {
        esp: ['Ask your ESP to forward the full bounce to delist@messaging.microsoft.com to request removal of the IP, or to move you to a clean IP.', ...IP_BLOCK_ESP.slice(1)],
        sender: ['Fix what caused the ban, then forward the whole bounce message to delist@messaging.microsoft.com with the IP to delist.'],
      },
      links: [{ label: 'Microsoft delisting by e-mail', url: 'mailto:delist@messaging.microsoft.com' }, NDR_REFERENCE],
      source: SOURCE_NDR,
      examples: [
        '550 5.7.511 Access denied, banned sender[203.0.113.80]. To request removal from this list please forward this message to delist@messaging.microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(508) [AM5EUR02FT019.eop-EUR02.prod.protection.outlook.com]',
      ],
    },
    {
      id: 'microsoft/recipient-org-block',
      // 5.7.507 "rejected by recipient" and 5.7.513 "blocked by <domain> using Customer Block list".
      when: { status: ['5.7.507', '5.7.513'] },
      // An Exchange status of its own (a three-digit detail, not in RFC 3463 nor IANA's registry):
      // unmistakable without a Microsoft host too.
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'The recipient’s organisation has blocked the sending IP in its own Microsoft 365 settings (5.7.507 / 5.7.513); Microsoft itself has not blocked it.',
      steps: {
        recipient_admin: ['Only the recipient organisation’s Microsoft 365 admin can remove the IP from its block list (Tenant Allow/Block List or connection filter). Contact the recipient by another channel and ask them to do so.'],
      },
      links: [NDR_REFERENCE],
      source: SOURCE_NDR,
      examples: [
        '550 5.7.513 Service unavailable, Client host [192.0.2.90] blocked by example.com using Customer Block list (AS16012607) [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com]',
        '550 5.7.507 Access denied, rejected by recipient [SA2PR04MB7483.namprd04.prod.outlook.com]',
      ],
    },
    {
      id: 'microsoft/spamhaus',
      // EOP checks Spamhaus IP lists (AS(1450)); a DBL listing names a domain and is the sender's to fix.
      when: { text: ['spamhaus'], notText: ['dbl.spamhaus', '/query/domain/', 'spamhaus dbl'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Microsoft refused the message because the sending IP is listed by Spamhaus.',
      steps: {
        esp: ['Ask your ESP to look up the sending IP at Spamhaus and have it removed; Microsoft accepts mail again once the listing is gone.', ...IP_BLOCK_ESP.slice(1)],
        sender: ['Look up the sending IP at Spamhaus, fix the cause it names (infected machine, open relay, spam) and request removal.'],
      },
      links: [SPAMHAUS_LOOKUP],
      source: 'https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js',
      examples: [
        '550 5.7.1 Service unavailable, Client host [198.51.100.99] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.99 AS(1450) [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]',
      ],
    },
    {
      id: 'microsoft/block-list',
      // Other block-list wording from Microsoft without a known code.
      when: { status: ['5.7.*'], text: ['block list', 'blocklist', 'blocked list'], notText: ['tenant allow', 'customer block list'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Microsoft refused the message because the sending IP is on one of its block lists.',
      steps: { esp: IP_BLOCK_ESP, sender: IP_BLOCK_SENDER },
      links: [SUPPORT_FORM, SNDS],
      source: SOURCE_OLC,
      examples: ['550 5.7.1 Service unavailable, client host [192.0.2.14] is on our block list. Please contact your service provider. [BY5PR11MB4001.namprd11.prod.outlook.com]'],
    },

    // ---- Authentication ----
    {
      id: 'microsoft/dmarc-reject',
      when: { text: ['does not pass dmarc verification'] },
      anywhere: true,
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft refused the message because the From domain failed DMARC and its DMARC policy says to reject (5.7.509).',
      steps: {
        sender: [
          'Make SPF or DKIM pass *and align* with the From domain: sign with DKIM using your own domain at your ESP, and use a return-path (bounce) domain under your domain.',
          'Check the result with a test message and your DMARC aggregate reports before sending again.',
        ],
      },
      links: [NDR_REFERENCE],
      source: SOURCE_SISIMAI,
      examples: [
        '550 5.7.509 Access denied, sending domain [NEWS.EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject. [PH0PR11MB5000.namprd11.prod.outlook.com 2024-06-11T09:04:02.679Z 08DC8850F12E1502]',
      ],
    },
    {
      id: 'microsoft/auth-level',
      // Outlook.com's 2025 bulk-sender rule: >5,000 mails a day must pass SPF, DKIM and DMARC.
      when: { text: ["doesn't meet the required authentication level", 'does not meet the required authentication level'] },
      anywhere: true,
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Outlook.com refused the message because the sending domain does not meet Microsoft’s authentication requirements for bulk senders: SPF, DKIM and DMARC must all pass (5.7.515).',
      steps: {
        sender: [
          'Publish SPF for your sending servers, sign with DKIM using your own domain, and publish a DMARC record (p=none at least) aligned with your From domain.',
          'The bounce lists the failing check (Spf=, Dkim=, DMARC=); fix that one and send a test first.',
        ],
      },
      links: [{ label: 'Microsoft: requirements for high-volume senders', url: 'https://go.microsoft.com/fwlink/p/?linkid=2319303' }],
      source: SOURCE_SISIMAI,
      examples: [
        "550 5.7.515 Access denied, sending domain MAIL.EXAMPLE.NET doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn how to fix this see: https://go.microsoft.com/fwlink/p/?linkid=2319303 Spf= Fail , Dkim= Pass , DMARC= Pass",
      ],
    },
    {
      id: 'microsoft/spf-violation',
      when: { status: ['5.7.23'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft refused the message because it failed the sending domain’s SPF check (5.7.23).',
      steps: { sender: ['Add the sending servers (your ESP’s include) to the SPF record of the envelope (return-path) domain and check the record stays under 10 DNS lookups.'] },
      links: [NDR_REFERENCE],
      source: SOURCE_NDR,
      examples: ['550 5.7.23 The message was rejected because of Sender Policy Framework violation [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com]'],
    },
    {
      id: 'microsoft/ipv6-spf-dkim',
      when: { text: ['must pass either spf or dkim validation'] },
      anywhere: true,
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Microsoft refused mail sent over IPv6 because it passed neither SPF nor DKIM; Microsoft requires one of them for IPv6 mail (4.7.26/5.7.26).',
      steps: { sender: ['Sign the mail with DKIM for your domain and include the IPv6 sending range in SPF, or have your ESP send to Microsoft over IPv4.'] },
      links: [NDR_REFERENCE],
      source: SOURCE_SISIMAI,
      examples: ['450 4.7.26 Access denied, a message sent over IPv6 [2001:db8:1::25] must pass either SPF or DKIM validation, this message is not signed [BN1NAM02FT054.eop-nam02.prod.protection.outlook.com]'],
    },
    {
      id: 'microsoft/ipv6-ptr',
      when: { text: ['must have a reverse dns record'] },
      anywhere: true,
      reason: 'blocked',
      category: 'authentication',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'Microsoft refused mail sent over IPv6 because the sending IPv6 address has no reverse DNS (PTR) record (5.7.25).',
      steps: {
        esp: ['Ask your ESP (the owner of the sending IPv6 address) to publish a PTR record for it, or to send to Microsoft over IPv4.'],
        sender: ['Publish a PTR record for the sending IPv6 address that points to a host name resolving back to it, or send over IPv4.'],
      },
      links: [NDR_REFERENCE],
      source: SOURCE_SISIMAI,
      examples: ['550 5.7.25 Access denied, the sending IPv6 address [2001:db8:5::a] must have a reverse DNS record. [CY4PR02MB2710.namprd02.prod.outlook.com]'],
    },

    // ---- Throttling and deferrals ----
    {
      id: 'microsoft/ip-reputation-throttle',
      // 4.7.650 / 4.7.651; also when an ESP's expiry notice wraps it ("Message expired ... <451 4.7.651 ...>").
      when: { text: ['rate limited due to ip reputation'] },
      anywhere: true,
      reason: 'badreputation',
      category: 'reputation',
      actor: 'esp',
      summary: 'Microsoft is slowing down (deferring) mail from the sending IP because of that IP’s reputation (4.7.650/4.7.651).',
      explanation:
        'This is a deferral, not a final refusal: the sending server retries. But the cause is the IP’s reputation at Microsoft, so if it lasts for hours the mail expires. On a shared IP other senders’ mail may be the cause.',
      steps: { esp: THROTTLE_ESP, sender: THROTTLE_SENDER },
      links: [SNDS, JMRP],
      source: SOURCE_SISIMAI,
      examples: [
        '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [VI1EUR04FT019.eop-eur04.prod.protection.outlook.com]',
        '451 4.7.651 The mail server [198.51.100.72] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S844)',
      ],
    },
    {
      id: 'microsoft/throttle-expired',
      // A 4.7.5xx-8xx throttle that never cleared until the sender's MTA gave up: providers.md §3
      // "none (esp if persistent)".
      when: { text: [/(?:message expired|unable to deliver|expired)(?:(?!expired|unable to deliver)[^<]){0,300}?(?:<\s*)?4\d\d[ -]4\.7\.[5-8]\d\d\b/] },
      anywhere: true,
      reason: 'expired',
      category: 'reputation',
      actor: 'esp',
      permanence: 'permanent',
      summary: 'The message expired because Microsoft kept deferring mail from the sending IP (4.7.5xx throttling) until the sending server gave up.',
      steps: { esp: THROTTLE_ESP.slice(1), sender: THROTTLE_SENDER },
      links: [SNDS],
      source: SOURCE_NDR,
      examples: ['554 4.4.7 Message expired: unable to deliver in 840 minutes.<451 4.7.500 Server busy. Please try again later from [192.0.2.61]. (AS843) [AM6EUR05FT008.eop-eur05.prod.protection.outlook.com]>'],
    },
    {
      id: 'microsoft/max-connections',
      // "The mail server [IP] has exceeded ..." is Microsoft's wording.
      when: { text: [/mail server \[[0-9a-f.:]+\] has exceeded the maximum number of connections/] },
      anywhere: true,
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Microsoft deferred the message because the sending IP had too many connections open at once (4.7.652); the sending server will retry.',
      steps: {
        none: ['Nothing to do for an occasional deferral; the sending server retries.'],
        esp: ['If it repeats, lower the number of parallel connections to Microsoft from this IP.'],
        sender: ['If it repeats, lower the number of parallel connections your server opens to Microsoft.'],
      },
      source: SOURCE_SISIMAI,
      examples: ['451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA9B3FA168ABBF] [BN3PEPF0000B370.namprd21.prod.outlook.com 2025-02-20T14:30:32.425Z 08DD4D9FD5AFF45C]'],
    },
    {
      id: 'microsoft/server-busy',
      // "Server busy. Please try again later from [IP]" is Microsoft's wording.
      when: { text: [/server busy\.? please try again later from \[?[0-9a-f.:]+/] },
      anywhere: true,
      reason: 'systemerror',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Microsoft deferred the message with “server busy” (4.7.500): a temporary restriction on the sending IP that usually lifts by itself.',
      explanation:
        'Microsoft documents 4.7.500–699 as suspicious activity detected on the IP, which is “temporarily restricted while it’s being further evaluated” and lifted shortly if the activity is valid. If it persists for hours, treat it as an IP reputation problem.',
      steps: { none: THROTTLE_ESP, esp: THROTTLE_ESP, sender: THROTTLE_SENDER },
      source: SOURCE_NDR,
      examples: ['451 4.7.500 Server busy. Please try again later from [198.51.100.2]. (AS761) [DB8EUR05FT052.eop-eur05.prod.protection.outlook.com]'],
    },

    // ---- TLS / DANE / MTA-STS (Exchange Online sending to another server) ----
    {
      id: 'microsoft/tls-dane-mta-sts',
      when: {
        text: ['starttls-not-supported', 'certificate-expired', 'tlsa-invalid', 'dnssec-invalid', 'certificate-host-mismatch', 'failed mta-sts validation', 'starttls is required to send mail'],
      },
      anywhere: true,
      reason: 'failedstarttls',
      category: 'tls',
      actor: 'recipient_admin',
      summary: 'Microsoft 365 could not deliver securely to the destination server: its TLS certificate, DANE (TLSA) record or MTA-STS policy failed the check, or it does not offer STARTTLS.',
      explanation: 'These codes (4.7.321–325, 5.7.321–325, 4.7.5/5.7.5, 4.4.8, 4.4.317) are written by Exchange Online when it sends to another server that requires or advertises encryption it then cannot provide.',
      steps: {
        recipient_admin: ['The destination domain’s mail admin must fix the server: renew the certificate, correct the TLSA (DANE) record or the MTA-STS policy, or enable STARTTLS.'],
        sender: ['Tell the recipient’s organisation; if you enforce TLS on your own connector for this domain, you could relax it until they fix it.'],
      },
      links: [NDR_REFERENCE],
      source: SOURCE_NDR,
      examples: [
        '450 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail. [PH7PR11MB6522.namprd11.prod.outlook.com]',
        '550 5.7.323 tlsa-invalid: The domain failed DANE validation. [DS7PR03MB5608.namprd03.prod.outlook.com]',
        '451 4.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateExpired [LV3PR11MB8603.namprd11.prod.outlook.com]',
      ],
    },
    {
      id: 'microsoft/temporarily-restricted',
      // 4.7.500-699 (and 4.7.850-899) "Access denied, please try again later": suspicious activity,
      // temporary restriction (Exchange Online NDR table).
      when: { status: ['4.7.5*', '4.7.6*', '4.7.8*'] },
      reason: 'blocked',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Microsoft temporarily restricted mail from the sending IP while it evaluates unusual activity (4.7.5xx–8xx); the restriction usually lifts by itself.',
      steps: { none: THROTTLE_ESP, esp: THROTTLE_ESP, sender: THROTTLE_SENDER },
      source: SOURCE_NDR,
      examples: ['451 4.7.550 Access denied, please try again later. [BL02EPF0001A0FB.namprd09.prod.outlook.com]'],
    },

    // ---- Recipient address and mailbox ----
    {
      id: 'microsoft/recipient-not-found',
      when: { text: ['recipientnotfound', 'recipient not found by smtp address lookup', 'resolver.adr.recipnotfound', 'resolver.adr.exrecipnotfound'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft 365 says the address does not exist in the recipient organisation (5.1.10 RecipientNotFound).',
      steps: { sender: ['Remove the address from your list or correct its spelling; resending will fail the same way.'] },
      source: SOURCE_NDR,
      examples: [
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient user@example.com not found by SMTP address lookup',
        '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
      ],
    },
    {
      id: 'microsoft/dbeb-unknown-recipient',
      // Directory Based Edge Blocking: EOP refuses addresses not in the tenant's directory.
      // 5.4.1 with this wording is Exchange Online's alone (often tagged AS(201806281)).
      when: { status: ['5.4.1'], text: [/recipient address(?:es)? rejected ?: access denied/] },
      anywhere: true,
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft 365 refused the address because it does not exist in the recipient organisation’s directory (5.4.1, Directory Based Edge Blocking).',
      steps: { sender: ['Remove the address from your list or correct it; the recipient organisation has no such mailbox.'] },
      source: SOURCE_NDR,
      examples: ['550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM2PEPF0001C70F.eurprd05.prod.outlook.com 2024-05-02T10:11:12.123Z 08DC6A7B5C2E1F44]'],
    },
    {
      id: 'microsoft/mailbox-unavailable',
      // Outlook.com's answer for an unknown consumer address (Sisimai Rhost::Outlook: userunknown).
      when: { text: ['requested action not taken: mailbox unavailable'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Outlook.com says this address does not exist (mailbox unavailable).',
      steps: { sender: ['Remove the address from your list; Outlook.com has no such mailbox.'] },
      source: 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-outlook.go',
      examples: [
        '550 5.5.0 Requested action not taken: mailbox unavailable (-2147467259:1234:-1234567890)',
        '550 Requested action not taken: mailbox unavailable [BN7NAM10FT047.eop-nam10.prod.protection.outlook.com]',
      ],
    },
    {
      id: 'microsoft/mailbox-full',
      when: { text: ['mailbox full', 'quotaexceeded', 'mailbox is full', 'over quota'] },
      reason: 'mailboxfull',
      category: 'mailbox_full',
      actor: 'recipient',
      summary: 'The recipient’s Microsoft mailbox is full (STOREDRV.Deliver: mailbox full).',
      steps: { recipient: ['Only the recipient can free space. Retry later, and stop mailing the address if it stays full for weeks.'] },
      source: SOURCE_SISIMAI,
      examples: ['550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:00.00000:FF000000"'],
    },
    {
      id: 'microsoft/recipient-thread-limit',
      when: { text: ['recipient thread limit exceeded'] },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Microsoft is briefly throttling delivery into this one mailbox because it is receiving many messages at once; the sending server will retry.',
      steps: { none: ['Nothing to do: the sending server retries and the message usually goes through.'] },
      source: SOURCE_NDR,
      examples: ['432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded'],
    },
    {
      id: 'microsoft/per-hour-receive-limit',
      when: { text: ["per hour message receive limit", 'exceeded their limit for'] },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft refused the message because this recipient got more messages this hour than Microsoft allows (5.2.121/5.2.122).',
      steps: { sender: ['Send fewer messages per hour to this one address (for example, batch automated notifications), then send again later.'] },
      source: SOURCE_NDR,
      examples: ["550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. RESOLVER.RST.RecipP2PMessageRateLimitExceeded; recipient's per hour message receive limit from all senders exceeded"],
    },
    {
      id: 'microsoft/bare-lf',
      when: { status: ['5.6.11'] },
      reason: 'contenterror',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft refused the message because it contains invalid characters (bare line feeds) in its raw format (5.6.11).',
      steps: { sender: ['Ask whoever builds the message (your app or ESP) to use CRLF line endings throughout; this is a software fix, the recipient is fine.'] },
      source: SOURCE_NDR,
      examples: ['550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT'],
    },
    {
      id: 'microsoft/from-header-invalid',
      when: { text: ['must be rfc 5322 section 3.6.2 compliant'] },
      anywhere: true,
      reason: 'rejected',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft refused the message because its From header has no valid address (5.7.512).',
      steps: { sender: ['Put one valid address in the From header, in angle brackets, e.g. "News <news@example.com>".'] },
      source: SOURCE_SISIMAI,
      examples: ['550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and include a valid From address [CH2PR12MB4133.namprd12.prod.outlook.com]'],
    },

    // ---- The recipient organisation's own rules ----
    {
      id: 'microsoft/transport-rule',
      when: { status: ['5.7.90*', '5.7.91*', '5.7.92*', '5.7.93*', '5.7.94*', '5.7.95*', '5.7.96*', '5.7.97*', '5.7.98*', '5.7.99*'] },
      reason: 'policyviolation',
      category: 'policy',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'A mail flow (transport) rule set up by the recipient organisation’s Microsoft 365 admin refused the message (5.7.900–999).',
      steps: { recipient_admin: ['Only the recipient organisation’s admin can change or exempt you from this rule; contact them by another channel.'] },
      source: SOURCE_SISIMAI,
      examples: ['550 5.7.901 Delivery not authorized, message refused. Please contact the recipient organization. [MW2NAM12FT010.eop-nam12.prod.protection.outlook.com]'],
    },
    {
      id: 'microsoft/delivery-not-authorized',
      when: { status: ['5.7.1'], text: ['delivery not authorized'] },
      reason: 'rejected',
      category: 'policy',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'The recipient’s Microsoft 365 organisation does not allow you to send to this address (for example a restricted group or a mail flow rule).',
      steps: { recipient_admin: ['Only the recipient’s admin or the group owner can allow your address; contact them by another channel.'] },
      source: SOURCE_NDR,
      examples: ['550 5.7.1 Delivery not authorized, message refused [SJ0PR13MB5273.namprd13.prod.outlook.com]'],
    },
    {
      id: 'microsoft/group-restriction',
      // 5.7.12 / 5.7.133-136 sender not authenticated for group/mailbox/public folder/mail user,
      // 5.7.124 not in allowed-senders list, 5.7.193 Microsoft 365 group accepts members only.
      when: { status: ['5.7.12', '5.7.124', '5.7.133', '5.7.134', '5.7.135', '5.7.136', '5.7.193'] },
      reason: 'rejected',
      category: 'policy',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'The recipient (a group, mailbox or public folder in Microsoft 365) only accepts mail from its own organisation or from listed senders.',
      steps: { recipient_admin: ['Only the recipient organisation’s admin or the group owner can let external senders in or add you to the allowed senders; contact them by another channel.'] },
      source: SOURCE_NDR,
      examples: [
        "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.",
        '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
      ],
    },

    // ---- The sender's own Microsoft 365 tenant (outbound restrictions) ----
    {
      id: 'microsoft/tenant-block-list',
      when: { text: ['tenant allow block list', 'tenant allow/block list'] },
      anywhere: true,
      reason: 'policyviolation',
      category: 'policy',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Your own Microsoft 365 organisation blocks mail to this recipient in its Tenant Allow/Block List (5.7.703).',
      steps: { sender: ['Ask your own Microsoft 365 admin to remove the recipient from the Tenant Allow/Block List if the block is not wanted.'] },
      source: SOURCE_NDR,
      examples: ["550 5.7.703 Your message can't be delivered because messages to user@example.net are blocked by your organization using Tenant Allow Block List. [PA4PR04MB7680.eurprd04.prod.outlook.com]"],
    },
    {
      id: 'microsoft/outbound-sender-blocked',
      when: {
        status: ['5.1.8', '5.7.501', '5.7.502', '5.7.503', '5.7.750'],
        text: ['bad outbound sender', 'spam abuse detected', 'banned sender', 'unregistered domains'],
      },
      reason: 'rejected',
      category: 'reputation',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Your own Microsoft 365 organisation is blocked from sending: Microsoft detected spam from the account or tenant (often a compromised account).',
      steps: { sender: OWN_TENANT },
      source: SOURCE_SISIMAI,
      examples: [
        '550 5.1.8 Access denied, bad outbound sender. AS(42004) [AS8PR04MB8116.eurprd04.prod.outlook.com]',
        '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [DB9PR02MB7211.eurprd02.prod.outlook.com]',
      ],
    },
    {
      id: 'microsoft/outbound-tenant-threshold',
      when: { status: ['5.7.70*', '5.7.71*', '5.7.72*', '5.7.73*', '5.7.74*'], text: ['tenant has exceeded threshold', 'traffic not accepted from this ip', 'access denied'] },
      // An Exchange status of its own (a three-digit detail, not in RFC 3463 nor IANA's registry):
      // unmistakable without a Microsoft host too.
      anywhere: true,
      reason: 'speeding',
      category: 'reputation',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Your own Microsoft 365 organisation has been stopped from sending because most of its recent mail looked suspicious (5.7.705/5.7.708).',
      steps: { sender: OWN_TENANT },
      source: SOURCE_SISIMAI,
      examples: [
        '550 5.7.705 Access denied, tenant has exceeded threshold. [VI1EUR05FT033.eop-eur05.prod.protection.outlook.com]',
        '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [DM3NAM02FT021.eop-nam02.prod.protection.outlook.com]',
      ],
    },
    {
      id: 'microsoft/client-not-authenticated',
      when: { text: ['client was not authenticated to send anonymous mail'] },
      anywhere: true,
      reason: 'securityerror',
      category: 'relay_denied',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft 365 refused to relay: the device or app sending through smtp.office365.com did not log in (5.7.57).',
      steps: { sender: ['Configure the app or device to authenticate (SMTP AUTH with a licensed mailbox) or set up a connector for it in Microsoft 365.'] },
      source: SOURCE_SISIMAI,
      examples: ['530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful; Client was not authenticated to send anonymous mail during MAIL FROM [LO2P265CA0123.GBRP265.PROD.OUTLOOK.COM]'],
    },
    {
      id: 'microsoft/tenant-attribution',
      when: { text: ['tenantattribution'] },
      anywhere: true,
      reason: 'norelaying',
      category: 'relay_denied',
      actor: 'sender',
      permanence: 'permanent',
      summary: 'Microsoft 365 refused to relay because the sending server could not be matched to your organisation’s inbound connector (5.7.64 TenantAttribution).',
      steps: { sender: ['Ask your Microsoft 365 admin to check the inbound connector for your on-premises or app servers (certificate or IP settings).'] },
      source: SOURCE_SISIMAI,
      examples: ['550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT033.eop-nam02.prod.protection.outlook.com]'],
    },

    // ---- Network failures and expiry ----
    {
      id: 'microsoft/mail-loop',
      when: { text: ['possible mail loop', 'routing loop detected'] },
      reason: 'networkerror',
      category: 'network',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'Microsoft stopped the message because it kept looping between mail servers (hop count exceeded).',
      steps: { recipient_admin: ['The recipient organisation must fix the forwarding or routing (MX, connectors, inbox forwarding rules) that sends the message in a circle.'] },
      source: SOURCE_NDR,
      examples: ['554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [TY0PR01MB1234.jpnprd01.prod.outlook.com]'],
    },
    {
      id: 'microsoft/dns-query-failed',
      // 5.4.312 "Message expired, DNS query failed (InfoNoRecords)": the destination has no usable
      // MX/A records (Sisimai: networkerror).
      when: { status: ['5.4.312'], text: ['dns query failed'] },
      reason: 'networkerror',
      category: 'network',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'Microsoft 365 gave up delivering the message because the recipient’s domain has no usable mail (MX) records in DNS.',
      steps: {
        recipient_admin: ['The recipient domain must publish working MX records (or fix its DNS servers).'],
        sender: ['Check the recipient’s domain for typos; if it has no mail records, remove the address.'],
      },
      source: SOURCE_SISIMAI,
      examples: ['550 5.4.312 Message expired, DNS query failed(InfoNoRecords) [SG2APC01HT226.eop-APC01.prod.protection.outlook.com]'],
    },
    {
      id: 'microsoft/message-expired',
      // 5.4.300 / 5.4.316 / 5.4.318 and Exchange's "4.4.7 QUEUE.Expired": Microsoft's own final notices.
      // An ESP's "4.4.7 Message expired: unable to deliver in N minutes" about a Microsoft recipient
      // is left to the generic rules (or to the throttle rules above when it quotes one).
      when: { status: ['5.4.3*', '4.4.7'], text: ['message expired', 'queue.expired'], notText: ['unable to deliver in'] },
      reason: 'expired',
      category: 'network',
      actor: 'recipient_admin',
      permanence: 'permanent',
      summary: 'Microsoft 365 gave up delivering the message: the destination server could not be reached (or refused connections) until the message expired.',
      steps: {
        recipient_admin: ['The destination organisation must check that its MX records point to a working server that accepts connections on port 25.'],
        sender: ['Check the recipient domain’s MX records; if the domain is abandoned, remove the address.'],
      },
      source: SOURCE_NDR,
      examples: ['550 5.4.316 Message expired, connection refused(Socket error code 10061) [SG2APC01HT007.eop-APC01.prod.protection.outlook.com]'],
    },
    {
      id: 'microsoft/connection-deferred',
      // 4.4.316 connection refused / 4.4.312 DNS query failed while Exchange Online keeps retrying;
      // the final 5.4.3xx notice says "Message expired" and is caught by the rule above.
      when: { status: ['4.4.3*'], text: ['connection refused', 'dns query failed', 'socket error'] },
      reason: 'networkerror',
      category: 'network',
      actor: 'none',
      summary: 'Microsoft 365 could not connect to the destination mail server yet (connection refused or DNS failure) and keeps retrying.',
      steps: {
        none: ['Nothing to do yet: Exchange Online keeps retrying for a while. If the message finally expires, the destination organisation must fix its MX records or mail server.'],
      },
      source: SOURCE_SISIMAI,
      examples: ['450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.example.net] [MWH0EPF000989E8.namprd02.prod.outlook.com]'],
    },
  ],
} satisfies ProviderTable;
