// Message keys for enum values (contract.md), so every label comes from messages.json.

import type { Actor, Category, SendingSetup } from '../core/types.ts';
import type { MessageKey, T } from './i18n.ts';

export const categoryLabel = (t: T, c: Category): string => t(`category_${c}` as MessageKey);
export const actorLabel = (t: T, a: Actor): string => t(`actor_${a}` as MessageKey);
/** "Your ESP must act" style headings for the page view. */
export const actorHeading = (t: T, a: Actor): string => t(`actorMustAct_${a}` as MessageKey);
export const setupLabel = (t: T, s: SendingSetup): string => t(`setup_${s.replace('-', '_')}` as MessageKey);
export const setupHelp = (t: T, s: SendingSetup): string => t(`setupHelp_${s.replace('-', '_')}` as MessageKey);
