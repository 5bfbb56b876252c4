// The plain-language copy (src/rules/reasons.ts): every reason has it, its category follows
// contract.md, and every actor a verdict can end with has next steps, for every sending setup.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.ts';
import { ACTORS, CATEGORIES, REASONS, SETUPS, type Actor, type Category, type Reason, type ReasonInfo } from '../../src/core/types.ts';
import { genericTables, providers, reasons } from '../../src/rules/index.ts';

// contract.md "category" and the brief's mapping; the rest is `other`.
const CATEGORY_OF: Partial<Record<Reason, Category>> = {
  badreputation: 'reputation',
  blocked: 'blocklist',
  authfailure: 'authentication',
  requireptr: 'authentication',
  speeding: 'rate_limit',
  toomanyconn: 'rate_limit',
  spamdetected: 'content',
  virusdetected: 'content',
  contenterror: 'content',
  notcompliantrfc: 'content',
  userunknown: 'user_unknown',
  hasmoved: 'user_unknown',
  mailboxfull: 'mailbox_full',
  suspend: 'mailbox_disabled',
  hostunknown: 'domain_error',
  notaccept: 'domain_error',
  policyviolation: 'policy',
  filtered: 'policy',
  rejected: 'policy',
  securityerror: 'policy',
  failedstarttls: 'tls',
  mesgtoobig: 'message_too_large',
  exceedlimit: 'message_too_large',
  norelaying: 'relay_denied',
  networkerror: 'network',
  expired: 'expired',
  feedback: 'complaint',
  delivered: 'not_bounce',
  vacation: 'not_bounce',
};

describe('reasons', () => {
  it('cover every reason of the contract and nothing else', () => {
    expect(Object.keys(reasons).sort()).toEqual([...REASONS].sort());
  });

  for (const reason of REASONS) {
    const info: ReasonInfo = reasons[reason];
    describe(reason, () => {
      it('has a title, a one-sentence summary and an explanation', () => {
        expect(info.title.length).toBeGreaterThan(3);
        expect(info.title).not.toContain('{provider}');
        expect(info.title).not.toBe(reason);
        expect(info.summary).toMatch(/^\S.*[.!]$/);
        expect(info.explanation.length).toBeGreaterThan(40);
      });

      it('maps to the contract category', () => {
        expect(CATEGORIES).toContain(info.category);
        expect(info.category).toBe(CATEGORY_OF[reason] ?? 'other');
      });

      it('uses {provider} only where a sentence starts', () => {
        for (const text of [info.summary, info.explanation, ...Object.values(info.steps).flat()]) {
          for (const m of text.matchAll(/\{provider\}/g)) {
            const before = text.slice(0, m.index).trimEnd();
            expect(before === '' || /[.!?:]$/.test(before), text).toBe(true);
          }
        }
      });

      it('has steps for its actors and for the sender', () => {
        const needed = new Set<Actor>([info.actor, info.actorWhenTemporary ?? info.actor, 'sender']);
        for (const actor of needed) {
          expect(ACTORS).toContain(actor);
          expect(info.steps[actor]?.length ?? 0, `${reason}: steps for ${actor}`).toBeGreaterThan(0);
        }
        for (const list of Object.values(info.steps)) for (const step of list) expect(step.trim().length).toBeGreaterThan(10);
      });
    });
  }
});

describe('copy in classify output', () => {
  const examples = [
    ...providers.flatMap((p) => p.rules.flatMap((r) => r.examples)),
    ...genericTables.flatMap((t) => t.rules.flatMap((r) => r.examples)),
  ];

  it('never leaves {provider} unfilled', () => {
    for (const example of examples) {
      const v = classify(example);
      const text = [v.title, v.summary, v.explanation, v.actorWhy, ...v.nextSteps].join('\n');
      expect(text, example).not.toContain('{provider}');
    }
  });

  // Every rule of the generic tables, under every sending setup, ends with next steps for its actor
  // (an `esp` actor becomes `sender` under a dedicated IP or a self-hosted server).
  for (const table of genericTables) {
    it(`gives next steps for every example of ${table.id}, in every setup`, () => {
      for (const rule of table.rules) {
        for (const example of rule.examples) {
          for (const setup of SETUPS) {
            const v = classify(example, { setup });
            if (!v.bounce && v.reason !== 'vacation' && v.reason !== 'delivered') continue;
            expect(v.nextSteps.length, `${rule.id} (${setup}, actor ${v.actor}): ${example}`).toBeGreaterThan(0);
            if (setup !== 'shared') expect(v.actor).not.toBe('esp');
          }
        }
      }
    });
  }
});
