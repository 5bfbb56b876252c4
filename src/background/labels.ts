// Words a mark's card shows for the verdict's enum values (contract.md), sent with each verdict
// so that the content script (which has a size budget) carries no tables of its own. The popup
// has the same category words (src/popup/labels.ts); background code may not import popup code.

import type { Actor, Category } from '../core/types.ts';

export const CATEGORY: Record<Category, string> = {
  reputation: 'Sending reputation',
  blocklist: 'Block list',
  authentication: 'Authentication',
  rate_limit: 'Rate limit',
  content: 'Content',
  user_unknown: 'Unknown address',
  mailbox_full: 'Mailbox full',
  mailbox_disabled: 'Mailbox disabled',
  domain_error: 'Domain error',
  policy: 'Receiver policy',
  greylist: 'Greylisting',
  tls: 'Encryption (TLS)',
  message_too_large: 'Message too large',
  relay_denied: 'Relay denied',
  network: 'Network',
  expired: 'Expired',
  complaint: 'Spam complaint',
  other: 'Other',
  not_bounce: 'Not a bounce',
};

export const ACTOR: Record<Actor, string> = {
  sender: 'You (the sender)',
  esp: 'Your ESP',
  recipient: 'The recipient',
  recipient_admin: 'The recipient’s admin',
  none: 'Nobody: it retries by itself',
};
