import { describe, expect, it } from 'vitest';
import { looksLikeEmail, splitInput } from '../../src/popup/split-input.ts';

describe('splitInput', () => {
  it('keeps one line whole and drops blank input', () => {
    expect(splitInput('  550 5.1.1 user unknown \n')).toEqual(['550 5.1.1 user unknown']);
    expect(splitInput(' \n\t')).toEqual([]);
  });

  it('splits one piece per reply line, ignoring blank lines', () => {
    expect(splitInput('550 5.1.1 user unknown\n\n452 4.2.2 mailbox full\n')).toEqual(['550 5.1.1 user unknown', '452 4.2.2 mailbox full']);
  });

  it('keeps an RFC 5321 multiline reply together', () => {
    const reply = '550-5.7.26 This mail has been blocked\n550-5.7.26 because the sender is unauthenticated.\n550 5.7.26 See https://support.google.com/';
    expect(splitInput(`${reply}\n421 4.7.0 try again later`)).toEqual([reply, '421 4.7.0 try again later']);
  });

  it('treats a reply folded over several lines as one text', () => {
    const folded = 'host mx.example.net[192.0.2.10] said: 550 5.1.1 <a@example.net>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)';
    expect(splitInput(folded)).toEqual([folded]);
  });

  it('keeps the whole text when no line opens a reply', () => {
    const text = 'Delivery has failed to these recipients\nThe mailbox is full';
    expect(splitInput(text)).toEqual([text]);
  });
});

describe('looksLikeEmail', () => {
  it('recognises a raw message by its header fields', () => {
    expect(looksLikeEmail('Return-Path: <>\nFrom: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Undelivered\n\nbody')).toBe(true);
    expect(looksLikeEmail('554 5.7.1 [CS02] Message rejected: due to local policy')).toBe(false);
  });
});
