// SparkPost webhook batches (`[{msys: {message_event: {...}}}]`) and Events API results (flat).
// `type` bounce | out_of_band | delay | policy_rejection | generation_rejection | spam_complaint...;
// `raw_reason` is the full remote reply, `reason` a redacted copy, `error_code` the reply code and
// `bounce_class` SparkPost's class (pages.md §3; https://support.sparkpost.com/docs/deliverability/bounce-classification-codes).
// "[internal]" in the reason marks SparkPost's own decision, where no remote server answered.

import { SPARKPOST_CLASSES } from './classes.ts';
import type { EspReader, Outcome, ReadItem } from './types.ts';
import { defined, has, ipOf, obj, str, toIso, withCodes, type Json } from './util.ts';

const FAILURE = new Set(['bounce', 'out_of_band', 'delay', 'policy_rejection', 'generation_rejection', 'generation_failure', 'spam_complaint']);
const WRAPPERS = ['message_event', 'gen_event', 'track_event', 'unsubscribe_event', 'relay_event', 'ab_test_event', 'ingest_event'];

/** The event inside a webhook `msys` wrapper, or the object itself (Events API). */
export function unwrapSparkPost(o: Json): Json {
  const msys = obj(o.msys);
  for (const key of WRAPPERS) if (has(msys, key)) return obj(msys[key]);
  return o;
}

function read(wrapped: Json) {
  const o = unwrapSparkPost(wrapped);
  const type = str(o.type).toLowerCase();
  // `{msys: {}}` is the ping SparkPost sends when a webhook is created: no event at all.
  if (!FAILURE.has(type)) return { items: [], skipped: type ? [type] : [] };
  const cls = str(o.bounce_class);
  const reply = str(o.raw_reason) || str(o.reason);
  const recipient = str(o.rcpt_to) || str(o.raw_rcpt_to) || undefined;
  const context: ReadItem['context'] = defined({ recipient });
  let text = withCodes(reply, str(o.error_code), '');
  if (type === 'spam_complaint') {
    text = `Spam complaint${str(o.fbtype) ? ` (${str(o.fbtype)})` : ''}`;
    context.reasonHint = 'feedback';
  } else if (cls === '60') context.reasonHint = 'vacation';
  else if (/suppress/i.test(reply) && /\[internal\]|customer policy/i.test(reply)) context.reasonHint = 'suppressed';
  else if (type === 'delay') context.action = 'delayed';
  else context.action = 'failed';
  // Policy and generation rejections, and "[internal]" suppressions, are SparkPost's own decisions:
  // no receiving server answered. Class 60 is an auto-reply.
  const answered = (type === 'bounce' || type === 'out_of_band' || type === 'delay') && !context.reasonHint;
  const outcome: Outcome = !answered ? 'other' : type === 'delay' ? 'delayed' : 'failed';
  const className = SPARKPOST_CLASSES[cls];
  const item: ReadItem = {
    esp: 'sparkpost',
    event: type,
    outcome,
    text: text || type,
    context,
    ...defined({
      recipient,
      date: toIso(o.timestamp),
      ip: ipOf(o.sending_ip),
      espLabel: `SparkPost: ${type}${cls ? `, bounce class ${cls}${className ? ` (${className})` : ''}` : ''}`,
    }),
  };
  return { items: [item], skipped: [] };
}

export const sparkpost: EspReader = {
  id: 'sparkpost',
  detect: (o) => has(o, 'msys') || has(o, 'bounce_class', 'raw_reason', 'rcpt_to', 'transmission_id'),
  read,
};
