// Receiving providers, in precedence order when a text names more than one.
import type { ProviderTable } from '../../core/types.ts';
import apple from './apple.ts';

export const providers: readonly ProviderTable[] = [apple];
