import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../src/core/normalize.ts';

describe('normalize', () => {
  it('lower-cases and folds white space', () => {
    expect(normalize('  550  User\tUNKNOWN\r\n here ').text).toBe('550 user unknown here');
  });

  it('removes repeated continuation prefixes of a multi-line reply', () => {
    const gmail = '550-5.7.26 This mail is unauthenticated, which poses a security\n550-5.7.26 risk to the sender.\n550 5.7.26 Learn more gsmtp';
    expect(normalize(gmail).text).toBe('550-5.7.26 this mail is unauthenticated, which poses a security risk to the sender. learn more gsmtp');
  });

  it('removes continuations folded onto one line (GMX style)', () => {
    const gmx = '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit';
    expect(normalize(gmx).text).toBe('554-gmx.net (mxgmx104) nemesis esmtp service not available no smtp service ip address is block listed. for explanation visit');
  });

  it('leaves a single-line reply alone', () => {
    expect(normalize('550 5.1.1 over 550 messages').text).toBe('550 5.1.1 over 550 messages');
  });

  it('maps every normalised range back to the original text', () => {
    const input = '550-5.7.26 Unauthenticated\n550-5.7.26 EMAIL from x is not accepted';
    const n = normalize(input);
    const i = n.text.indexOf('email from');
    const [s, e] = toOriginal(n, i, i + 'email from'.length);
    expect(input.slice(s, e)).toBe('EMAIL from');
  });

  it('folds control characters from binary input', () => {
    expect(normalize('a\u0000\u0001b\u007fc').text).toBe('a b c');
  });
});
