// The ordered registry of rule tables. Order is precedence (architecture.md):
// providers first, then generic phrases, then RFC 3463 status codes, then reply-code classes.
// Adding a provider: create providers/<id>.ts and add one line to providers/index.ts.

export { providers } from './providers/index.ts';
export { reasons } from './reasons.ts';
export { actorCopy } from './actors.ts';
import { generic } from './generic.ts';
import { rfc3463 } from './rfc3463.ts';
import { replyCodes } from './reply-codes.ts';

export const genericTables = [generic, rfc3463, replyCodes];
