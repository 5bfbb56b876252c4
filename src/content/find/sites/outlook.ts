// Outlook.com and Outlook on the web (pages.md §2, Microsoft's "What's included in an NDR"): an NDR
// with subject "Undeliverable: …", "Your message to X couldn't be delivered.", the fix-it owner
// boxes, "More Info for Email Admins" with "Status code: 550 5.1.10" and the remote server's reply,
// or the older "Delivery has failed to these recipients or groups" with "Remote Server returned
// '550 …'". The reading pane's body carries aria-label "Message body".

import { near, noticeAdapter } from '../notice.ts';

export default {
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
  ...noticeAdapter({
    id: 'outlook',
    bodies: '[aria-label="Message body"]',
    subject: (body) => near(body, '[role="main"]', '[role="heading"][aria-level="2"], [data-testid="subject"]'),
    from: (body) => near(body, '[role="main"]', '[data-testid="sender"], [aria-label^="From"]'),
  }),
};

/* Test pages: test/fixtures/pages/outlook.html (a new-format NDR with the status code shown twice,
   an older Exchange NDR). */
