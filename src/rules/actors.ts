// Who must act, in words a marketer understands (contract.md "actor"; providers.md §0).

import type { ActorCopy } from '../core/types.ts';

export const actorCopy = {
  actors: {
    sender: {
      label: 'You (the sender)',
      why: 'The cause is under your control: the address list, your domain’s DNS records, the message itself or your account.',
    },
    esp: {
      label: 'Your ESP',
      why: 'The refusal is about the sending IP address or network. On a shared IP your ESP owns that reputation, and other senders on the same IP may have caused it, so only the ESP can fix it or move you to a clean IP.',
    },
    recipient: {
      label: 'The recipient',
      why: 'The problem is in the recipient’s own mailbox (full, disabled or blocking you); only the recipient can change it.',
    },
    recipient_admin: {
      label: 'The recipient’s admin',
      why: 'The receiving organisation’s mail system or its own rules refused the message; only its administrator can change that.',
    },
    none: {
      label: 'Nobody (wait)',
      why: 'This is a temporary condition; the sending server retries by itself and the message usually goes through.',
    },
  },
  ownIpWhy:
    'You send from your own IP address (a dedicated IP or your own server), so its reputation, block listings and DNS records are yours to fix.',
} satisfies ActorCopy;
