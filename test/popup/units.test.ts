// The popup's pure helpers: settings (storage.sync, migration), CSV/JSON export, grouping, the
// scan reply check, and the message catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import catalog from '../../public/_locales/en/messages.json';
import { classify } from '../../src/core/index.ts';
import { exportName, toCsv, toJson } from '../../src/popup/export.ts';
import { groupByActor } from '../../src/popup/group.ts';
import { catalogT } from '../../src/popup/i18n.ts';
import { hostOf, loadSettings, saveSettings, sitesFromMatches, supportedSite, tidySettings, type SettingsStorage } from '../../src/popup/settings.ts';
import { parseScanReply } from '../../src/popup/tab.ts';

function fakeStorage(sync: Record<string, unknown> = {}, local: Record<string, unknown> = {}): SettingsStorage & { data: { sync: Record<string, unknown>; local: Record<string, unknown> } } {
  const data = { sync: { ...sync }, local: { ...local } };
  const area = (d: Record<string, unknown>) => ({
    get: async (k: string) => (k in d ? { [k]: d[k] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(d, items),
    remove: async (k: string) => void Reflect.deleteProperty(d, k),
  });
  return { data, sync: area(data.sync), local: area(data.local) };
}

describe('settings', () => {
  it('saves tidily: unknown setups, non-host entries and duplicates are dropped', () => {
    expect(tidySettings({ setup: 'cloud', disabledSites: ['Mail.Google.com', 'mail.google.com', 42, 'a b', 'app.sendgrid.com'] } as never)).toEqual({
      setup: 'shared',
      disabledSites: ['app.sendgrid.com', 'mail.google.com'],
    });
  });

  it('moves the first version’s storage.local setup into storage.sync once', async () => {
    const s = fakeStorage({}, { sendingSetup: 'dedicated' });
    expect(await loadSettings(s)).toEqual({ setup: 'dedicated', disabledSites: [] });
    expect(s.data.sync.settings).toEqual({ setup: 'dedicated', disabledSites: [] });
    expect(s.data.local.sendingSetup).toBeUndefined();
    await saveSettings(s, { setup: 'self-hosted', disabledSites: ['mail.google.com'] });
    expect(await loadSettings(s)).toEqual({ setup: 'self-hosted', disabledSites: ['mail.google.com'] });
  });

  it('derives the supported sites from the manifest’s match patterns', () => {
    const sites = sitesFromMatches(['https://mail.google.com/*', 'https://*.console.aws.amazon.com/ses/*', 'https://console.aws.amazon.com/ses/*', '<all_urls>']);
    expect(sites).toEqual(['mail.google.com', 'console.aws.amazon.com']);
    expect(supportedSite('eu-west-1.console.aws.amazon.com', sites)).toBe('console.aws.amazon.com');
    expect(supportedSite('example.com', sites)).toBeUndefined();
    expect(hostOf('https://Mail.Google.com/mail/u/0/')).toBe('mail.google.com');
    expect(hostOf('chrome://extensions')).toBe('');
  });
});

describe('export', () => {
  const rows = [
    { text: '554 5.7.1 [CS02] Message rejected, "local" policy', verdict: classify('554 5.7.1 [CS02] Message rejected, "local" policy'), recipient: 'ana@icloud.com' },
    { text: '=HYPERLINK("http://x.invalid")', verdict: classify('550 5.1.1 user unknown'), recipient: '+1@example.org' },
  ];

  it('writes RFC 4180 CSV and neutralises formula-looking cells', () => {
    const lines = toCsv(rows).split('\r\n');
    expect(lines[1]).toMatch(/^ana@icloud\.com,true,reputation,esp,.*,"554 5\.7\.1 \[CS02\] Message rejected, ""local"" policy"$/);
    expect(lines[2]).toMatch(/^'\+1@example\.org,/);
    expect(lines[2]).toMatch(/,"'=HYPERLINK\(""http:\/\/x\.invalid""\)"$/);
  });

  it('writes JSON verdicts with their text, and dated file names', () => {
    const json = JSON.parse(toJson(rows));
    expect(json[0]).toMatchObject({ category: 'reputation', providerCode: 'CS02', text: rows[0]!.text, recipient: 'ana@icloud.com' });
    expect(exportName(new Date('2024-05-06T10:00:00Z'), 'json')).toBe('bounce-lens-2024-05-06-1000.json');
  });
});

describe('groupByActor', () => {
  it('orders actors sender, esp, admin, recipient, none; the largest category first', () => {
    const item = (text: string) => ({ text, verdict: classify(text) });
    const groups = groupByActor([
      item('452 4.2.2 Mailbox full'),
      item('554 5.7.1 [CS02] Message rejected due to local policy'),
      item('550 5.1.1 user unknown'),
      item('552 5.3.4 Message too big for system'),
      item('550 5.1.1 user unknown here too'),
    ]);
    expect(groups.map((g) => [g.actor, g.count])).toEqual([['sender', 3], ['esp', 1], ['recipient', 1]]);
    expect(groups[0]!.categories.map((c) => [c.category, c.items.length])).toEqual([['user_unknown', 2], ['message_too_large', 1]]);
  });
});

describe('parseScanReply', () => {
  it('accepts the two documented shapes and turns anything else into an error', () => {
    expect(parseScanReply({ ok: true, count: 3 })).toEqual({ ok: true, count: 3 });
    expect(parseScanReply({ ok: false, error: 'Cannot access a chrome:// URL' })).toEqual({ ok: false, error: 'Cannot access a chrome:// URL' });
    expect(parseScanReply(undefined)).toEqual({ ok: false, error: 'no answer from the extension' });
    expect(parseScanReply({ ok: true, count: 'x' }).ok).toBe(false);
  });
});

describe('the message catalogue (public/_locales/en/messages.json)', () => {
  const t = catalogT(catalog);
  const keys = Object.keys(catalog);

  it('substitutes placeholders as browser.i18n does', () => {
    expect(t('card_to', 'ana@example.org')).toBe('to ana@example.org');
    expect(t('read_esp', 'SendGrid', '3 failures')).toBe('Read as SendGrid events: 3 failures.');
  });

  it('has valid, case-insensitively unique names (Chrome ignores case)', () => {
    expect(keys.every((k) => /^[A-Za-z0-9_@]+$/.test(k))).toBe(true);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('holds every key the popup and options code names, and no unused key', () => {
    const files = ['src/popup', 'src/popup/components', 'src/options', 'src/content/mark'].flatMap((d) =>
      readdirSync(d).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(join(d, f), 'utf8')),
    );
    const code = files.join('\n');
    const named = new Set([...code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g), ...code.matchAll(/'(count_[a-z]+_(?:one|other))'/g)].map((m) => m[1]!));
    for (const k of named) expect(keys, `missing message ${k}`).toContain(k);
    // Keys built from an enum value (category_reputation, actor_esp...) are used through labels.ts.
    const dynamic = /^(category|actor|actorMustAct|setup|setupHelp|evidence)_/;
    expect(keys.filter((k) => !named.has(k) && !dynamic.test(k) && k !== 'appName')).toEqual([]);
  });
});
