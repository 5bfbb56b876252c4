// Mail.ru (mail.ru, bk.ru, inbox.ru, list.ru, internet.ru). Mail.ru publishes no list of error codes;
// its replies carry a short text and often a help link (Return Path KB "Mail.ru troubleshooting",
// https://help.returnpath.com/hc/en-us/articles/115002967247). Texts below are from real bounces:
// sisimai set-of-emails lhost-postfix-72 (DMARC), sisimai Reason::NotAccept/Blocked ("we do not accept
// mail from dynamic ips", "# MAIL.RU"), zone-mta config/bounces.txt ("550 spam message rejected")
// and widely logged "Message was not accepted -- invalid mailbox" lines (shared/docs/providers.md §17).

import type { ProviderTable } from '../../core/types.ts';

const POSTMASTER = { label: 'Postmaster Mail.ru (sender statistics)', url: 'https://postmaster.mail.ru/' };
const RETURNPATH = 'https://help.returnpath.com/hc/en-us/articles/115002967247-Mail-ru-troubleshooting-support-information';

export default {
  id: 'mailru',
  name: 'Mail.ru',
  hosts: ['.mail.ru'],
  domains: ['mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'internet.ru', 'mail.ua'],
  signatures: [/\bhelp\.mail\.ru\b/, /\bcorp\.mail\.ru\b/, /\bpostmaster\.mail\.ru\b/],
  links: [POSTMASTER],
  rules: [
    {
      id: 'mailru/spam-rejected',
      when: { text: ['spam message rejected', 'notspam-support'] },
      reason: 'spamdetected',
      category: 'content',
      actor: 'sender',
      summary: 'Mail.ru rejected the message as spam.',
      explanation:
        'Mail.ru’s filter judged this message to be spam. The reply contains a link to a support form with the error code and message ID filled in; the form sends Mail.ru the original message for review.',
      steps: {
        sender: [
          'Open the link from the reply (help.mail.ru notspam-support) and submit the form; it carries the error code and message ID.',
          'Review the content, links and list source; check your domain at Postmaster Mail.ru.',
        ],
      },
      links: [POSTMASTER],
      source: 'https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt',
      examples: ['550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=AbCdEf12345 or report details to abuse@corp.mail.ru. Error code: 1A2B3C4D5E6F. ID: 0123456789ABCDEF.'],
    },
    {
      id: 'mailru/dmarc',
      when: { text: [['not accepted due to domain', 'dmarc policy'], 'mail-help/postmaster/dmarc'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Mail.ru rejected the message because it failed the DMARC policy of the From domain.',
      steps: {
        sender: [
          'Make SPF or DKIM pass with a domain aligned to your From address.',
          'Do not send with a mail.ru, bk.ru, list.ru or inbox.ru From address through other servers; use your own domain.',
        ],
      },
      source: 'https://help.mail.ru/mail-help/postmaster/dmarc',
      examples: ['550 5.7.1 This message was not accepted due to domain (example.com) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc'],
    },
    {
      id: 'mailru/dynamic-ip',
      when: { text: ['we do not accept mail from dynamic ips', 'we do not accept mail from hosts with dynamic ip'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Mail.ru refused the connection because the sending IP looks dynamic (its PTR is missing or generic).',
      steps: {
        esp: ['Ask your ESP to fix the PTR record of the sending IP or to send from an IP with a proper mail host name.'],
        sender: ['Give the sending IP a PTR record with a proper mail-server name (no IP digits or words like dynamic or pool), or relay through your provider.'],
      },
      source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/NotAccept.pm',
      examples: ['host mxs.mail.ru[192.0.2.31] said: 550 we do not accept mail from hosts with dynamic IP or generic DNS PTR-records (in reply to MAIL FROM command)'],
    },
    {
      id: 'mailru/account-disabled',
      when: { text: [['invalid mailbox', 'account is disabled'], ['invalid mailbox', 'user is terminated']] },
      reason: 'suspend',
      category: 'mailbox_disabled',
      actor: 'recipient',
      summary: 'The Mail.ru mailbox exists but is disabled or terminated.',
      steps: { recipient: ['Only the owner can restore the account; stop mailing the address.'] },
      source: RETURNPATH,
      examples: ['550 Message was not accepted -- invalid mailbox.  Local mailbox someone@mail.ru is unavailable: account is disabled'],
    },
    {
      id: 'mailru/user-unknown',
      when: { text: [['invalid mailbox', 'user not found'], 'no such user', 'user not found'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      summary: 'Mail.ru says the recipient address does not exist.',
      steps: { sender: ['Remove or correct the address.'] },
      source: RETURNPATH,
      examples: ['550 Message was not accepted -- invalid mailbox.  Local mailbox nobody@mail.ru is unavailable: user not found'],
    },
    {
      id: 'mailru/sending-disabled',
      when: { text: ['message sending for this account is disabled'] },
      reason: 'rejected',
      category: 'policy',
      actor: 'sender',
      summary: 'Mail.ru blocked sending from this Mail.ru account, usually because it may be compromised.',
      steps: { sender: ['Change the Mail.ru account password, confirm ownership when Mail.ru asks, and check devices for malware.'] },
      source: 'https://mailout.ru/2015/09',
      examples: ['host smtp.mail.ru[192.0.2.40] said: 550 message sending for this account is disabled (in reply to end of DATA command)'],
    },
  ],
} satisfies ProviderTable;
