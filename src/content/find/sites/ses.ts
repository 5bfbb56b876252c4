// Amazon SES in the AWS console (pages.md §3): bounce and delivery-delay events are shown as event
// JSON (SNS notifications, event destinations), read by json-log.ts: one verdict per bounced
// recipient, SES's own suppressions (bounceSubType Suppressed, OnAccountSuppressionList) are drops.
// The account's suppression list is a table of addresses SES will not send to: no bounce is shown there.

import { eventAdapter } from '../table.ts';

export default {
  hosts: ['console.aws.amazon.com', 'us-east-1.console.aws.amazon.com', 'eu-west-1.console.aws.amazon.com'],
  ...eventAdapter({
    id: 'ses',
    // Event JSON is read wherever it is shown (units.ts JSON_BLOCKS); this reads JSON in table cells.
    rows: '[data-testid="event-row"]',
    columns: { event: /event ?type/i, recipient: /recipient|e-?mail/i, reason: /event|message|json/i },
  }),
};

/* Test pages: test/fixtures/pages/ses.html (a bounce event for two recipients, a delivery delay,
   a suppressed send, the suppression list). */
