// GMX, WEB.DE and mail.com (United Internet; 1&1/IONOS run the same "Nemesis" mail platform).
// Their replies are multi-line, carry no enhanced status codes, and the last line links to a
// postmaster page for the case: `554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=<IP>`
// (https://postmaster.gmx.com/en/error-messages; older links use `error-messages?ip=<IP>&c=rdns`).
// Texts and meanings: the GMX and WEB.DE error-message pages, 1&1's "SMTP Error Messages" page
// and smtp.codes/unitedinternet (shared/docs/providers.md §10).

import type { ProviderTable } from '../../core/types.ts';

const ERRORS = { label: 'GMX postmaster: error messages', url: 'https://postmaster.gmx.com/en/error-messages' };
const WEBDE = { label: 'WEB.DE postmaster: error messages', url: 'https://postmaster.web.de/error-messages' };
const CONTACT = { label: 'GMX postmaster: contact form', url: 'https://postmaster.gmx.com/en/contact' };
const SOURCE = 'https://postmaster.gmx.com/en/error-messages';
const SMTP_CODES = 'https://smtp.codes/unitedinternet/';

export default {
  id: 'gmx',
  name: 'GMX / WEB.DE / mail.com',
  hosts: ['.gmx.net', '.gmx.com', '.gmx.de', '.web.de', '.mail.com', '.kundenserver.de', '.1and1.com', '.ionos.com', '.ionos.de'],
  domains: ['gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'gmx.co.uk', 'gmx.fr', 'gmx.es', 'gmx.us', 'web.de', 'mail.com', 'email.com', 'usa.com'],
  signatures: [/\bnemesis esmtp\b/, /postmaster\.(?:gmx\.[a-z.]+|web\.de|mail\.com|1and1\.[a-z.]+|ionos\.[a-z.]+)/, /\((?:mxgmx|mxweb|mxeue)\w*\)/],
  codePatterns: [/postmaster\.(?:(?:gmx|1and1|ionos)\.(?:[a-z]{2,3}\.)?[a-z]{2,3}|web\.de|mail\.com)\/(?:(?!postmaster\.)[^\s?])*\?(?:(?!postmaster\.)\S)*?\bc=([a-z0-9]+)/i],
  links: [ERRORS],
  rules: [
    {
      id: 'gmx/ip-block-listed',
      when: { text: [/ip address is (?:block|black) ?listed/] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'GMX / WEB.DE refused the connection because the sending IP is on its block list.',
      explanation:
        'United Internet keeps its own IP block list (and may use external DNSBLs). The case link at the end of the reply explains the listing and offers a contact form once the cause is fixed. On a shared IP other senders may have caused it.',
      steps: {
        esp: [
          'Send your ESP the full multi-line reply including the "For explanation visit" link, and ask them to request delisting at GMX/WEB.DE or move your German traffic to a clean IP.',
          'Keep the addresses: the mailboxes were not the problem.',
        ],
        sender: [
          'Open the case link from the last line of the reply, fix the cause it names, and use the postmaster contact form to request delisting of your IP.',
          'Check the IP on the public block lists too (Spamhaus, UCEPROTECT), as GMX may use them.',
        ],
      },
      links: [ERRORS, CONTACT],
      source: SOURCE,
      examples: [
        '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.42&r=1MNcgj-1ue23t3pyV-00S2YR',
        '554-kundenserver.de (mxeue106) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is black listed. 554 For explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.176&c=bip',
      ],
    },
    {
      id: 'gmx/bad-ptr',
      when: { text: ['bad dns ptr resource record', /[?&]c=rdns\b/] },
      reason: 'requireptr',
      category: 'authentication',
      actor: 'esp',
      summary: 'GMX / WEB.DE refused the connection because the reverse DNS (PTR) record of the sending IP is missing or invalid.',
      explanation: 'GMX expects a PTR record that names the mail server (a fully qualified host name resolving back to the IP), ideally also used as the HELO name.',
      steps: {
        esp: ['Ask your ESP to fix the PTR record of the sending IP (forward and reverse DNS must match).'],
        sender: ['Set a PTR record for the sending IP that names your mail server, make that name resolve back to the IP, and use it as the HELO name.'],
      },
      links: [ERRORS],
      source: SOURCE,
      examples: [
        '554-mail.com (mxgmxus002) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.22&c=rdns',
      ],
    },
    {
      id: 'gmx/spf',
      when: { text: ['reject due to spf policy'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'GMX / WEB.DE rejected the message because the sending server is not permitted by the sender domain’s SPF record.',
      explanation: 'GMX notes that forwarding without rewriting the envelope sender (SRS) also causes this.',
      steps: {
        sender: [
          'Add your sending servers (your ESP’s include) to the SPF record of the envelope sender domain.',
          'If the mail was forwarded, the forwarder must use SRS.',
        ],
      },
      links: [ERRORS],
      source: SMTP_CODES,
      examples: ['550 <someone@gmx.de>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner'],
    },
    {
      id: 'gmx/policy-violations-block',
      when: { text: ['reject due to policy violations'] },
      reason: 'badreputation',
      category: 'reputation',
      actor: 'esp',
      summary: 'GMX / WEB.DE / 1&1 temporarily blocked the sending IP for policy violations, typically mail to too many non-existent addresses (or a constantly changing HELO name).',
      steps: {
        esp: ['Ask your ESP to pause this traffic; the IP is blocked for a poor delivery rate, and retries during the block make it worse.'],
        sender: ['Remove non-existent and stale addresses from the list and check for compromised accounts; keep one fixed HELO name per IP; retry later.'],
      },
      source: 'https://help.1and1.com/e-mail-and-office-c37589/1and1-postmaster-c85193/smtp-error-messages-for-the-1and1-mail-server-a793087.html',
      examples: ['421-kundenserver.de (mxeue009) Nemesis ESMTP Service not available 421-Service unavailable 421 Reject due to policy violations'],
    },
    {
      id: 'gmx/rate-limit',
      when: { text: ['too many messages have been received in a short period', 'rate limit reached'] },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      summary: 'GMX / WEB.DE is temporarily refusing mail from the sending IP because too many messages arrived in a short time; it will be retried.',
      explanation:
        'GMX asks to retry in a few hours at a lower rate. Retries count as new attempts, so aggressive retrying keeps the limit in place; when it persists on a shared IP, the ESP must lower its rate or move the traffic.',
      steps: { none: ['Let the sending server retry, slowly. If it lasts for days, ask your ESP to lower the sending rate to GMX/WEB.DE from that IP.'] },
      links: [WEBDE],
      source: 'https://postmaster.web.de/error-messages',
      examples: [
        '421-web.de (mxweb113) Nemesis ESMTP Service not available 421-Service unavailable 421-Reject due to policy restrictions 421 Please try again later. Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.',
      ],
    },
    {
      id: 'gmx/administrative-block',
      when: { text: ['for administrative reasons'] },
      reason: 'policyviolation',
      category: 'policy',
      actor: 'esp',
      summary: 'GMX / WEB.DE temporarily does not accept mail from the sending server "for administrative reasons" (its email policy is not met).',
      steps: {
        esp: ['Send your ESP the reply; their mail administrator must contact GMX/WEB.DE postmaster.'],
        sender: ['Check the server against the GMX email policy (PTR, HELO, SPF, no open relay) and have your administrator contact GMX postmaster.'],
      },
      links: [WEBDE, CONTACT],
      source: 'https://postmaster.web.de/error-messages',
      examples: ['host mx-ha02.web.de[192.0.2.5] said: 450 For administrative reasons, email delivery is temporarily not permitted. (in reply to MAIL FROM command)'],
    },
    {
      id: 'gmx/server-configuration',
      when: { text: ['syntax error in parameters or arguments'] },
      reason: 'syntaxerror',
      category: 'policy',
      actor: 'esp',
      summary: 'GMX / WEB.DE refused the mail because of an incorrect configuration of the sending server (for example its HELO name).',
      steps: {
        esp: ['Send your ESP the reply; their server configuration must follow the GMX recommendations, then request unblocking.'],
        sender: ['Fix the sending server’s configuration (a fully qualified HELO name matching the PTR record), then ask GMX to unblock it.'],
      },
      links: [ERRORS],
      source: SMTP_CODES,
      examples: ['550 <someone@web.de>: Syntax error in parameters or arguments'],
    },
    {
      id: 'gmx/system-overload',
      when: { text: ['general system overload', 'local error in processing'] },
      reason: 'systemerror',
      category: 'other',
      actor: 'none',
      summary: 'GMX / WEB.DE temporarily could not accept the message because of a system overload or a local processing error; it will be retried.',
      steps: { none: ['Nothing to do: the sending server retries. GMX notes slow DNS answers for the sender domain can also cause this.'] },
      source: 'https://postmaster.web.de/error-messages',
      examples: ['host mx-ha03.web.de[192.0.2.6] said: 451 Requested action aborted: local error in processing (in reply to end of DATA command)'],
    },
    {
      id: 'gmx/mailbox-full',
      when: { text: ['speichervolumen', 'exhausted allowed storage', 'too many messages on the server', 'zuviele mails'] },
      // United Internet's own wording for a full mailbox, which says so whoever relays it: the rule
      // applies without a GMX / WEB.DE host too (providers.md §10 quotes the line alone).
      anywhere: true,
      reason: 'mailboxfull',
      category: 'mailbox_full',
      actor: 'recipient',
      summary: 'The recipient’s GMX / WEB.DE mailbox is full.',
      steps: { recipient: ['The recipient must delete messages; keep the address and resend later.'] },
      source: 'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html',
      examples: ['host mx-ha03.web.de[192.0.2.6] said: 550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space. (in reply to RCPT TO command)'],
    },
    {
      id: 'gmx/user-inactive',
      when: { text: ['user is inactive'] },
      reason: 'suspend',
      category: 'mailbox_disabled',
      actor: 'recipient',
      summary: 'The GMX / WEB.DE mailbox exists but is inactive.',
      steps: { recipient: ['Only the owner can reactivate it; stop mailing the address until then.'] },
      source: 'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html',
      examples: ['550 5.2.1 <someone@gmx.de>... User is inactive'],
    },
    {
      id: 'gmx/user-unknown',
      when: { text: ['mailbox unavailable', 'user unknown', 'user is unknown', 'benutzer nicht bekannt', 'unknown local part'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      summary: 'GMX / WEB.DE says the recipient address does not exist.',
      steps: { sender: ['Remove or correct the address.'] },
      source: SMTP_CODES,
      examples: ['host mx01.emig.gmx.net[192.0.2.9] said: 550 Requested action not taken: mailbox unavailable (in reply to RCPT TO command)', '550 5.1.1 <nobody@gmx.de>... User is unknown'],
    },
  ],
} satisfies ProviderTable;
