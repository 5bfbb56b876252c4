// Mailchimp Transactional (Mandrill) Outbound Activity (mandrillapp.com/activity; pages.md §3): state
// (Delivered, Bounced, Soft-Bounced, Deferred, Rejected), recipient, and the SMTP diagnostic
// ("smtp;552 5.2.2 Over Quota") with the bounce description. Rejections are Mandrill's own block
// list (drops).

import { eventAdapter } from '../table.ts';

export default {
  hosts: ['mandrillapp.com'],
  ...eventAdapter({
    id: 'mandrill',
    rows: 'table tbody tr',
    columns: { event: /^(?:state|status)/i, recipient: /e-?mail|recipient/i, reason: /smtp|diag|detail/i },
    events: { delayed: /deferred|soft-?bounced?/i },
  }),
};

/* Test pages: test/fixtures/pages/mandrill.html (a bounce, a soft bounce, a deferral, a rejection,
   a delivery). */
