// Yahoo Mail and AOL Mail (pages.md §2): "Failure Notice" from MAILER-DAEMON, "Sorry, we were unable
// to deliver your message to the following address. <a>: Remote host said: 550 5.1.1 … [RCPT_TO]",
// or the qmail form "Hi. This is the qmail-send program … Remote host said: 554 …". The message
// view marks its parts with data-test-id attributes.

import { near, noticeAdapter } from '../notice.ts';

const MESSAGE = '[data-test-id="message-view"], [role="article"]';

export default {
  hosts: ['mail.yahoo.com', 'mail.aol.com'],
  ...noticeAdapter({
    id: 'yahoo',
    bodies: '[data-test-id="message-view-body-content"]',
    subject: (body) => near(body, 'body', '[data-test-id="message-group-subject-text"]'),
    from: (body) => near(body, MESSAGE, '[data-test-id="message-from"]'),
  }),
};

/* Test pages: test/fixtures/pages/yahoo.html (a Yahoo "Failure Notice" for two recipients, a qmail notice). */
