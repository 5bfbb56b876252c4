// NTT docomo: the same "Unknown user" means a dead address at RCPT TO and the recipient's reception
// settings after DATA (Sisimai Rhost::NTTDOCOMO); a specific status keeps its own meaning.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/index.ts';

describe('nttdocomo', () => {
  it('reads "Unknown user" after DATA as the recipient refusing this sender', () => {
    const v = classify('550 Unknown user user@docomo.ne.jp', { host: 'mfsmax.docomo.ne.jp', command: 'DATA' });
    expect(v.ruleId).toBe('nttdocomo/refused-by-reception-settings');
    expect(v.reason).toBe('rejected');
    expect(v.actor).toBe('recipient');
    expect(v.hardBounce).toBe(false);
  });

  it('keeps "Unknown user" at RCPT TO an unknown address', () => {
    const v = classify('host mfsmax.docomo.ne.jp[192.0.2.1] said: 550 Unknown user user@docomo.ne.jp (in reply to RCPT TO command)');
    expect(v.reason).toBe('userunknown');
    expect(v.hardBounce).toBe(true);
  });

  it('lets a 5.1.1 status after DATA stay an unknown user', () => {
    const v = classify('550 Unknown user user@docomo.ne.jp', { host: 'mfsmax.docomo.ne.jp', command: 'DATA', status: '5.1.1' });
    expect(v.ruleId).not.toBe('nttdocomo/refused-by-reception-settings');
    expect(v.reason).toBe('userunknown');
  });

  it('does not apply to other hosts', () => {
    const v = classify('550 Unknown user user@example.net', { host: 'mx.example.net', command: 'DATA' });
    expect(v.provider).toBeNull();
    expect(v.reason).toBe('filtered');
  });
});
