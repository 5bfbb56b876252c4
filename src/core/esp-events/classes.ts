// ESPs' own bounce classes, and which of them our categories correspond to. Data only.
// Sources: pages.md §3 (SparkPost/Momentum bounce classes, Postmark bounce types, SES bounce
// types, SendGrid's bounce and block classifications, Mailgun failure reasons) and its mapping
// table, which is our proposal, not the ESPs' statement: the UI says so.

import type { Category, Permanence } from '../types.ts';

/** Postmark TypeCode → Type (https://postmarkapp.com/developer/api/bounce-api#bounce-types). */
export const POSTMARK_TYPES: Record<string, string> = {
  '1': 'HardBounce', '2': 'Transient', '16': 'Unsubscribe', '32': 'Subscribe', '64': 'AutoResponder',
  '128': 'AddressChange', '256': 'DnsError', '512': 'SpamNotification', '1024': 'OpenRelayTest',
  '2048': 'Unknown', '4096': 'SoftBounce', '8192': 'VirusNotification', '16384': 'ChallengeVerification',
  '100000': 'BadEmailAddress', '100001': 'SpamComplaint', '100002': 'ManuallyDeactivated',
  '100003': 'Unconfirmed', '100006': 'Blocked', '100007': 'SMTPApiError', '100008': 'InboundError',
  '100009': 'DMARCPolicy', '100010': 'TemplateRenderingFailed',
};

/** SparkPost / Momentum bounce classes (https://support.sparkpost.com/docs/deliverability/bounce-classification-codes). */
export const SPARKPOST_CLASSES: Record<string, string> = {
  '1': 'Undetermined', '10': 'Invalid Recipient', '20': 'Soft Bounce', '21': 'DNS Failure', '22': 'Mailbox Full',
  '23': 'Too Large', '24': 'Timeout', '25': 'Admin Failure', '30': 'Generic Bounce: No RCPT', '40': 'Generic Bounce',
  '50': 'Mail Block', '51': 'Spam Block', '52': 'Spam Content', '53': 'Prohibited Attachment', '54': 'Relaying Denied',
  '60': 'Auto-Reply', '70': 'Transient Failure', '80': 'Subscribe', '90': 'Unsubscribe', '100': 'Challenge-Response',
};

/** A label that depends on permanence, or one for both. */
type ByPermanence = string | Record<Permanence, string>;

export interface EspClassRow {
  sendgrid: string;
  postmark: string;
  ses: ByPermanence;
  sparkpost: string;
  mailgun: string;
}

/** pages.md "Mapping our categories onto ESP classes (proposal)", with the SES type picked by permanence. */
export const ESP_CLASSES: Partial<Record<Category, EspClassRow>> = {
  user_unknown: { sendgrid: 'Invalid Address', postmark: 'HardBounce / BadEmailAddress', ses: 'Permanent / General or NoEmail', sparkpost: '10 Invalid Recipient', mailgun: 'bounce' },
  mailbox_full: { sendgrid: 'Mailbox Unavailable', postmark: 'SoftBounce', ses: 'Transient / MailboxFull', sparkpost: '22 Mailbox Full', mailgun: 'bounce or generic' },
  mailbox_disabled: { sendgrid: 'Mailbox Unavailable', postmark: 'SoftBounce or HardBounce', ses: 'Permanent / General', sparkpost: '10 Invalid Recipient or 20 Soft Bounce', mailgun: 'bounce' },
  domain_error: { sendgrid: 'Invalid Address or Technical Failure', postmark: 'DnsError or HardBounce', ses: 'Permanent / General', sparkpost: '21 DNS Failure', mailgun: 'generic (498 “No MX”)' },
  reputation: { sendgrid: 'Reputation', postmark: 'Blocked', ses: { permanent: 'Permanent / General', temporary: 'Transient / General' }, sparkpost: '51 Spam Block', mailgun: 'espblock or bounce' },
  blocklist: { sendgrid: 'Reputation', postmark: 'Blocked', ses: 'Permanent / General', sparkpost: '51 Spam Block (or 50 Mail Block)', mailgun: 'espblock or blacklisted' },
  authentication: { sendgrid: 'Technical Failure or Content', postmark: 'DMARCPolicy or Blocked', ses: 'Permanent / General', sparkpost: '50 Mail Block', mailgun: 'bounce' },
  content: { sendgrid: 'Content', postmark: 'SpamNotification, Blocked or VirusNotification', ses: 'Transient / ContentRejected or AttachmentRejected', sparkpost: '52 Spam Content or 53 Prohibited Attachment', mailgun: 'bounce' },
  rate_limit: { sendgrid: 'Frequency or Volume Too High', postmark: 'Transient', ses: 'Transient / General', sparkpost: '70 Transient Failure or 20 Soft Bounce', mailgun: 'generic' },
  policy: { sendgrid: 'Reputation or Unclassified', postmark: 'Blocked', ses: 'Permanent / General', sparkpost: '50 Mail Block', mailgun: 'bounce' },
  greylist: { sendgrid: 'Deferred', postmark: 'Transient', ses: 'Transient / General', sparkpost: '70 Transient Failure', mailgun: 'greylisted' },
  tls: { sendgrid: 'Technical Failure', postmark: 'Transient or HardBounce', ses: { permanent: 'Permanent / General', temporary: 'Transient / General' }, sparkpost: '50 Mail Block or 40 Generic Bounce', mailgun: 'generic' },
  message_too_large: { sendgrid: 'Technical Failure or Content', postmark: 'HardBounce', ses: 'Transient / MessageTooLarge', sparkpost: '23 Too Large', mailgun: 'bounce' },
  relay_denied: { sendgrid: 'Technical Failure', postmark: 'HardBounce', ses: 'Permanent / General', sparkpost: '54 Relaying Denied', mailgun: 'bounce' },
  network: { sendgrid: 'Technical Failure', postmark: 'Transient', ses: { permanent: 'Undetermined', temporary: 'Transient / General' }, sparkpost: '24 Timeout or 40 Generic Bounce', mailgun: 'generic or old' },
  other: { sendgrid: 'Unclassified', postmark: 'Unknown', ses: 'Undetermined', sparkpost: '1 Undetermined or 40 Generic Bounce', mailgun: 'unknown' },
};

export type EspClassKey = keyof EspClassRow;

/** The usual ESP labels for a verdict's category, SES's picked by permanence; null for non-bounces. */
export function espClassesFor(category: Category, permanence: Permanence): Record<EspClassKey, string> | null {
  const row = ESP_CLASSES[category];
  if (!row) return null;
  const ses = typeof row.ses === 'string' ? row.ses : row.ses[permanence];
  return { ...row, ses };
}
