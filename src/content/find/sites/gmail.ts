// Gmail (mail.google.com). A conversation shows each message in a container with the sender's
// name and address (an element carrying an `email` attribute) and a body (`.a3s`); the subject is
// the conversation's heading. Gmail's own notices (pages.md §2: "Address not found", "Message
// blocked", "Delivery incomplete" cards with "The response was:" and the raw reply) and other MTAs'
// notices are decoded as emails, one verdict per failed recipient. Class names are Gmail's long-
// standing ones and may change: when none match, the generic finder still reads the page.

import { near, noticeAdapter } from '../notice.ts';

const MESSAGE = '[data-message-id], .adn';

export default {
  hosts: ['mail.google.com'],
  ...noticeAdapter({
    id: 'gmail',
    bodies: '.a3s',
    subject: (body) => near(body, 'body', 'h2[data-thread-perm-id], h2.hP'),
    from: (body) => near(body, MESSAGE, '[email]', 'email'),
  }),
};

/* Test pages: test/fixtures/pages/gmail.html (three Gmail cards, a Postfix notice whose
   delivery-status part repeats the reply, a colleague's message and a compose box) and
   gmail-bounce.html (no Gmail classes: the generic finder). */
