// Words the popup shows for enum values (contract.md). The actor labels come from the rules' copy.

import type { Category, SendingSetup } from '../core/types.ts';

export const CATEGORY_LABEL: Record<Category, string> = {
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

export const SETUP_LABEL: Record<SendingSetup, string> = {
  shared: 'An ESP’s shared IPs',
  dedicated: 'A dedicated IP at an ESP',
  'self-hosted': 'My own mail server',
};
