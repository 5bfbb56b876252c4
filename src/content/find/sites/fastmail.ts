// Fastmail (app.fastmail.com). Fastmail's outbound MTAs are Postfix (pages.md §2): "Undelivered
// Mail Returned to Sender" with "This is the mail system at host …" and per-recipient paragraphs;
// Fastmail's help explains "Content rejected" and "Access denied" replies.

import { near, noticeAdapter } from '../notice.ts';

export default {
  hosts: ['app.fastmail.com', 'www.fastmail.com'],
  ...noticeAdapter({
    id: 'fastmail',
    bodies: '.v-Message-body, .v-MessageCard-body',
    subject: (body) => near(body, 'body', '.v-Thread-title, .v-MessageCard-subject'),
    from: (body) => near(body, '.v-MessageCard, .v-Message', '.v-MessageCard-from, .v-Message-from'),
  }),
};

/* Test pages: test/fixtures/pages/fastmail.html (a Postfix notice with two recipients, one folded reply). */
