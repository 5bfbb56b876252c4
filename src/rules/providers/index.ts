// Receiving providers, in precedence order when a text names more than one.
import type { ProviderTable } from '../../core/types.ts';
import apple from './apple.ts';
import microsoft from './microsoft.ts';
import google from './google.ts';
import yahoo from './yahoo.ts';
import comcast from './comcast.ts';
import cox from './cox.ts';
import spectrum from './spectrum.ts';
import godaddy from './godaddy.ts';
import orange from './orange.ts';
import gmx from './gmx.ts';
import tOnline from './t-online.ts';
import mailru from './mailru.ts';
import yandex from './yandex.ts';
import zoho from './zoho.ts';
import tencent from './tencent.ts';
import libero from './libero.ts';
import nttdocomo from './nttdocomo.ts';
import mimecast from './mimecast.ts';
import proofpoint from './proofpoint.ts';
import barracuda from './barracuda.ts';
import cisco from './cisco.ts';
import spamhaus from './spamhaus.ts';
import spamcop from './spamcop.ts';
import uceprotect from './uceprotect.ts';

// Mailbox providers first, then filters in front of mailboxes, then public block lists last: a
// Microsoft line that quotes Spamhaus is decided by Microsoft's table before Spamhaus' own.
export const providers: readonly ProviderTable[] = [
  apple, microsoft, google, yahoo,
  comcast, cox, spectrum, godaddy, orange, gmx, tOnline, mailru, yandex, zoho, tencent, libero, nttdocomo,
  mimecast, proofpoint, barracuda, cisco,
  spamhaus, spamcop, uceprotect,
];
