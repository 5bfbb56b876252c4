// UCEPROTECT Network DNSBLs, quoted by any receiving server. Level 1 (dnsbl-1) lists single IPs that hit
// its spam traps; Level 2 (dnsbl-2) escalates to the allocation around several Level 1 IPs; Level 3
// (dnsbl-3) lists whole ASNs with too many abusers. For Level 2 UCEPROTECT says "Normally, only your
// service provider can request for this ... Only your service provider can change your situation"
// (UCEPROTECT removal policy, quoted in shared/docs/providers.md §16; levels explained at
// https://www.uceprotect.net/en/index.php?m=7&s=0).
// Every level is about the sending network, so the operator of the sending IP acts (esp).

import type { ProviderTable } from '../../core/types.ts';

const CHECK = { label: 'UCEPROTECT: look up an IP', url: 'http://www.uceprotect.net/en/rblcheck.php' };
const LEVELS = 'https://www.uceprotect.net/en/index.php?m=7&s=0';

export default {
  id: 'uceprotect',
  name: 'UCEPROTECT',
  hosts: [],
  domains: [],
  links: [CHECK],
  rules: [
    {
      id: 'uceprotect/level-3',
      when: { text: ['dnsbl-3.uceprotect.net', /uceprotect[ -]?level ?3/] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the whole network (ASN) of the sending IP is on UCEPROTECT Level 3.',
      explanation:
        'Level 3 lists entire provider networks with too many abusers; your own IP may be clean. Only the network provider can change that, by cleaning up its network. Many servers do not use Level 3; those that do refuse everyone on that provider.',
      steps: {
        esp: ['Send your ESP (or hosting provider) the bounce: their network (ASN) is listed on UCEPROTECT Level 3, and only they can clear it or route your mail through another network.'],
        sender: [
          'Your provider’s whole network is listed; send through a relay on another network, or ask the recipient’s admin to stop rejecting on UCEPROTECT Level 3.',
        ],
      },
      links: [CHECK],
      source: LEVELS,
      examples: ['554 5.7.1 Service unavailable; Client host [192.0.2.66] blocked using dnsbl-3.uceprotect.net; Your ISP AS64500 is UCEPROTECT-Level3 listed for hosting a total of 120 abusers. See http://www.uceprotect.net/rblcheck.php?asn=64500'],
    },
    {
      id: 'uceprotect/level-2',
      when: { text: ['dnsbl-2.uceprotect.net', /uceprotect[ -]?level ?2/] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP’s allocation (neighbouring IPs of the provider) is on UCEPROTECT Level 2.',
      explanation: 'Level 2 escalates from several Level 1 listings in the same allocation; your own IP may be clean. UCEPROTECT says only the service provider can request a change.',
      steps: {
        esp: ['Send your ESP or hosting provider the bounce; only they can act on a Level 2 listing of their allocation (clean up the neighbouring IPs).'],
        sender: ['Ask your hosting provider to deal with the Level 2 listing, or send through a relay on another network meanwhile.'],
      },
      links: [CHECK],
      source: LEVELS,
      examples: ['554 5.7.1 Service unavailable; Client host [198.51.100.99] blocked using dnsbl-2.uceprotect.net; Net 198.51.100.0/24 is UCEPROTECT-Level2 listed because 5 abusers are hosted by you. See http://www.uceprotect.net/rblcheck.php?ipr=198.51.100.99'],
    },
    {
      id: 'uceprotect/level-1',
      when: { text: ['dnsbl-1.uceprotect.net', /uceprotect[ -]?level ?1/, 'uceprotect'] },
      anywhere: true,
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'The receiving server refused the mail because the sending IP is on UCEPROTECT Level 1 (it hit UCEPROTECT’s spam traps).',
      explanation: 'Level 1 lists single IPs that sent to UCEPROTECT’s spam traps. The listing expires automatically some days after the last hit; UCEPROTECT also sells express delisting.',
      steps: {
        esp: ['Send your ESP the bounce and the IP; the IP hit spam traps, and the listing expires some days after the last hit.'],
        sender: ['Look the IP up at uceprotect.net, stop the traffic that hits traps (old or bought addresses, compromised accounts), and let the listing expire.'],
      },
      links: [CHECK],
      source: LEVELS,
      examples: ['554 5.7.1 Service unavailable; Client host [192.0.2.64] blocked using dnsbl-1.uceprotect.net; IP 192.0.2.64 is UCEPROTECT-Level1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.64'],
    },
  ],
} satisfies ProviderTable;
