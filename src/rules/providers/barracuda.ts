// Barracuda Networks: the Barracuda Reputation Block List (BRBL, b.barracudacentral.org), used by
// Barracuda appliances and by many other servers as a DNSBL, and Barracuda Email Security Service
// (ESS, hosts *.ess.barracudanetworks.com) in front of organisations' mailboxes. Removal requests for
// BRBL go through https://www.barracudacentral.org/rbl/removal-request (shared/docs/providers.md §14, §16).

import type { ProviderTable } from '../../core/types.ts';

const REMOVAL = { label: 'Barracuda Central: BRBL lookup and removal request', url: 'https://www.barracudacentral.org/rbl/removal-request' };
const LOOKUP = 'https://www.barracudacentral.org/lookups';

export default {
  id: 'barracuda',
  name: 'Barracuda',
  hosts: ['.barracudanetworks.com', '.barracuda.com'],
  domains: [],
  links: [REMOVAL],
  rules: [
    {
      id: 'barracuda/reputation-block-list',
      when: { text: ['barracudacentral.org', 'barracuda reputation', 'barracudanetworks.com/reputation', /\bbrbl\b/] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP is on the Barracuda Reputation Block List (BRBL).',
      explanation:
        'BRBL lists IPs that sent spam to Barracuda’s network. Many servers, not only Barracuda appliances, query it. The IP’s owner can request removal; on a shared IP that is the ESP.',
      steps: {
        esp: [
          'Send your ESP the bounce and the sending IP; ask them to request removal at barracudacentral.org or to move your traffic to a clean IP.',
          'Keep the addresses: the mailboxes were not the problem.',
        ],
        sender: [
          'Look the IP up at barracudacentral.org and submit a removal request (with a contact e-mail and an explanation of the fix).',
          'Fix the cause first (compromised accounts, spam traps, bought lists); removal usually takes a day or so.',
        ],
      },
      links: [REMOVAL],
      source: LOOKUP,
      examples: [
        '554 Service unavailable; Client host [192.0.2.58] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.58',
        '554 Refused. Your IP address is listed in the RBL at b.barracudacentral.org',
      ],
    },
    {
      id: 'barracuda/ess-blocked',
      when: { text: [['permanent failure for one or more recipients', ':blocked)']] },
      anywhere: true,
      reason: 'filtered',
      category: 'policy',
      actor: 'recipient_admin',
      summary: 'Barracuda Email Security (the recipient organisation’s filter) blocked the message; the reason is only visible in their Barracuda message log.',
      explanation:
        'Barracuda ESS returns ":blocked" for any of its filters (spam score, intent or link analysis, block lists, the organisation’s own sender policies). The sender cannot see which one; the recipient’s admin can look the message up in the Barracuda message log and allow it.',
      steps: {
        recipient_admin: [
          'Contact the recipient another way and ask their IT team to look up the message in the Barracuda message log and to allow your address or domain if appropriate.',
          'Meanwhile check your sending IP on the Barracuda Reputation Block List and your message for spam-like content.',
        ],
      },
      links: [REMOVAL],
      source: 'https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt',
      examples: ['550 permanent failure for one or more recipients (someone@example.com:blocked)'],
    },
    {
      id: 'barracuda/content-ube',
      when: { text: ['message content rejected, ube'] },
      reason: 'spamdetected',
      category: 'content',
      actor: 'sender',
      summary: 'The Barracuda filter rejected the message as unsolicited bulk email (spam) because of its content.',
      steps: {
        sender: [
          'Review the content and links (shorteners, listed domains, image-only mails) and make sure SPF, DKIM and DMARC pass.',
          'If the mail is wanted, ask the recipient’s IT team to allow your address.',
        ],
      },
      source: 'https://github.com/sisimai/set-of-emails/tree/master/maildir/bsd',
      examples: ['host d123456a.ess.barracudanetworks.com[192.0.2.70] said: 550 5.7.1 Message content rejected, UBE, id=12345-02-3 (in reply to end of DATA command)'],
    },
  ],
} satisfies ProviderTable;
