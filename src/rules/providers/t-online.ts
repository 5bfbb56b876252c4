// T-Online (Deutsche Telekom: t-online.de, magenta.de). Postmaster: https://postmaster.t-online.de/index.en.html.
// T-Online accepts mail only from hosts with a known, good reputation; IPs that sent no mail for a
// long time (over a year) count as unknown and are refused until the operator asks for a reset
// (T-Online's answer quoted at https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html).
// The refusal names its kind in brackets: (NOWL) no/bad reputation, (BL) block list
// (shared/docs/providers.md §11).

import type { ProviderTable } from '../../core/types.ts';

const POSTMASTER = { label: 'T-Online postmaster', url: 'https://postmaster.t-online.de/index.en.html' };
const SOURCE = 'https://postmaster.t-online.de/index.en.html';

export default {
  id: 't-online',
  name: 'T-Online (Telekom)',
  hosts: ['.t-online.de'],
  domains: ['t-online.de', 'magenta.de'],
  signatures: [/\brx\.t-online\.de\b/, /\bt-online\.de\b/],
  links: [POSTMASTER],
  rules: [
    {
      id: 't-online/no-reputation',
      when: { text: ['none/bad reputation', '(nowl)'] },
      reason: 'badreputation',
      category: 'reputation',
      actor: 'esp',
      summary: 'T-Online refused the connection because the sending IP has no reputation or a bad one with T-Online (NOWL).',
      explanation:
        'T-Online does not accept mail from hosts with a bad or unknown reputation, including IPs that have not sent mail for a long time. The operator of the IP asks for a reset by e-mail to the address in the reply; T-Online usually also wants a website with an imprint (legal notice) on the sending domain or host name.',
      steps: {
        esp: [
          'Send your ESP the full reply; the IP’s operator must request a reset at the address in it (tobr@rx.t-online.de).',
          'Keep the addresses: the mailboxes were not the problem.',
        ],
        sender: [
          'E-mail the address in the reply (tobr@rx.t-online.de) from the responsible mail admin with the sending IP, your domain and the full reply, and ask for a reputation reset.',
          'Make sure the host name of the IP (PTR) leads to a website with an imprint/contact details; T-Online often asks for it.',
          'A reset usually takes effect within 1–24 hours.',
        ],
      },
      links: [POSTMASTER],
      source: 'https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html',
      examples: ['554 IP=192.0.2.209 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)'],
    },
    {
      id: 't-online/blocklisted',
      when: { text: [['a problem occurred', '(bl)'], 'tosa@rx.t-online.de'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'T-Online refused the connection because the sending IP is on its block list (BL).',
      explanation: 'Unlike (NOWL), a (BL) listing is a deliberate block by T-Online’s abuse team; it does not expire by itself. The IP’s operator has to clarify it with T-Online.',
      steps: {
        esp: ['Send your ESP the full reply; the IP’s operator must contact T-Online (tosa@rx.t-online.de) to clarify the block, or move your traffic to another IP.'],
        sender: [
          'Find what got the IP blocked (spam, forwarded spam, compromised accounts), fix it, then write to tosa@rx.t-online.de with the IP, your domain and the full reply.',
        ],
      },
      links: [POSTMASTER],
      source: SOURCE,
      examples: ['554 IP=198.51.100.14 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)'],
    },
    {
      id: 't-online/over-quota',
      when: { text: ['over storage quota', 'over quota', 'mailbox full', 'quota exceeded'] },
      reason: 'mailboxfull',
      category: 'mailbox_full',
      actor: 'recipient',
      summary: 'The recipient’s T-Online mailbox is over its storage quota.',
      steps: { recipient: ['The recipient must free space; keep the address and resend later.'] },
      source: 'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html',
      examples: ['552 5.2.2 <someone@t-online.de> Over STORAGE quota'],
    },
    {
      id: 't-online/user-unknown',
      when: { text: ['user unknown', 'no such user', 'mailbox unavailable'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      summary: 'T-Online says the recipient address does not exist.',
      steps: { sender: ['Remove or correct the address.'] },
      source: 'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html',
      examples: ['550 5.1.1 <nobody@t-online.de> user unknown'],
    },
  ],
} satisfies ProviderTable;
