// Postmark Activity (account.postmarkapp.com; pages.md §3): messages with their latest event; a
// bounce shows its Type (Hard bounce, Soft bounce, Blocked, DNS error …), the description and the
// raw Details ("smtp;550 5.1.1 …"). Unsubscribes, auto-responders and manual deactivations are no
// delivery failures.

import { eventAdapter } from '../table.ts';

export default {
  hosts: ['account.postmarkapp.com'],
  ...eventAdapter({
    id: 'postmark',
    rows: 'table tbody tr',
    repeats: '.bounce-details dl',
    columns: { event: /^(?:status|event|type)/i, recipient: /recipient|^to$|e-?mail/i, reason: /details|reason/i },
    events: { skip: /auto ?responder|unsubscribe|manually deactivated|spam complaint|subscribe/i, delayed: /transient/i },
  }),
};

/* Test pages: test/fixtures/pages/postmark.html (a hard bounce, a soft bounce, a blocked message,
   a delivery, an auto-responder, a bounce detail panel). */
