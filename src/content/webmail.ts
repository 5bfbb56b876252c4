// The content script of the webmail hosts (manifest.json): Gmail, Outlook, Yahoo and AOL, iCloud,
// Fastmail, Proton Mail.

import fastmail from './find/sites/fastmail.ts';
import gmail from './find/sites/gmail.ts';
import icloud from './find/sites/icloud.ts';
import outlook from './find/sites/outlook.ts';
import proton from './find/sites/proton.ts';
import yahoo from './find/sites/yahoo.ts';
import { run } from './index.ts';

run([gmail, outlook, yahoo, icloud, fastmail, proton]);
