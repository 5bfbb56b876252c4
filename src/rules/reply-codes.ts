import type { RuleTable } from '../core/types.ts';

export const replyCodes = { id: 'reply-codes', rules: [] } satisfies RuleTable;
