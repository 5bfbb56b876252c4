// Zoho Mail (zoho.com, zohomail.com and customer domains hosted at mx.zoho.com). Texts and reasons follow
// sisimai's Rhost::Zoho (go-sisimai rhost/for-zoho.go, 2025-11), built from real bounces of
// smtpin.zoho.com / mx.zoho.com, Zoho's "Reasons an email is marked as Spam"
// (https://www.zoho.com/mail/help/spam-reason.html) and zoho/zohodesk-oas EmailFailureAlert.json.

import type { ProviderTable } from '../../core/types.ts';

const SPAM_HELP = { label: 'Zoho Mail: reasons an email is marked as spam', url: 'https://www.zoho.com/mail/help/spam-reason.html' };
const SISIMAI = 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-zoho.go';

export default {
  id: 'zoho',
  name: 'Zoho Mail',
  hosts: ['.zoho.com', '.zohomail.com', '.zoho.eu', '.zoho.in', '.zoho.com.au', '.zoho.jp', '.zohomail.eu', '.zohomail.in'],
  domains: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zoho.in', 'zohomail.eu', 'zohomail.in'],
  signatures: [/detected by zoho mail/],
  links: [SPAM_HELP],
  rules: [
    {
      id: 'zoho/dmarc',
      when: { text: ['email rejected per dmarc policy'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Zoho Mail rejected the message because it failed the DMARC policy of the From domain.',
      steps: { sender: ['Make SPF or DKIM pass with a domain aligned to your From address, then resend.'] },
      source: SISIMAI,
      examples: ['host smtpin.zoho.com[192.0.2.23] said: 550 5.7.1 Email rejected per DMARC policy for example.org (in reply to end of DATA command)'],
    },
    {
      id: 'zoho/greylisted',
      when: { text: ['greylisted, try again after some time'] },
      reason: 'blocked',
      category: 'greylist',
      actor: 'none',
      permanence: 'temporary',
      summary: 'Zoho Mail greylisted the message: a deliberate short deferral that the sending server’s retry passes.',
      steps: { none: ['Nothing to do: the sending server retries and the message goes through.'] },
      source: SISIMAI,
      examples: ['host mx.zoho.com[192.0.2.44] said: 451 4.7.1 Greylisted, try again after some time (in reply to RCPT TO command)'],
    },
    {
      id: 'zoho/flagged-as-spam',
      when: { text: ['email flagged as spam'] },
      reason: 'spamdetected',
      category: 'content',
      actor: 'sender',
      summary: 'Zoho Mail rejected the message because its filter flagged it as spam.',
      steps: {
        sender: [
          'Check the reasons Zoho lists for spam verdicts: authentication (SPF, DKIM, DMARC), sender reputation, content and links.',
          'Fix authentication first, then review the content and resend.',
        ],
      },
      links: [SPAM_HELP],
      source: SISIMAI,
      examples: ['host smtpin.zoho.com[192.0.2.23] said: 554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam. (in reply to RCPT TO command)'],
    },
    {
      id: 'zoho/rejected-by-domain',
      when: { text: ['mail rejected by destination domain'] },
      reason: 'rejected',
      category: 'policy',
      actor: 'recipient_admin',
      summary: 'The recipient’s organisation (a Zoho Mail domain) refuses mail from this sender by its own settings.',
      explanation: 'Zoho Mail administrators can block senders or domains for their organisation; the refusal comes before the message is received.',
      steps: { recipient_admin: ['Ask the recipient to have their Zoho Mail administrator remove your address or domain from the organisation’s block list.'] },
      source: SISIMAI,
      examples: ['host mx.zoho.com[192.0.2.44] said: 541 5.4.1 Mail rejected by destination domain (in reply to RCPT TO command)'],
    },
    {
      id: 'zoho/policy-violation',
      when: { text: ['email policy violation detected', 'mailbox delivery restricted by policy'] },
      reason: 'policyviolation',
      category: 'policy',
      actor: 'recipient_admin',
      summary: 'Zoho Mail refused the message under an email policy of the recipient’s organisation.',
      steps: { recipient_admin: ['Ask the recipient to have their Zoho Mail administrator check the organisation’s email policy (allowed senders, restrictions on the mailbox).'] },
      source: SISIMAI,
      examples: ['host smtpin.zoho.com[192.0.2.23] said: 554 5.7.7 Email policy violation detected (in reply to end of DATA command)'],
    },
    {
      id: 'zoho/virus',
      when: { text: [/virus .{0,80}detected by zoho mail/] },
      reason: 'virusdetected',
      category: 'content',
      actor: 'sender',
      summary: 'Zoho Mail rejected the message because it found a virus in it.',
      steps: { sender: ['Scan the attachment and the sending device; resend without the infected file.'] },
      source: SISIMAI,
      examples: ['552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail'],
    },
    {
      id: 'zoho/temporary-system-error',
      when: { text: ['temporary system error'] },
      reason: 'systemerror',
      category: 'other',
      actor: 'none',
      summary: 'Zoho Mail had a temporary system error; the sending server will retry.',
      steps: { none: ['Nothing to do: the message is retried automatically.'] },
      source: 'https://github.com/zoho/zohodesk-oas/blob/main/v1.0/EmailFailureAlert.json',
      examples: ['host mx.zoho.com[192.0.2.44] said: 452 4.3.1 Temporary System Error (in reply to end of DATA command)'],
    },
    {
      id: 'zoho/user-unknown',
      when: { text: ['user does not exist'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      summary: 'Zoho Mail says the recipient address does not exist.',
      steps: { sender: ['Remove or correct the address.'] },
      source: SISIMAI,
      examples: ['host smtpin.zoho.com[192.0.2.23] said: 550 5.1.1 User does not exist - <nobody@example.com> (in reply to RCPT TO command)'],
    },
  ],
} satisfies ProviderTable;
