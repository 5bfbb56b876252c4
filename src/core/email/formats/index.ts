// Decoders for notices written for people, tried in order; the first that recognises the
// notice and finds recipients wins (Sisimai's Lhost order idea, sisimai.md "How Sisimai decides").
// `generic` is not listed: it runs last, and only for messages known to be bounces (decode.ts).
import type { Format } from '../types.ts';
import { exchange } from './exchange.ts';
import { exim } from './exim.ts';
import { gmail } from './gmail.ts';
import { googleGroups } from './google-groups.ts';
import { postfix } from './postfix.ts';
import { qmail } from './qmail.ts';
import { sendmail } from './sendmail.ts';
import { sesJson } from './ses-json.ts';

export const formats: Format[] = [sesJson, googleGroups, postfix, sendmail, exim, qmail, exchange, gmail];
