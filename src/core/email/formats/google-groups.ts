// Google Groups refusals: Gmail's daemon answers a post to a group that does not exist or does
// not let the sender post ("the group you tried to contact (name) may not exist, or you may not
// have permission to post messages to the group"), in the sender's language. The group address
// is in X-Failed-Recipients; the notice is the list refusing the sender, which Sisimai's
// GoogleGroups decoder reports as `rejected` (set-of-emails lhost-googlegroups-*).

import type { Finding, Format, Input } from '../types.ts';
import { firstAddress, oneLine } from '../util.ts';

function groupRecipients(input: Input): string[] {
  return (input.headers.get('x-failed-recipients') ?? [])
    .flatMap((v) => v.split(','))
    .map((a) => firstAddress(a))
    .filter((a) => /@googlegroups\.com$/i.test(a));
}

export const googleGroups: Format = {
  id: 'google-groups',
  detect: (input: Input) => groupRecipients(input).length > 0,
  parse(input: Input): Finding[] {
    // The explanation is the paragraph after the greeting, whatever the language.
    const paras = input.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const diagnostic = oneLine(paras.slice(0, 2).join(' ')).slice(0, 600);
    return groupRecipients(input).map((recipient) => ({ recipient, diagnostic, action: 'failed', formatReason: 'rejected' as const }));
  },
};
