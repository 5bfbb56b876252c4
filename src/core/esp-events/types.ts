// Shapes shared by the ESP event readers (one file per ESP in this folder).

import type { ClassifyContext } from '../types.ts';

export const ESPS = ['sendgrid', 'mailgun', 'postmark', 'ses', 'sparkpost', 'mandrill', 'brevo'] as const;
export type EspId = (typeof ESPS)[number];

export const ESP_NAMES: Record<EspId, string> = {
  sendgrid: 'SendGrid',
  mailgun: 'Mailgun',
  postmark: 'Postmark',
  ses: 'Amazon SES',
  sparkpost: 'SparkPost',
  mandrill: 'Mailchimp Transactional (Mandrill)',
  brevo: 'Brevo',
};

/** One failure (or complaint) read from an ESP event: what to classify and what the ESP said. */
export interface EspItem {
  /** The reason text to classify: the remote server's reply where the payload has it. */
  text: string;
  recipient?: string;
  /** The receiving host (MX) when the payload names it. */
  host?: string;
  /** The ESP's own label for this event, e.g. "Postmark: HardBounce (TypeCode 1)". */
  espLabel?: string;
  esp: EspId;
  /** The payload's event type as the ESP spells it (bounce, failed, hard_bounce, Bounce...). */
  event: string;
  /** When it happened (ISO 8601), from the payload's timestamp. */
  date?: string;
  /** The sending IP, when the payload names it (SendGrid `ip`, SparkPost/Brevo `sending_ip`...). */
  ip?: string;
  /** Facts for classify() besides the text: status, action, reason hints (setup is the caller's). */
  context: Omit<ClassifyContext, 'setup'>;
  /**
   * What the event is for delivery: a receiving server refused the message (`failed`) or deferred it
   * (`delayed`); `other` when no receiving server answered (the ESP's own drop, suppression or
   * rejection) or it is no bounce (a complaint, an auto-reply). Pages count only the first two
   * (contract.md, badge rules); the paste box shows all.
   */
  outcome: Outcome;
  /** The payload's own strings the text was read from (a page marks them where it shows them). */
  values: string[];
}

export type Outcome = 'failed' | 'delayed' | 'other';

/** What a reader returns per item; `values` is filled in once for all readers (esp-events.ts). */
export type ReadItem = Omit<EspItem, 'values'>;

/** What a reader makes of one event object. */
export interface EventRead {
  items: ReadItem[];
  /** Event types that are no failure (delivered, open, click...), skipped. */
  skipped: string[];
}

export interface EspReader {
  id: EspId;
  /** True when the object has this ESP's shape. */
  detect: (o: Record<string, unknown>) => boolean;
  read: (o: Record<string, unknown>) => EventRead;
}
