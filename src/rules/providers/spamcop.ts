// SpamCop Blocking List (bl.spamcop.net, run by Cisco Talos), quoted by any receiving server. It lists
// IPs reported by SpamCop users and spam traps; listings are "time-based, resulting in quick and
// automatic delisting of these sites when reports stop", usually within about 24 hours
// (https://www.spamcop.net/bl.shtml; shared/docs/providers.md §16). The texts name the list, so the
// rule applies anywhere; Mimecast's `spamcop.mimecast.org` zone is decided by the Mimecast table first.

import type { ProviderTable } from '../../core/types.ts';

const BL = { label: 'SpamCop: blocking list lookup', url: 'https://www.spamcop.net/bl.shtml' };

export default {
  id: 'spamcop',
  name: 'SpamCop',
  hosts: [],
  domains: [],
  links: [BL],
  rules: [
    {
      id: 'spamcop/ip-listed',
      when: { text: ['bl.spamcop.net', 'spamcop.net/bl.shtml', 'spamcop.net/w3m', /(?:blocked|listed) (?:using|by|at|in|on) spamcop/] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP is on the SpamCop Blocking List (recent spam reports or spam-trap hits).',
      explanation:
        'SpamCop lists IPs from user spam reports and spam traps. Listings expire automatically once reports stop, usually within a day, so the fix is to stop what triggers the reports. On a shared IP other senders can cause it.',
      steps: {
        esp: [
          'Send your ESP the bounce and the sending IP; the listing clears about 24 hours after the reports stop, so the ESP must find the traffic that triggers them.',
          'Resend after the listing has expired; keep the addresses.',
        ],
        sender: [
          'Look the IP up at spamcop.net/bl.shtml to see why it is listed.',
          'Stop the mail that gets reported (unsolicited sends, old or bought lists, compromised accounts); the listing expires by itself about a day after the reports stop.',
        ],
      },
      links: [BL],
      source: 'https://www.spamcop.net/bl.shtml',
      examples: [
        '554 5.7.1 Service unavailable; Client host [192.0.2.150] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.150',
        '550-"JunkMail rejected - mta.example.net [198.51.100.7]:51123 is in an RBL: Blocked - see https://www.spamcop.net/bl.shtml?198.51.100.7"',
      ],
    },
  ],
} satisfies ProviderTable;
