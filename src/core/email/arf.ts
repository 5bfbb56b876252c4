// Feedback reports (complaints), which are no bounces: RFC 5965 ARF, a multipart/report with
// report-type=feedback-report and a message/feedback-report part (Feedback-Type, Original-Rcpt-To,
// Source-IP, ...), Microsoft's JMRP (X-HmXmrOriginalRecipient in the returned message). Also Apple Mail's one-click unsubscribe mail (`X-Apple-Unsubscribe: true`),
// which Sisimai reports as feedback type `opt-out`.

import { header, parseContentType, parseHeaders } from './headers.ts';
import type { Message } from './mime.ts';
import type { Finding, Input } from './types.ts';
import { addressLine, cleanAddress, firstAddress, oneLine } from './util.ts';

type FeedbackFinding = Finding & { feedbackType: string };

/** The first paragraph of the human-readable part, as one line. */
function firstParagraph(body: string): string {
  const para = body.trim().split(/\n\s*\n/)[0] ?? '';
  return oneLine(para).slice(0, 500);
}

function originalTo(original: string): string {
  const head = original.split(/\n\s*\n/)[0] ?? '';
  const h = parseHeaders(head);
  for (const name of ['x-hmxmroriginalrecipient', 'to']) {
    const a = firstAddress(header(h, name));
    if (a) return a;
  }
  return '';
}

export function parseArf(msg: Message, input: Input): FeedbackFinding[] {
  const report = msg.parts.find((p) => p.kind === 'report' && p.type === 'message/feedback-report');
  const reportType = parseContentType(header(msg.headers, 'content-type')).params['report-type'] ?? '';
  if (!report && reportType.toLowerCase() !== 'feedback-report') {
    // Microsoft's JMRP complaints are multipart/mixed with the original only, marked by this header.
    const hotmail = /^X-HmXmrOriginalRecipient:\s*(\S+)/im.exec(input.original);
    if (hotmail) {
      return [{ recipient: firstAddress(hotmail[1] ?? ''), diagnostic: firstParagraph(input.body), reasonHint: 'feedback', feedbackType: 'abuse', action: '' }];
    }
    if (header(msg.headers, 'x-apple-unsubscribe').toLowerCase() === 'true') {
      const who = firstAddress(input.from);
      return [{ recipient: who, diagnostic: firstParagraph(input.body), reasonHint: 'feedback', feedbackType: 'opt-out', action: '' }];
    }
    return [];
  }
  const fields = parseHeaders(report?.text.trim() ?? '');
  const feedbackType = (header(fields, 'feedback-type') || 'abuse').toLowerCase();
  const sourceIp = header(fields, 'source-ip').replace(/[[\]]/g, '');
  const recipients = [...(fields.get('original-rcpt-to') ?? []), ...(fields.get('removal-recipient') ?? [])]
    .map((v) => addressLine(v.replace(/^rfc822;\s*/i, '')) || cleanAddress(v))
    .filter((a) => a.includes('@'));
  if (!recipients.length) recipients.push(originalTo(input.original));
  const diagnostic = firstParagraph(input.body);
  return [...new Set(recipients)].map((recipient) => ({
    recipient,
    diagnostic,
    rhost: sourceIp,
    action: '',
    reasonHint: 'feedback' as const,
    feedbackType,
  }));
}
