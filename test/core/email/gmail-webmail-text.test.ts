// A Gmail notice as webmail shows it: typographic apostrophes, the address followed by a full stop.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../../src/core/email/index.ts';

const notice = (sentence: string) =>
  `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n${sentence}\n\nThe response from the remote server was:\n550 5.1.1 <sam@example.net>: Recipient address rejected: User unknown\n`;

describe('Gmail notice text from a webmail page', () => {
  it('reads the recipient after a typographic apostrophe', async () => {
    const [r] = await parseEmail(notice('Your message wasn’t delivered to sam@example.net because the address couldn’t be found.'));
    expect(r?.recipient).toBe('sam@example.net');
    expect(r?.reason).toBe('userunknown');
  });

  it('keeps the whole domain when a full stop follows the address', async () => {
    const [r] = await parseEmail(notice('Your message to sam@example.net has been blocked. See technical details below.'));
    expect(r?.recipient).toBe('sam@example.net');
  });
});
