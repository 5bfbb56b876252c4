import { describe, expect, it } from 'vitest';
import { classify, CATEGORIES, ACTORS, REASONS, MAX_CLASSIFY_CHARS } from '../../src/core/index.ts';
import type { Verdict } from '../../src/core/index.ts';

const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy';

function expectWellFormed(v: Verdict): void {
  expect(REASONS).toContain(v.reason);
  expect(CATEGORIES).toContain(v.category);
  expect(ACTORS).toContain(v.actor);
  expect(['permanent', 'temporary']).toContain(v.permanence);
  expect(typeof v.summary).toBe('string');
  expect(v.summary.length).toBeGreaterThan(0);
  expect(Array.isArray(v.nextSteps)).toBe(true);
}

describe('classify', () => {
  it('explains Apple CS02 as an IP reputation block the ESP must fix on a shared IP', () => {
    const v = classify(CS02);
    expect(v).toMatchObject({
      bounce: true, provider: 'apple', category: 'reputation', actor: 'esp', permanence: 'permanent',
      hardBounce: false, replyCode: '554', status: '5.7.1', providerCode: 'CS02', ruleId: 'apple/cs02',
    });
    expect(v.summary).toMatch(/Apple/);
    expect(v.summary).toMatch(/reputation/);
    expect(v.nextSteps.join(' ')).toMatch(/ESP/);
  });

  it('gives IP reputation work to the sender under a dedicated IP or self-hosting', () => {
    expect(classify(CS02, { setup: 'dedicated' }).actor).toBe('sender');
    expect(classify(CS02, { setup: 'self-hosted' }).actor).toBe('sender');
    expect(classify(CS02, { setup: 'dedicated' }).actorWhy).toMatch(/your own/i);
  });

  it('points evidence offsets at the input', () => {
    const text = 'Diagnostic-Code: smtp; ' + CS02;
    const v = classify(text);
    for (const e of v.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.start, e.end)).toBe(e.value);
    }
    expect(v.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['replyCode', 'status', 'providerCode']));
  });

  it('answers empty and blank input with a non-bounce', () => {
    for (const t of ['', '   ', '\n\n']) {
      const v = classify(t);
      expect(v.bounce).toBe(false);
      expect(v.category).toBe('not_bounce');
      expect(v.actor).toBe('none');
      expectWellFormed(v);
    }
  });

  it('does not call an ordinary sentence a bounce', () => {
    const v = classify('Thanks for the meeting notes, see you on Tuesday.');
    expect(v.bounce).toBe(false);
    expect(v.ruleId).toBe('');
  });

  it('reads only the start of a huge input and says so', () => {
    const huge = CS02 + ' ' + 'x'.repeat(1024 * 1024);
    const v = classify(huge);
    expect(v.truncated).toBe(true);
    expect(v.ruleId).toBe('apple/cs02');
    expect(MAX_CLASSIFY_CHARS).toBeLessThan(huge.length);
  });

  it('survives binary bytes', () => {
    let bin = '';
    for (let i = 0; i < 4096; i++) bin += String.fromCharCode((i * 7919) % 256);
    const v = classify(bin);
    expectWellFormed(v);
  });

  it('keeps the recipient and IPs it finds', () => {
    const v = classify('550 5.7.1 Mail from IP 192.0.2.1 was rejected for <someone@example.com>');
    expect(v.ips).toContain('192.0.2.1');
    expect(v.recipient).toBe('someone@example.com');
  });
});

describe('status wildcards', () => {
  it('let ? stand for exactly one digit', async () => {
    const { compileRule, matchRule } = await import('../../src/core/match.ts');
    const rule = compileRule({ id: 't/x', when: { status: ['5.7.6??'] }, reason: 'blocked', source: 'RFC 3463', examples: [] });
    const facts = (status: string) => ({ text: '', replyCode: '550', status, providerCodes: [], command: '' });
    expect(matchRule(rule, facts('5.7.606'))).not.toBeNull();
    expect(matchRule(rule, facts('5.7.64'))).toBeNull();
    expect(matchRule(rule, facts('5.7.6'))).toBeNull();
  });
});

describe('copy that matches the permanence', () => {
  it('a delay notice is not told as given up; an expiry is', () => {
    const delayed = classify('Delivery to the following recipient has been delayed: pat@example.org. Message will be retried for 2 more day(s)');
    const expired = classify('Message could not be delivered for 5 days. Message will be deleted from queue');
    expect(delayed.reason).toBe('expired');
    expect(delayed.permanence).toBe('temporary');
    expect(delayed.summary).not.toMatch(/given up/);
    expect(delayed.summary).toMatch(/retrying/);
    expect(expired.permanence).toBe('permanent');
    expect(expired.summary).toMatch(/given up/);
  });

  it("Postfix's delay warning is a delay, though it says the message could not be delivered for hours", () => {
    const v = classify('Your message could not be delivered for more than 3 hour(s). It will be retried until it is 5 day(s) old.');
    expect(v.reason).toBe('expired');
    expect(v.permanence).toBe('temporary');
    expect(v.summary).not.toMatch(/given up/);
  });

  it('a bare connection timeout is a retry in progress, told as one', () => {
    const v = classify('connect to mx.example.net[192.0.2.1]:25: Connection timed out');
    expect(v.permanence).toBe('temporary');
    expect(v.actor).toBe('none');
    expect(v.summary).not.toMatch(/given up/);
  });
});
