// iCloud Mail (www.icloud.com/mail). Apple's MTAs are Postfix (pages.md §2): "Undelivered Mail
// Returned to Sender", "<a>: host … said: 550 … (in reply to RCPT TO command)". The message body
// may be rendered in a frame of its own; a frame the page cannot read runs its own copy of the
// content script, which reads the whole frame as the body (scanner/frames.ts).

import { near, noticeAdapter } from '../notice.ts';

export default {
  hosts: ['www.icloud.com'],
  ...noticeAdapter({
    id: 'icloud',
    bodies: '.mail-message-body, [data-testid="message-body"]',
    subject: (body) => near(body, '.mail-message, body', '.mail-message-subject, [data-testid="subject"]'),
    from: (body) => near(body, '.mail-message, body', '.mail-message-from, [data-testid="sender"]'),
  }),
};

/* Test pages: test/fixtures/pages/icloud.html (a Postfix notice in an opaque sandboxed frame). */
