// Appliances and carriers whose notices follow a common layout (read by the other decoders or the
// generic reader) but whose own fixed wording states the cause. Sisimai's Lhost decoders for them
// carry a message table and set the reason from it (sisimai.md "How Sisimai decides" step 1; a
// reason the decoder set is kept unless the text names another definite cause, structure.ts):
// - McAfee Email Gateway: `X-NAI-Header: Modified by McAfee`, Subject "Delivery Status"
//   (Lhost::McAfee $ReFailures);
// - Ipswitch IMail Server: Subject "Undeliverable Mail ..." or `X-Mailer: <SMTP32 v...>`
//   (Lhost::IMailServer $refailures);
// - Verizon Wireless gateways: vtext.com (SMS) and vzwpix.com (MMS) daemons (Lhost::Verizon
//   $messagesof);
// - Symantec.cloud / MessageLabs: `X-Msg-Ref`, From MAILER-DAEMON@messagelabs.com, Subject "Mail
//   Delivery Failure" (Lhost::MessageLabs $messagesof);
// - Google Workspace relays: From <mailer-daemon@googlemail.com> with `X-Gm-Message-State`,
//   Subject "Delivery Status Notification" (Lhost::GSuite $messagesof);
// - Zoho Mail: `X-ZohoMail` (Lhost::Zoho $messagesof: its "Host not reachable" is written when it
//   gave up retrying);
// - au (KDDI) EZweb: its own verdict sentence (ezweb.ts);
// - Trend Micro InterScan MSS: "Unable to deliver message to <rcpt>" is its own statement that the
//   address was refused (Lhost::InterScanMSS sets userunknown for it).
// Only the table is this module's: the recipients and texts come from the other decoders.

import { header } from '../headers.ts';
import type { Reason } from '../../types.ts';
import type { Finding, Format, Input } from '../types.ts';
import { EZWEB_VERDICTS, ezwebFinding, isEzweb } from './ezweb.ts';

type Phrase = string | RegExp;

interface VendorTable {
  id: string;
  detect(input: Input): boolean;
  /** In order: the first reason whose phrase the diagnostic contains (case as written). */
  reasons: ReadonlyArray<readonly [Reason, readonly Phrase[]]>;
  /** What the notice itself adds to a finding before the table is read (ezweb.ts). */
  notice?(input: Input, f: Finding): Finding;
  /** Recipients in the vendor's own layout, when the common readers find none. */
  find?(input: Input): Finding[];
}

const received = (input: Input) => input.headers.get('received') ?? [];
/** `a` then `b` later in `text` (Sisimai String->aligned), case-insensitive. */
const aligned = (text: string, a: string, b: string) => {
  const t = text.toLowerCase();
  const at = t.indexOf(a);
  return at >= 0 && t.includes(b, at + a.length);
};

const INTERSCAN_SUBJECTS = ['Mail could not be delivered', 'メッセージを配信できません。', 'メール配信に失敗しました'];

export const VENDOR_TABLES: readonly VendorTable[] = [
  {
    id: 'mcafee',
    detect: (i) => header(i.headers, 'x-nai-header').includes('Modified by McAfee') && i.subject.trim() === 'Delivery Status',
    reasons: [['userunknown', [/ User \([^()\s@]+@[^()\s]+\) unknown\. /, /550 Unknown user [^ @]+@/, /550 <[^<>\s@]+@[^<>\s]+>\.+ User not exist/, 'No such user']]],
  },
  {
    id: 'imailserver',
    detect: (i) => i.subject.startsWith('Undeliverable Mail ') || header(i.headers, 'x-mailer').startsWith('<SMTP32 v'),
    reasons: [
      ['hostunknown', ['Unknown host']],
      ['userunknown', ['Unknown user', 'Invalid final delivery userid']],
      ['mailboxfull', ['User mailbox exceeds allowed size']],
      ['virusdetected', ['Requested action not taken: virus detected']],
      ['expired', ['Delivery failed ']],
    ],
  },
  {
    id: 'verizon',
    detect: (i) =>
      received(i).some((r) => r.includes('.vtext.com (')) && (i.from.toLowerCase().includes('post_master@vtext.com') || aligned(i.from, 'sysadmin@', '.vzwpix.com')),
    reasons: [['userunknown', ['550 - Requested action not taken: no such user here', 'No valid recipients for this MM']]],
  },
  {
    id: 'messagelabs',
    detect: (i) => i.headers.has('x-msg-ref') && /MAILER-DAEMON@messagelabs\.com/i.test(i.from) && i.subject.startsWith('Mail Delivery Failure'),
    reasons: [
      ['userunknown', ['542 ', ' Rejected', 'No such user']],
      ['securityerror', ['Please turn on SMTP Authentication in your mail client']],
    ],
  },
  {
    id: 'gsuite',
    detect: (i) => i.from.includes('<mailer-daemon@googlemail.com>') && i.subject.includes('Delivery Status Notification') && i.headers.has('x-gm-message-state'),
    reasons: [
      ['userunknown', ["because the address couldn't be found. Check for typos or unnecessary spaces and try again."]],
      ['notaccept', ['Null MX']],
      ['networkerror', [' had no relevant answers.', ' responded with code NXDOMAIN']],
    ],
  },
  { id: 'ezweb', detect: isEzweb, reasons: EZWEB_VERDICTS, notice: ezwebFinding },
  {
    id: 'interscanmss',
    detect: (i) =>
      i.from.startsWith('"InterScan MSS"') || i.from.startsWith('"InterScan Notification"') || INTERSCAN_SUBJECTS.includes(i.subject.trim()),
    reasons: [['userunknown', ['Unable to deliver']]],
    notice(input, f) {
      const mine = `<${f.recipient.toLowerCase()}>`;
      const line = input.body.split('\n').find((l) => l.includes('Unable to deliver ') && l.toLowerCase().includes(mine));
      return line ? { ...f, diagnostic: line.trim() } : f;
    },
    find: (input) =>
      input.body.split('\n').flatMap((l) => {
        const open = l.lastIndexOf('<');
        const close = l.lastIndexOf('>');
        const recipient = l.includes('Unable to deliver ') && open >= 0 && close > open ? l.slice(open + 1, close) : '';
        return recipient.includes('@') ? [{ recipient, diagnostic: l.trim(), action: 'failed' }] : [];
      }),
  },
  {
    id: 'zoho',
    detect: (i) => i.headers.has('x-zohomail'),
    reasons: [['expired', ['Host not reachable']]],
  },
];

/** The reason vendor `id`'s table gives the final diagnostic (Sisimai applies it after merging the DSN). */
export function vendorReason(id: string, diagnostic: string): Reason | undefined {
  const table = VENDOR_TABLES.find((t) => t.id === id);
  if (!table) return undefined;
  for (const [reason, phrases] of table.reasons) {
    if (phrases.some((p) => (typeof p === 'string' ? diagnostic.includes(p) : p.test(diagnostic)))) return reason;
  }
  return undefined;
}

/**
 * A format that reads the notice with `read` (the other decoders, then the generic reader) and
 * marks each finding with the vendor, whose table merge.ts applies to the final diagnostic.
 */
export function vendorTables(read: (input: Input) => Finding[]): Format {
  return {
    id: 'vendor-tables',
    detect: (input) => VENDOR_TABLES.some((t) => t.detect(input)),
    parse(input) {
      const table = VENDOR_TABLES.find((t) => t.detect(input));
      if (!table) return [];
      const found = read(input);
      const all = found.length ? found : (table.find?.(input) ?? []);
      return all.map((f) => ({ ...(table.notice ? table.notice(input, f) : f), vendor: table.id }));
    },
  };
}
