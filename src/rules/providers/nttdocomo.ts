// NTT docomo (docomo.ne.jp mobile mail, answered by mfsmax.docomo.ne.jp). docomo answers a
// recipient's own reception settings (designated/refused senders, spam filter) with the same
// "550 Unknown user" it gives for a dead address, but only after DATA: an address that does not
// exist is refused at RCPT TO. So "Unknown user" after DATA with no specific status means the
// recipient's settings refused this sender (Sisimai Rhost::NTTDOCOMO: RCPT → userunknown,
// DATA → rejected; its fixed texts for a full mailbox and too many recipients).

import type { ProviderTable } from '../../core/types.ts';

const SOURCE = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/NTTDOCOMO.pm';

export default {
  id: 'nttdocomo',
  name: 'NTT docomo',
  hosts: ['.docomo.ne.jp'],
  domains: ['docomo.ne.jp'],
  rules: [
    {
      id: 'nttdocomo/refused-by-reception-settings',
      when: { command: ['DATA'], text: [/\bunknown user\b/], notStatus: ['5.1.1', '5.2.0'] },
      reason: 'rejected',
      category: 'policy',
      actor: 'recipient',
      summary: 'NTT docomo refused the message after reading it: the recipient\'s reception settings do not accept mail from your address (docomo says "Unknown user" here too).',
      steps: {
        recipient: ['Allow the sender\'s address or domain in the docomo reception settings (designated reception / spam filter), then ask for the message again.'],
        sender: ['Ask the recipient by another channel to allow your address in their docomo mail settings; do not resend until they have.'],
      },
      source: SOURCE,
      examples: ['host mfsmax.docomo.ne.jp[192.0.2.240] said: 550 Unknown user user@docomo.example.ne.jp (in reply to end of DATA command)'],
    },
    {
      id: 'nttdocomo/too-much-mail-data',
      when: { text: ['552 too much mail data'] },
      reason: 'mailboxfull',
      source: SOURCE,
      examples: ['host mfsmax.docomo.ne.jp[192.0.2.240] said: 552 too much mail data (in reply to end of DATA command)'],
    },
    {
      id: 'nttdocomo/too-many-recipients',
      when: { text: ['552 too many recipients'] },
      reason: 'toomanyconn',
      source: SOURCE,
      examples: ['host mfsmax.docomo.ne.jp[192.0.2.240] said: 552 too many recipients (in reply to RCPT TO command)'],
    },
  ],
} satisfies ProviderTable;
