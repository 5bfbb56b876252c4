// Is this message a bounce at all, or an auto-reply?
// - RFC 3834 §5: an automatic response carries `Auto-Submitted: auto-replied`; vacation programs
//   also use `Precedence: auto_reply`, `X-Autoreply`, Apple's `X-Apple-Action: vacation` and
//   subjects such as "Automatic reply:" / "Out of Office:" (the same signals Sisimai's RFC3834
//   decoder checks). Delivery-failure notices also say auto-replied (Exim), so mail from
//   MAILER-DAEMON/postmaster is never taken for a vacation message.
// - A bounce comes from the null sender (RFC 5321 §4.5.5) with a daemon From and a failure subject
//   (pages.md §1–2).

import { header } from './headers.ts';
import type { Finding, Input } from './types.ts';
import { firstAddress, oneLine } from './util.ts';

const DAEMON_FROM = /mailer-daemon|post_?master|mail delivery|mail system|mailer_daemon|daemon@|^\s*<?root@/i;
const AUTO_SUBJECT = /^\s*(?:auto:|auto response|automatic reply|autoreply|auto-reply|out of (?:the )?office|abwesenheitsnotiz|réponse automatique|respuesta automática|risposta automatica|自動応答|不在)/i;
const FAILURE_SUBJECT =
  /undeliver|undelivered|returned mail|returning message|return(?:ing|ed) to sender|mail failed|failed mail|delivery (?:status notification|failure|failed|problem|notification|report)|failure notice|mail delivery failed|non remis|unzustellbar|could not be delivered|not delivered|mail system error|delivery has failed|rejected|nondeliverable|non-delivery|bounce|warning: could not send|delayed mail|message delayed|mail failure|不達|エラー/i;

export function autoReply(input: Input): Finding | null {
  const h = input.headers;
  if (DAEMON_FROM.test(input.from) || FAILURE_SUBJECT.test(input.subject)) return null;
  const auto = header(h, 'auto-submitted').toLowerCase();
  const signals =
    (auto !== '' && auto !== 'no') ||
    /auto_reply/i.test(header(h, 'precedence')) ||
    h.has('x-autoreply') ||
    h.has('x-autorespond') ||
    /vacation/i.test(header(h, 'x-apple-action')) ||
    AUTO_SUBJECT.test(input.subject);
  if (!signals) return null;
  const recipient = firstAddress(input.from) || firstAddress(header(h, 'return-path'));
  if (!recipient) return null;
  const lines = input.body.split('\n').filter((l) => l.trim() && !l.startsWith('--'));
  return { recipient, diagnostic: oneLine(lines.join(' ')).slice(0, 1000), action: '', reasonHint: 'vacation' };
}

// What a failure notice says in its body, in any MTA's words (pages.md §2).
const FAILURE_BODY =
  /could not be delivered|couldn't be delivered|undeliverable|delivery (?:has )?failed|failed to deliver|permanent (?:fatal )?error|unknown user|user unknown|no such user|not a valid (?:user|recipient)|mailbox (?:is )?(?:full|unavailable)|recipient address rejected|returned mail|not delivered|delivery failure/i;

export function looksLikeBounce(input: Input): boolean {
  const h = input.headers;
  if (h.has('x-failed-recipients')) return true;
  const nullSender = /^\s*<\s*>\s*$/.test(header(h, 'return-path'));
  const daemon = DAEMON_FROM.test(input.from);
  const failSubject = FAILURE_SUBJECT.test(input.subject);
  if ((daemon && failSubject) || (nullSender && (daemon || failSubject))) return true;
  return (daemon || nullSender || failSubject) && FAILURE_BODY.test(input.body.slice(0, 8192));
}
