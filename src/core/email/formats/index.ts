// Decoders for notices written for people, tried in order; the first that recognises the
// notice and finds recipients wins (Sisimai's Lhost order idea, sisimai.md "How Sisimai decides").
// `generic` is not listed: it runs last, and only for messages known to be bounces (decode.ts).
// `vendorTables` goes first: it reads the notice with the others (or the generic reader) and adds
// the reason an appliance's or carrier's own wording states.
import type { Finding, Format, Input } from '../types.ts';
import { exchange } from './exchange.ts';
import { exim } from './exim.ts';
import { fml } from './fml.ts';
import { fallbackFindings } from '../fallback.ts';
import { genericFindings } from './generic.ts';
import { gmail } from './gmail.ts';
import { googleGroups } from './google-groups.ts';
import { postfix } from './postfix.ts';
import { qmail } from './qmail.ts';
import { sendmail } from './sendmail.ts';
import { sesJson } from './ses-json.ts';
import { vendorTables } from './vendor-tables.ts';

const layouts: Format[] = [sesJson, googleGroups, fml, postfix, sendmail, exim, qmail, exchange, gmail];

function readLayouts(input: Input): Finding[] {
  const generic = () => genericFindings(input);
  for (const f of layouts) {
    if (!f.detect(input)) continue;
    const found = f.parse(input);
    if (!found.length) continue;
    if (found.every((x) => x.diagnostic)) return found;
    // A layout that found the recipients but not every reason: the generic reader's text.
    const g = generic();
    return found.map((x) => (x.diagnostic ? x : { ...x, diagnostic: g.find((y) => y.recipient.toLowerCase() === x.recipient.toLowerCase())?.diagnostic ?? '' }));
  }
  const g = generic();
  return g.length ? g : fallbackFindings(input);
}

export const formats: Format[] = [vendorTables(readLayouts), ...layouts];
