// SparkPost Events (app.sparkpost.com/reports/message-events; pages.md §3): event type (Bounce,
// Out of Band, Delay, Delivery, Policy Rejection …), recipient, the raw reason and the bounce class.
// Policy and generation rejections are SparkPost's own refusals (drops).

import { eventAdapter } from '../table.ts';

export default {
  hosts: ['app.sparkpost.com', 'app.eu.sparkpost.com'],
  ...eventAdapter({
    id: 'sparkpost',
    rows: 'table tbody tr',
    repeats: '[data-id="event-details"]',
    columns: { event: /^event|^type/i, recipient: /recipient/i, reason: /reason/i, code: /^(?:error )?code$/i },
  }),
};

/* Test pages: test/fixtures/pages/sparkpost.html (a bounce, an out-of-band bounce, a delay, a
   delivery, a policy rejection, the raw event JSON of the first). */
