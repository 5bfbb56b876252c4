import type { RuleTable } from '../core/types.ts';

export const rfc3463 = { id: 'rfc3463', rules: [] } satisfies RuleTable;
