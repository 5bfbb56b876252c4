// The background's template cache (src/messaging/template.ts, background/verdicts.ts): one classification
// serves every log row that differs only in what no rule reads. Every rule example keeps its
// verdict under the template, so the cache can never change an answer.
import { describe, expect, it } from 'vitest';
import { classify, registry } from '../../src/core/index.ts';
import { failureKey, distinct } from '../../src/background/dedupe.ts';
import { maskRow, template } from '../../src/messaging/template.ts';
import { clearVerdictCache, verdictOf } from '../../src/background/verdicts.ts';

const key = (v: ReturnType<typeof classify>) => [v.bounce, v.ruleId, v.category, v.actor, v.permanence, v.provider, v.providerCode, v.hardBounce, v.summary].join('|');
const FIRST_ADDRESS = /[\w.+-]+@[\w.-]+\.[a-z]{2,}/i;

describe('template', () => {
  it('keeps the length and masks the mailbox, IP digits and long ids', () => {
    const text = '550 5.1.1 <ana.smith@example.net>: host mx1.example.net[192.0.2.77] said: no such user, id 1714000000 08DC5A1B2C3D4E5F';
    const t = template(text, 'ana.smith@example.net');
    expect(t).toHaveLength(text.length);
    expect(t).toBe('550 5.1.1 <xxxxxxxxx@example.net>: host mx1.example.net[000.0.0.00] said: no such user, id 0000000000 00xx0x0x0x0x0x0x');
  });

  it('changes no verdict of any rule example', () => {
    let examples = 0;
    for (const [, { rule }] of registry().byId) {
      for (const ex of rule.rule.examples) {
        examples++;
        const masked = template(ex, FIRST_ADDRESS.exec(ex)?.[0]);
        expect(key(classify(masked)), `${rule.rule.id}: ${ex}`).toBe(key(classify(ex)));
      }
    }
    expect(examples).toBeGreaterThan(100);
  });

  it('starts from maskRow, by which content scripts group log rows', () => {
    const row = (user: string, ip: string) => `550 5.7.1 <${user}@example.net>: rejected from [${ip}] id 1714000000`;
    expect(maskRow(row('ana', '192.0.2.1'), 'ana@example.net')).toBe(maskRow(row('bob', '192.0.2.9'), 'bob@example.net'));
    expect(maskRow(row('ana', '192.0.2.1'), 'ana@example.net')).not.toBe(maskRow(row('ana', '192.0.2.1').replace('5.7.1', '5.1.1'), 'ana@example.net'));
    for (const [, { rule }] of registry().byId) {
      for (const ex of rule.rule.examples) {
        const address = FIRST_ADDRESS.exec(ex)?.[0];
        expect(template(maskRow(ex, address), address), ex).toBe(template(ex, address));
      }
    }
  });

  it('gives the cached verdict with this text’s own evidence, IPs and recipient', () => {
    clearVerdictCache();
    const a = verdictOf('421 4.7.0 [TSS04] Messages from 198.51.100.23 temporarily deferred', {}, 'shared');
    const b = verdictOf('421 4.7.0 [TSS04] Messages from 203.0.113.99 temporarily deferred', {}, 'shared');
    expect(key(b)).toBe(key(a));
    expect(b.ips).toEqual(['203.0.113.99']);
    expect(b).toEqual(classify('421 4.7.0 [TSS04] Messages from 203.0.113.99 temporarily deferred'));
    const c = verdictOf('550 5.1.1 <bo@example.org>: User unknown', { recipient: 'bo@example.org' }, 'shared');
    expect(c.recipient).toBe('bo@example.org');
    expect(c.evidence.every((e) => '550 5.1.1 <bo@example.org>: User unknown'.slice(e.start, e.end) === e.value)).toBe(true);
  });
});

describe('dedupe', () => {
  it('reads one failure in a Postfix paragraph and in its Diagnostic-Code alike', () => {
    expect(failureKey('host mx.example.org[192.0.2.1] said: 550 5.1.1 <p@example.org>: User unknown (in reply to RCPT TO command)')).toBe(
      failureKey('Diagnostic-Code: smtp; 550 5.1.1 <p@example.org>: User unknown'),
    );
  });

  it('keeps events with different ids apart and joins a repeat without one', () => {
    const out = distinct([
      { text: '550 5.1.1 no such user', id: 'r1', recipient: 'a@example.com' },
      { text: '550 5.1.1 no such user', id: 'r2', recipient: 'a@example.com' },
      { text: '550 5.1.1 no such user' },
      { text: '550 5.1.1 no such user', recipient: 'b@example.com' },
    ]);
    expect(out.map((f) => f.id ?? f.recipient)).toEqual(['r1', 'r2', 'b@example.com']);
  });
});
