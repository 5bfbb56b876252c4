// Proton Mail (mail.proton.me). The message is rendered in a sandboxed iframe that shares the app's
// origin, so the top frame's script reads it (frames.ts); the notice itself is Postfix's (pages.md
// §2: "This is the mail system at ProtonMail", delay warnings "THIS IS A WARNING ONLY").

import { near, noticeAdapter } from '../notice.ts';

export default {
  hosts: ['mail.proton.me'],
  ...noticeAdapter({
    id: 'proton',
    // In the frame, the frame's whole body is the message (units.ts frameBody).
    bodies: '[data-testid="message-content:body"]',
    subject: (body) => near(body, 'body', '[data-testid="conversation-header:subject"]'),
    from: (body) => near(body, 'body', '[data-testid="recipients:sender"]'),
  }),
};

/* Test pages: test/fixtures/pages/proton.html (a permanent failure and a delay warning, each in a
   sandboxed srcdoc frame). */
