import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.ts';

describe('extract', () => {
  it('finds the reply code and status after wrappers', () => {
    const t = 'Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>: Recipient address rejected';
    const ex = extract(t);
    expect(ex.replyCode?.value).toBe('550');
    expect(ex.status?.value).toBe('5.1.1');
    expect(t.slice(ex.status!.start, ex.status!.end)).toBe('5.1.1');
    expect(ex.recipient?.value).toBe('user@example.com');
  });

  it('reads the host, IP and command of a Postfix line', () => {
    const t = 'host mx1.example.net[192.0.2.25] said: 554 5.7.1 Service unavailable (in reply to RCPT TO command)';
    const ex = extract(t);
    expect(ex.hosts.map((h) => h.value)).toContain('mx1.example.net');
    expect(ex.ips.map((i) => i.value)).toEqual(['192.0.2.25']);
    expect(ex.command).toBe('RCPT');
    expect(ex.replyCode?.value).toBe('554');
  });

  it('does not take IP octets or version numbers for codes', () => {
    const ex = extract('Messages from 192.0.2.250 temporarily deferred - 4.16.55.1; see https://example.org');
    expect(ex.replyCode).toBeUndefined();
    expect(ex.status).toBeUndefined();
    expect(ex.ips[0]?.value).toBe('192.0.2.250');
  });

  it('reads qmail-style #x.y.z and a status without a reply code', () => {
    expect(extract('Sorry, no mailbox here by that name. (#5.1.1)').status?.value).toBe('5.1.1');
  });

  it('applies provider code patterns', () => {
    const ex = extract('554 5.7.1 [CS02] Message rejected', [/\[(CS0\d)\]/g]);
    expect(ex.providerCodes.map((p) => p.value)).toEqual(['CS02']);
  });

  it('finds the answering host in an Exim line', () => {
    const ex = extract('SMTP error from remote mail server after RCPT TO:<a@example.org>: host mx.example.org [192.0.2.9]: 550 No such user');
    expect(ex.hosts[0]?.value).toBe('mx.example.org');
    expect(ex.command).toBe('RCPT');
    expect(ex.replyCode?.value).toBe('550');
  });
});

describe('extract, tricky contexts', () => {
  it('does not read an IP in brackets before the reply as a reply code', () => {
    const ex = extract('host mx3.example.com[203.0.113.40] said: 550 Mailbox not found');
    expect(ex.replyCode?.value).toBe('550');
  });

  it('skips the envelope sender when looking for the recipient', () => {
    const ex = extract('SMTP error from remote mail server after MAIL FROM:<news@example.org> SIZE=1234: 550 rejected for <pat@example.net>');
    expect(ex.recipient?.value).toBe('pat@example.net');
  });
});
