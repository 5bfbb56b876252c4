// Cisco Secure Email (formerly IronPort ESA; cloud hosts *.iphmx.com). Its host access table (HAT)
// decides per sending IP from the Talos SenderBase Reputation Score (SBRS). The default reject text
// of the BLOCKED sender group is "Your access to this mail system has been rejected due to the sending
// MTA's poor reputation" (also seen from GoDaddy's inbound servers); hosts without a score may be
// throttled, e.g. UT Austin limits unscored senders to 10 recipients per hour
// (http://www.utexas.edu/its/support/topics/spam/answers/defense/no-score.php). A Cisco support reply
// puts recovery after a fix at "a few hours to just over one week" (shared/docs/providers.md §15).

import type { ProviderTable } from '../../core/types.ts';

const TALOS = { label: 'Cisco Talos: IP and domain reputation lookup', url: 'https://talosintelligence.com/reputation_center' };
const TALOS_TICKET = { label: 'Cisco Talos: reputation support ticket', url: 'https://talosintelligence.com/reputation_center/support' };

export default {
  id: 'cisco',
  name: 'Cisco Secure Email (IronPort)',
  hosts: ['.iphmx.com'],
  domains: [],
  links: [TALOS],
  rules: [
    {
      id: 'cisco/poor-reputation',
      when: { text: ["sending mta's poor reputation", 'sending mta’s poor reputation', 'sbrs score too low', 'senderbase.org', 'talosintelligence.com'] },
      anywhere: true,
      reason: 'badreputation',
      category: 'reputation',
      actor: 'esp',
      summary: 'The recipient’s Cisco (IronPort) email gateway refused the connection because the sending IP has a poor Talos/SenderBase reputation.',
      explanation:
        'Cisco Secure Email scores each connecting IP with Talos (SenderBase) reputation data; below the organisation’s threshold the connection is refused. The score is about the IP, so on a shared IP other senders can cause it. Recovery after a fix can take from hours to about a week.',
      steps: {
        esp: [
          'Send your ESP the bounce and the sending IP; ask them to check it at talosintelligence.com, open a Talos reputation ticket if it is poor, or move your traffic to a clean IP.',
          'Keep the addresses: the mailboxes were not the problem.',
        ],
        sender: [
          'Look up your IP at talosintelligence.com; if it is poor, fix the cause (spam, compromised accounts, missing PTR) and open a Talos reputation ticket.',
          'Ask the recipient’s IT team to allow your IP on their gateway meanwhile.',
        ],
      },
      links: [TALOS, TALOS_TICKET],
      source: 'https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt',
      examples: [
        "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
        '554 5.7.1 SBRS score too low: http://www.senderbase.org/',
      ],
    },
    {
      id: 'cisco/access-rejected',
      when: { text: ['your access to submit messages to this e-mail system has been rejected'] },
      anywhere: true,
      reason: 'blocked',
      category: 'reputation',
      actor: 'esp',
      summary: 'The recipient’s Cisco (IronPort) gateway refused the sending IP (its host access policy rejects this sender, usually for reputation).',
      steps: {
        esp: ['Send your ESP the bounce and the IP; ask them to check its Talos reputation.'],
        sender: ['Check your IP at talosintelligence.com and ask the recipient’s IT team whether their gateway blocks it by policy.'],
      },
      links: [TALOS],
      source: 'https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt',
      examples: ['550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.'],
    },
    {
      id: 'cisco/hourly-recipient-limit',
      when: { text: ['too many recipients received this hour'] },
      anywhere: true,
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      summary: 'The recipient’s Cisco (IronPort) gateway is throttling the sending IP: it accepted its hourly quota of recipients; the rest is retried later.',
      explanation: 'IronPort throttles senders per hour by sender group, and the group depends on the IP’s reputation (unscored or poor IPs get small quotas). Persistent throttling means the IP needs a better reputation.',
      steps: { none: ['Let the sending server retry. If it persists for days, ask your ESP about the IP’s Talos reputation.'] },
      links: [TALOS],
      source: 'http://www.utexas.edu/its/support/topics/spam/answers/defense/no-score.php',
      examples: ['452 Too many recipients received this hour'],
    },
  ],
} satisfies ProviderTable;
