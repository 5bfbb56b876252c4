// Mailchimp Transactional (Mandrill) webhooks: an array of `{event, ts, msg}` (posted as the form
// field `mandrill_events`). `msg.diag` is the remote reply, `msg.bounce_description` Mandrill's
// word for it (bad_mailbox, mailbox_full...), `msg.bgtools_code` the same numbers as SparkPost's
// bounce classes, and deferrals list `msg.smtp_events[]` with `diag` and `source_ip` (pages.md §3;
// https://mailchimp.com/developer/transactional/docs/webhooks/).

import { SPARKPOST_CLASSES } from './classes.ts';
import type { EspReader, ReadItem } from './types.ts';
import { arr, defined, ipOf, isObj, obj, str, stripSmtp, toIso, type Json } from './util.ts';

const FAILURE = new Set(['hard_bounce', 'soft_bounce', 'deferral', 'reject', 'spam']);

function read(o: Json) {
  const event = str(o.event).toLowerCase();
  if (!FAILURE.has(event)) return { items: [], skipped: [event || 'unknown'] };
  const msg = obj(o.msg);
  const smtp = arr(msg.smtp_events).filter(isObj);
  const last = smtp[smtp.length - 1] ?? {};
  const description = str(msg.bounce_description);
  const code = str(msg.bgtools_code);
  const recipient = str(msg.email) || undefined;
  let text = stripSmtp(str(msg.diag)) || stripSmtp(str(last.diag)) || description.replace(/_/g, ' ');
  const context: ReadItem['context'] = defined({ recipient });
  if (event === 'spam') {
    text = 'Spam complaint';
    context.reasonHint = 'feedback';
  } else if (event === 'reject') {
    // On the Rejection Denylist (an earlier bounce, complaint, unsubscribe) or an unverified sending domain.
    text ||= 'Rejected by Mandrill';
    context.reasonHint = /unsigned/i.test(description) ? 'authfailure' : 'suppressed';
  } else if (event === 'hard_bounce') context.action = 'failed';
  else if (event === 'deferral') context.action = 'delayed';
  // soft_bounce: final for this message, but the reply's own code decides whether it was temporary.
  const detail = [description, code ? `class ${code}${SPARKPOST_CLASSES[code] ? ` ${SPARKPOST_CLASSES[code]}` : ''}` : ''].filter(Boolean).join(', ');
  const item: ReadItem = {
    esp: 'mandrill',
    event,
    // Rejects are Mandrill's own (its denylist, an unsigned domain); complaints are no bounce.
    outcome: event === 'deferral' ? 'delayed' : event.endsWith('_bounce') ? 'failed' : 'other',
    text: text || event,
    context,
    ...defined({
      recipient,
      date: toIso(o.ts) ?? toIso(msg.ts),
      ip: ipOf(last.source_ip),
      espLabel: `Mandrill: ${event}${detail ? ` (${detail})` : ''}`,
    }),
  };
  return { items: [item], skipped: [] };
}

export const mandrill: EspReader = {
  id: 'mandrill',
  detect: (o) => isObj(o.msg) && typeof o.event === 'string',
  read,
};

/** The JSON inside a form body `mandrill_events=...` (application/x-www-form-urlencoded). */
export function unformMandrill(text: string): string | null {
  const m = /^\s*mandrill_events=([^&]*)/.exec(text.slice(0, 64));
  if (!m) return null;
  try {
    return decodeURIComponent(text.trim().slice('mandrill_events='.length).split('&')[0]!.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
