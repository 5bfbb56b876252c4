import type { RuleTable } from '../core/types.ts';

export const generic = { id: 'generic', rules: [] } satisfies RuleTable;
