// Mailgun Logs (app.mailgun.com/…/logs; pages.md §3): one event per row (Failed / Delivered /
// Accepted …, the recipient, a one-line summary); an expanded row shows the event JSON, whose
// `delivery-status` holds the code apart from the message (the core's ESP readers, src/core/esp-events).
// Suppressions ("Not delivering to previously bounced address", Mailgun's own 6xx codes) are
// drops (table.ts).

import { eventAdapter } from '../table.ts';

export default {
  hosts: ['app.mailgun.com'],
  ...eventAdapter({
    id: 'mailgun',
    rows: 'table tbody tr, [role="rowgroup"] > [role="row"]',
    repeats: '[data-testid="event-json"], .event-details',
    columns: { event: /^event|^type/i, recipient: /recipient/i, reason: /message|summary|reason/i, code: /^code$/i },
    // The log's event names: "Permanent Failure", "Temporary Failure" (severity of a failed event).
    events: { delayed: /temporary/i },
  }),
};

/* Test pages: test/fixtures/pages/mailgun.html (an ARIA grid of events with separate code and
   message columns, an open event JSON, a suppression). */
