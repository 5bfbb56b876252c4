// SendGrid Email Activity (app.sendgrid.com/email_activity; pages.md §3): one message per row with
// its status, recipient and the receiving server's reason; a row opens a detail panel with the
// event history that repeats the reason (counted with the row). Blocks are the receiving server's
// refusals (counted); drops are SendGrid's own suppressions (not counted).

import { eventAdapter } from '../table.ts';

export default {
  hosts: ['app.sendgrid.com'],
  ...eventAdapter({
    id: 'sendgrid',
    rows: 'table tbody tr',
    repeats: '[aria-label="Event details"] dl, [data-role="event-details"]',
    columns: { event: /^(?:status|event)/i, recipient: /recipient|^to$|e-?mail/i, reason: /reason|response|detail/i },
  }),
};

/* Test pages: test/fixtures/pages/sendgrid.html (bounces, a block, a deferral, a delivery with its
   250 reply, a drop, an open detail panel) and sendgrid-activity.html. */
