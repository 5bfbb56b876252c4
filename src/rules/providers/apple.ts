// Apple iCloud Mail (icloud.com, me.com, mac.com, privaterelay.appleid.com).
// Apple documents its sender requirements at https://support.apple.com/en-us/102322 (formerly
// HT204137) but not the bracket codes CS01/CS02/HM07/HM08; their meaning below is the community and
// ESP consensus collected in shared/docs/providers.md §2, with each source named on the rule.
// Apple filters with Proofpoint, whose Cloudmark Sender Intelligence (CSI) scores sending IPs.

import type { ProviderTable } from '../../core/types.ts';

const POSTMASTER = { label: 'Apple: Postmaster information for iCloud Mail', url: 'https://support.apple.com/en-us/102322' };
const CSI_LOOKUP = { label: 'Cloudmark CSI: look up an IP and request a reset', url: 'https://csi.cloudmark.com/en/reset/' };

export default {
  id: 'apple',
  name: 'Apple iCloud Mail',
  hosts: ['.mail.icloud.com', '.apple.com', '.me.com', '.icloud.com'],
  domains: ['icloud.com', 'me.com', 'mac.com', 'privaterelay.appleid.com'],
  signatures: ['support.apple.com/en-us/ht204137', 'support.apple.com/en-us/102322', 'icloud.com', /\bme\.com esmtp/],
  codePatterns: [/\[(CS0\d|HM0\d|HME\d)\]/gi],
  links: [POSTMASTER],
  rules: [
    {
      id: 'apple/cs02',
      when: { providerCode: ['CS02'] },
      reason: 'policyviolation',
      category: 'reputation',
      actor: 'esp',
      permanence: 'permanent',
      title: 'Sending IP reputation',
      summary:
        'Apple iCloud refused the message because it judged the reputation of the sending IP address to be poor (code CS02).',
      explanation:
        'Apple does not publish what CS02 means, but ESPs and deliverability specialists agree: it is a verdict on the sending IP address, not on this one message or this recipient. Apple filters with Proofpoint, and the reputation data of Cloudmark Sender Intelligence (a Proofpoint service) feeds that verdict. On an ESP’s shared IP pool the poor reputation is often caused by other customers sending from the same IP, so a careful sender can still get CS02. Retrying from the same IP will not help; the IP’s reputation has to recover or the mail has to leave from a different IP.',
      steps: {
        esp: [
          'Send your ESP the full bounce line, the time and the sending IP, and ask them to move your iCloud traffic to a clean IP or pool and to request a Cloudmark CSI reset for the listed IP.',
          'Meanwhile, pause sends to icloud.com, me.com and mac.com addresses from this IP; retrying the same IP will not help.',
          'If it persists after the ESP acts, the ESP (as the IP owner) can write to icloudadmin@apple.com with the IPs, the error and when it started.',
        ],
        sender: [
          'Look up your sending IP at Cloudmark CSI and request a reset; Cloudmark resets statistics rather than delisting, usually within a day.',
          'Find what hurt the IP’s reputation: sudden volume, old or purchased addresses, spam complaints or spam traps; fix that before you send to iCloud again.',
          'Warm the IP back up slowly with your most engaged iCloud recipients.',
          'If it persists, write to icloudadmin@apple.com with your company, domain, sending IPs, the error and when it started.',
        ],
      },
      links: [CSI_LOOKUP, POSTMASTER],
      source: 'https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-does-apples-cs02-error-mean-and-how-to-resolve-it',
      examples: [
        '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
        '554 5.7.1 [CS02] Message rejected due to local policy',
      ],
    },
    {
      id: 'apple/cs01',
      when: { providerCode: ['CS01'] },
      reason: 'policyviolation',
      category: 'content',
      actor: 'sender',
      permanence: 'permanent',
      title: 'Message content or links',
      summary: 'Apple iCloud refused this message because of what it contains, most often a link or domain in it (code CS01).',
      explanation:
        'Apple does not document CS01. Reports tie it to a verdict on the message itself: a domain or URL in the body with a poor reputation or on a block list, a URL shortener, or spam-like content, rather than to the sending IP.',
      steps: {
        sender: [
          'Check every domain and link in the message (including tracking and image domains) against Spamhaus DBL and SURBL; remove URL shorteners.',
          'Check that SPF, DKIM and DMARC pass for the From domain.',
          'Send a plain, known-good message to an iCloud address you control to confirm the content is the cause.',
          'If it persists, write to icloudadmin@apple.com with your domain, sending IPs, the error and when it started.',
        ],
      },
      links: [POSTMASTER],
      source: 'https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js',
      examples: [
        '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      ],
    },
    {
      id: 'apple/hme1',
      when: { providerCode: ['HME1'] },
      reason: 'authfailure',
      actor: 'sender',
      summary: 'Apple iCloud refused the message because it failed both SPF and DKIM checks (code HME1).',
      steps: {
        sender: [
          'Add your ESP’s sending servers to your domain’s SPF record.',
          'Turn on DKIM signing with your own domain at your ESP and publish the DKIM key in DNS.',
          'Check the results with a test message to an address you control before sending again.',
        ],
      },
      source: 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-apple.go',
      examples: [
        '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices',
      ],
    },
    {
      id: 'apple/hm-domain',
      when: { providerCode: ['HM07', 'HM08'] },
      reason: 'policyviolation',
      category: 'policy',
      actor: 'sender',
      permanence: 'permanent',
      summary:
        'Apple iCloud refused the message over its sending domain or content, often a new or low-reputation domain (code HM07/HM08).',
      explanation:
        'Apple does not document HM07 or HM08. Reports link them to young sending domains, domains with little history, or content that looks like spam, rather than to the sending IP.',
      steps: {
        sender: [
          'Check that SPF, DKIM and DMARC pass and align with your From domain.',
          'If the domain is new, warm it up slowly with engaged recipients.',
          'Review the message for spam-like content and links.',
          'If it persists, write to icloudadmin@apple.com with your domain, sending IPs, the error and when it started.',
        ],
      },
      source: 'https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js',
      examples: [
        '554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
        '554 5.7.1 [HM07] Message rejected due to local policy',
      ],
    },
    {
      id: 'apple/inactive-address',
      when: { text: ['inactive email address'] },
      reason: 'suspend',
      category: 'mailbox_disabled',
      actor: 'recipient',
      permanence: 'permanent',
      summary: 'Apple iCloud says this address exists but is inactive, so it accepts no mail.',
      steps: {
        recipient: ['Only the owner can reactivate the iCloud account. Stop mailing the address until they do.'],
      },
      source: 'https://www.bentonow.com/smtp-errors/apple',
      examples: ['550 5.1.1 <user@icloud.com>: inactive email address'],
    },
    {
      id: 'apple/busy',
      // iCloud's load deferral, seen most for sends at the top of the hour when many senders mail
      // Apple at once (smtp.codes); a bare 4.7.1 would otherwise read as a policy refusal.
      when: { replyCode: ['451'], text: [/service unavailable,? -? ?try again later/] },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'none',
      permanence: 'temporary',
      summary: 'iCloud was busy and deferred the message; the sending server retries.',
      steps: {
        none: ['Nothing to do: the sending server retries.'],
        esp: ['If it repeats, spread sends to iCloud over time rather than starting them at the top of the hour.'],
        sender: ['If it repeats, spread sends to iCloud over time rather than starting them at the top of the hour.'],
      },
      source: 'https://smtp.codes/icloud',
      examples: ['host mx01.mail.icloud.com[192.0.2.6] said: 451 4.7.1 Service unavailable - try again later (in reply to RCPT TO command)'],
    },
    {
      id: 'apple/over-quota',
      when: { text: ['user is over quota', 'mailbox is full', 'over quota'] },
      reason: 'mailboxfull',
      actor: 'recipient',
      summary: 'The recipient’s iCloud mailbox is full.',
      source: 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-apple.go',
      examples: ['552 5.2.2 <user@icloud.com>: user is over quota'],
    },
  ],
} satisfies ProviderTable;
