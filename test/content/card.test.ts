// @vitest-environment happy-dom
// The mark's card takes its words from the extension's messages (messages.json), the popup's
// catalogue: the category and who acts in the popup's words, the row titles and hints as messages.
import { describe, expect, it, vi } from 'vitest';
import catalog from '../../public/_locales/en/messages.json';
import { catalogT, type MessageKey } from '../../src/popup/i18n.ts';

const t = catalogT(catalog);
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (key: string, subs: string[]) => t(key as MessageKey, ...subs) } } }));

const { createCard } = await import('../../src/content/mark/card.ts');
const { createMarkLayer } = await import('../../src/content/mark/highlight.ts');

describe('the mark card', () => {
  it('shows the verdict in the messages’ words when a mark gets keyboard focus', async () => {
    document.body.innerHTML = '<p>550 5.1.1 User unknown</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const layer = createMarkLayer(true);
    const verdict = {
      bounce: true, reason: 'userunknown', category: 'user_unknown', permanence: 'permanent', hardBounce: true, actor: 'recipient_admin',
      provider: null, providerName: 'Example Mail', title: 'Address does not exist', summary: 'No such mailbox.', setup: 'shared',
    } as const;
    layer.add({ segments: [{ node, start: 0, end: node.data.length }], verdict, recipient: 'ana@example.com' });
    const card = createCard(layer, document);
    const root = card.element.shadowRoot!;
    root.querySelector('b')!.dispatchEvent(new FocusEvent('focus'));
    const text = root.querySelector('[role=tooltip]')!.textContent!;
    for (const key of ['category_user_unknown', 'actor_recipient_admin', 'perm_permanent', 'mark_whoActs', 'mark_category', 'mark_hardBounce', 'mark_keys'] as const) {
      expect(text).toContain(t(key));
    }
    expect(text).toContain(t('mark_position', 1, 1));
    expect(text).toContain('ana@example.com');
    expect(text).toContain('Example Mail');
    expect(root.querySelector('b')!.getAttribute('aria-label')).toBe(`${t('mark_position', 1, 1)}: Address does not exist. ${t('mark_hardBounce')}.`);
    card.destroy();
  });
});
