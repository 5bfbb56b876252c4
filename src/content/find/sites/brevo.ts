// Brevo transactional logs (app.brevo.com; pages.md §3): event (Hard bounce, Soft bounce, Deferred,
// Blocked, Delivered, Opened …), e-mail, reason (" RecipientError: 550 5.5.0 …"). Brevo's "Blocked"
// and "Invalid email" mean Brevo itself did not send (its block list), so they are not bounces.

import { eventAdapter } from '../table.ts';

export default {
  hosts: ['app.brevo.com'],
  ...eventAdapter({
    id: 'brevo',
    rows: 'table tbody tr',
    columns: { event: /^event|^status/i, recipient: /e-?mail|recipient/i, reason: /reason|detail/i },
    events: { skip: /blocked|invalid|error/i },
  }),
};

/* Test pages: test/fixtures/pages/brevo.html (a hard bounce, a soft bounce, a deferral, a Brevo
   block, a delivery). */
