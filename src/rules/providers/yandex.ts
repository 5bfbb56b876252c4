// Yandex Mail (yandex.ru, yandex.com, ya.ru and Yandex 360 domains). Yandex documents its
// non-delivery texts in "Report on non-delivery to Yandex" (https://yandex.com/support/mail/bounces/yandex.html)
// with one page per text, e.g. "Message rejected under suspicion of SPAM": if only spam comes from
// a mailbox or server, Yandex blocks it for 24 hours with "Client host [IP] blocked using ..." or
// "Blocked by spam statistics" (shared/docs/providers.md §17).

import type { ProviderTable } from '../../core/types.ts';

const BOUNCES = { label: 'Yandex: report on non-delivery to Yandex', url: 'https://yandex.com/support/mail/bounces/yandex.html' };
const SPAM_PAGE = 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html';
const SOURCE = 'https://yandex.com/support/mail/bounces/yandex.html';

export default {
  id: 'yandex',
  name: 'Yandex Mail',
  hosts: ['.yandex.net', '.yandex.ru'],
  domains: ['yandex.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'ya.ru', 'narod.ru'],
  signatures: [/\bya\.cc\//, /\byandex\b/],
  links: [BOUNCES],
  rules: [
    {
      id: 'yandex/spam-statistics-block',
      when: { text: ['blocked by spam statistics', 'spamsource.mail.yandex.net'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Yandex blocked mail from the sending server for 24 hours because only spam has been coming from it.',
      explanation:
        'When Yandex sees nothing but spam from a sending host, it refuses all its mail for 24 hours. On a shared IP other senders’ spam can trigger it. The block ends by itself; repeated sends during the block extend the problem.',
      steps: {
        esp: ['Send your ESP the reply with the IP; the block lasts 24 hours, and the ESP should check what spam left that IP.'],
        sender: ['Stop sending to Yandex from that IP for 24 hours, find what Yandex saw as spam (compromised accounts, bad lists, content), and follow Yandex’s requirements for honest mailing lists.'],
      },
      links: [BOUNCES],
      source: SPAM_PAGE,
      examples: [
        '554 5.7.1 Client host [192.0.2.12] blocked using spamsource.mail.yandex.net; Blocked by spam statistics - see http://feedback.yandex.ru/?from=mail-rejects&subject=192.0.2.12',
      ],
    },
    {
      id: 'yandex/spam-content',
      when: { text: ['under suspicion of spam'] },
      reason: 'spamdetected',
      category: 'content',
      actor: 'sender',
      summary: 'Yandex rejected the message because its content looks like spam.',
      explanation:
        'Yandex’s spam filter judged this message. The same text also comes back when a Yandex user sends through smtp.yandex.ru; then opening the link in the reply and confirming in the web interface lifts the hold.',
      steps: {
        sender: [
          'Review the content and links, make sure SPF, DKIM and DMARC pass, and follow Yandex’s requirements for mailing lists (clear consent, unsubscribe link).',
          'If you sent through a Yandex account, open the ya.cc link from the reply in the browser.',
        ],
      },
      links: [{ label: 'Yandex: message rejected under suspicion of spam', url: SPAM_PAGE }],
      source: SPAM_PAGE,
      examples: ['554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1591105070-ioOx63ynHU-bo2C7bnQ'],
    },
    {
      id: 'yandex/spam-limit',
      when: { text: ['spam limit exceeded'] },
      reason: 'spamdetected',
      category: 'reputation',
      actor: 'sender',
      summary: 'Yandex temporarily refused the mail because too much spam came from the sender recently.',
      steps: { sender: ['Pause sending to Yandex, find what was reported as spam and fix it; retry later.'] },
      source: SOURCE,
      examples: ['host mx.yandex.ru[192.0.2.20] said: 451 4.7.1 Spam limit exceeded (in reply to end of DATA command)'],
    },
    {
      id: 'yandex/account-blocked',
      when: { text: ['policy rejection on the target address'] },
      reason: 'suspend',
      category: 'mailbox_disabled',
      actor: 'recipient',
      summary: 'The recipient’s Yandex account is blocked for violating the user agreement, so it accepts no mail.',
      steps: { recipient: ['The owner can unblock it by filling in accurate personal information in Yandex; until then, contact them another way.'] },
      source: 'https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html',
      examples: ['host mx.yandex.ru[192.0.2.20] said: 550 5.7.1 Policy rejection on the target address (in reply to RCPT TO command)'],
    },
    {
      id: 'yandex/mailbox-full',
      when: { text: ['mailbox size limit exceeded', 'mailbox size exceeded'] },
      reason: 'mailboxfull',
      category: 'mailbox_full',
      actor: 'recipient',
      summary: 'The recipient’s Yandex mailbox is full.',
      explanation: 'Yandex notes this usually means the mailbox is rarely used; the owner must log in to the web interface to receive mail again.',
      steps: { recipient: ['The owner must log in to Yandex Mail on the web and free space; resend later.'] },
      source: SOURCE,
      examples: ['host mx.yandex.ru[192.0.2.21] said: 552 5.2.2 Mailbox size limit exceeded (in reply to end of DATA command)'],
    },
    {
      id: 'yandex/virus',
      when: { text: ['message infected by virus'] },
      reason: 'virusdetected',
      category: 'content',
      actor: 'sender',
      summary: 'Yandex rejected the message because its antivirus found a virus in it.',
      steps: { sender: ['Scan the attachment and the sending device; resend without the infected file.'] },
      source: SOURCE,
      examples: ['host mx.yandex.net[192.0.2.22] said: 554 5.7.1 Message infected by virus (in reply to end of DATA command)'],
    },
    {
      id: 'yandex/user-unknown',
      when: { text: ['no such user', 'bad recipient address syntax', 'bad address mailbox syntax', 'no correct recipients', 'need fully-qualified address'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      summary: 'Yandex says the recipient address does not exist or is malformed.',
      steps: { sender: ['Check the address for typos, stray punctuation or spaces; remove it if it does not exist.'] },
      source: SOURCE,
      examples: ['host mx.yandex.ru[192.0.2.23] said: 550 5.7.1 No such user! (in reply to RCPT TO command)'],
    },
    {
      id: 'yandex/service-unavailable',
      when: { text: ['service is currently unavailable'] },
      reason: 'systemerror',
      category: 'other',
      actor: 'none',
      summary: 'Yandex is temporarily unavailable; the sending server will retry.',
      steps: { none: ['Nothing to do: the message is retried automatically.'] },
      source: 'https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt',
      examples: ['host mx.yandex.ru[192.0.2.24] said: 451 4.7.1 Sorry, the service is currently unavailable. Please come back later. (in reply to RCPT TO command)'],
    },
  ],
} satisfies ProviderTable;
