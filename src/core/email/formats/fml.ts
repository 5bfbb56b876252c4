// fml (fml.org) mailing-list manager replies: the list refusing a post, written for people, from
// `<list>-admin@` with an `X-MLServer: fml ...` header and an fml Message-ID (`....FML...@`):
//   You are not a member of this mailing list <list@example.org>.     (rejected)
//   Duplicated Message-ID in <list@example.org>.                       (systemerror: loop guard)
// The address in angle brackets is the list's; the text, else the Subject, names the cause.
// (Sisimai Lhost::FML $errortable / $errortitle, BSD-2-Clause.)

import { header } from '../headers.ts';
import type { Reason } from '../../types.ts';
import type { Finding, Format, Input } from '../types.ts';
import { oneLine } from '../util.ts';

const BODY: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['rejected', [' header may cause mail loop', 'NOT MEMBER article from ', 'reject mail from ', 'reject spammers:', 'You are not a member of this mailing list']],
  ['systemerror', [' has detected a loop condition so that', 'Duplicated Message-ID', 'Loop Back Warning:']],
  ['securityerror', ['Security alert:']],
];
const SUBJECT: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['rejected', [' are not member', 'NOT MEMBER article from ', 'reject mail ', 'Spam mail from a spammer is rejected']],
  ['systemerror', ['fml system error message', 'Loop Alert: ', 'Loop Back Warning: ', 'WARNING: UNIX FROM Loop']],
  ['securityerror', ['Security Alert']],
];

const first = (table: typeof BODY, text: string) => table.find(([, ps]) => ps.some((p) => text.includes(p)))?.[0];

function fmlFindings(input: Input): Finding[] {
  const notice = input.body.split(/^[ \t]*Original mail as follows:/m)[0] ?? '';
  const out: Array<{ recipient: string; lines: string[] }> = [];
  for (const line of notice.split('\n')) {
    if (!line.trim()) continue;
    const open = line.indexOf('<');
    const close = line.lastIndexOf('>');
    const address = open > 0 && close > open ? line.slice(open + 1, close).trim() : '';
    if (address.includes('@')) out.push({ recipient: address, lines: [line.trim()] });
    else out.at(-1)?.lines.push(line.trim());
  }
  return out.map(({ recipient, lines }) => {
    const diagnostic = oneLine(lines.join(' '));
    const reason = first(BODY, diagnostic) ?? first(SUBJECT, input.subject);
    return { recipient, diagnostic, action: 'failed', ...(reason ? { formatReason: reason } : {}) };
  });
}

export const fml: Format = {
  id: 'fml',
  detect: (input: Input) =>
    input.headers.has('x-mlserver') && input.from.indexOf('-admin@') > 0 && header(input.headers, 'message-id').indexOf('.FML') > 1,
  parse: fmlFindings,
};
