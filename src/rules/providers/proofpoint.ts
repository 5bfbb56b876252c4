// Proofpoint (email security for many organisations and for Apple iCloud) and Cloudmark Sender
// Intelligence (CSI), a Proofpoint company whose IP reputation feeds Orange, Comcast, Cox, Spectrum,
// GoDaddy and others. Proofpoint Dynamic Reputation (PDR) blocks show a lookup link
// (support.proofpoint.com/dnsbl-lookup.cgi or ipcheck.proofpoint.com). Cloudmark "only provides
// statistics reset and not IP address removal as CSI is a reputation service, not a block list"
// (https://csi.cloudmark.com/reasons-admin.php); see shared/docs/providers.md §12.
// These texts name the service themselves, so the rules apply wherever they appear; a mailbox
// provider's own table (earlier in the registry) still decides first when it knows the line.

import type { ProviderTable } from '../../core/types.ts';

const IPCHECK = { label: 'Proofpoint: IP reputation lookup and removal request', url: 'https://ipcheck.proofpoint.com/' };
const CSI = { label: 'Cloudmark CSI: look up an IP and request a reset', url: 'https://csi.cloudmark.com/en/reset/' };
const POSTMASTER = { label: 'Proofpoint postmaster: best practices', url: 'https://www.proofpoint.com/us/postmaster' };

export default {
  id: 'proofpoint',
  name: 'Proofpoint / Cloudmark',
  hosts: ['.pphosted.com', '.ppe-hosted.com'],
  domains: [],
  links: [POSTMASTER],
  rules: [
    {
      id: 'proofpoint/dynamic-reputation',
      when: { text: ['ipcheck.proofpoint.com', 'proofpoint.com/dnsbl-lookup', 'proofpoint dynamic reputation', 'refused by proofpoint'] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Proofpoint refused the mail because its Dynamic Reputation service blocks or delays the sending IP.',
      explanation:
        'Proofpoint Dynamic Reputation (PDR) scores sending IPs from spam traps, complaints, volume spikes and unknown recipients. Listings are dynamic: an IP can move between delayed, blocked and not blocked. Apple iCloud and many companies filter with Proofpoint, so one listing affects many recipient domains. On a shared IP other senders may have caused it.',
      steps: {
        esp: [
          'Send your ESP the full bounce with the sending IP and the time; ask them to request removal at ipcheck.proofpoint.com or to move your traffic to a clean IP.',
          'Keep the addresses: the mailboxes were not the problem.',
        ],
        sender: [
          'Look up your IP at ipcheck.proofpoint.com and submit the removal request with the bounce, the time and what you send.',
          'Fix the cause first: sudden volume on a new IP, unknown recipients, spam traps, missing PTR or authentication.',
          'If the form does not fit your case, write to Proofpoint’s delisting address named on the lookup page.',
        ],
      },
      links: [IPCHECK, POSTMASTER],
      source: 'https://www.proofpoint.com/us/postmaster',
      examples: [
        '554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.225',
        '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=198.51.100.17',
      ],
    },
    {
      id: 'proofpoint/cloudmark-csi',
      when: { text: ['csi.cloudmark.com', /\bcm-csi-v\d+/, 'cloudmark poor reputation', 'cloudmark sender intelligence', 'flagged by cloudmark'] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because Cloudmark Sender Intelligence (CSI) rates the sending IP as a poor-reputation sender.',
      explanation:
        'Cloudmark CSI is a reputation service: it does not remove IPs from a list, it resets an IP’s statistics on request (the first request is usually honoured, within about a day). Cloudmark notes that on a shared IP other users’ sending patterns can be the reason for the poor reputation.',
      steps: {
        esp: [
          'Send your ESP the bounce and the sending IP; ask them to request a Cloudmark CSI reset or to move your traffic to a clean IP.',
          'Keep the addresses: the mailboxes were not the problem.',
        ],
        sender: [
          'Request a reset for your IP at csi.cloudmark.com (the link is often in the bounce) and confirm it by e-mail.',
          'Fix what hurt the reputation (complaints, spam traps, bought or old lists) before the reset, or the score drops again.',
        ],
      },
      links: [CSI],
      source: 'https://cloudmark.com/en/knowledgebase/cloudmark-sender-intelligence/why-is-my-ip-address-listed',
      examples: [
        '554 5.7.1 Service unavailable; Client host [192.0.2.31] blocked using cm-csi-v11; Cloudmark Poor Reputation Sender Blacklist http://csi.cloudmark.com/reset-request/?ip=192.0.2.31',
        '550-"JunkMail rejected - mta.example.net [198.51.100.4]:40210 is in an RBL on csi.cloudmark.com/reset-request/?ip=198.51.100.4 , see Poor Reputation Sender"',
      ],
    },
    {
      id: 'proofpoint/sorbs',
      when: { text: ['sorbs.net', /\bsorbs dnsbl\b/, /\bsorbs\b.{0,40}\b(?:dnsbl|database|list)/] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP was listed on SORBS, a block list that Proofpoint shut down on 5 June 2024.',
      explanation:
        'SORBS returns no data since its shutdown in June 2024. Older bounces mentioning it reflected a real listing of the sending IP. If you see one dated after June 2024, the receiving server’s block-list setup is outdated.',
      steps: {
        esp: ['For an old bounce: the IP was listed at the time; check it against current lists (Spamhaus, Proofpoint). For a recent one: tell the recipient’s admin their server still queries SORBS.'],
        sender: ['Check your IP on the current lists (Spamhaus, Proofpoint, Cloudmark). If the bounce is recent, tell the recipient’s admin to remove SORBS from their configuration.'],
      },
      source: 'https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/',
      examples: ['550 5.7.0 Your server IP address is in the SORBS DNSBL database, bye'],
    },
  ],
} satisfies ProviderTable;
