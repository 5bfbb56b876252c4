import { describe, expect, it } from 'vitest';
import { draftEscalation, formatDate, sendingIpIn } from '../../src/core/escalation.ts';
import { classify } from '../../src/core/index.ts';

const NOW = new Date('2024-05-07T08:30:00Z');
const CS02 = '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137';
const S3150 =
  "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.";
const TSS04 =
  '421 4.7.0 [TSS04] Messages from 198.51.100.23 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes';
const SBL = '554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using sbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.44';

describe('sendingIpIn', () => {
  it('finds the IP the text names as the sender', () => {
    expect(sendingIpIn(S3150)).toBe('203.0.113.9');
    expect(sendingIpIn(TSS04)).toBe('198.51.100.23'); // not Yahoo's "4.16.55.1" reference
    expect(sendingIpIn(SBL)).toBe('192.0.2.44');
    expect(sendingIpIn('554 IP=192.0.2.7 - None/bad reputation. (NOWL)')).toBe('192.0.2.7');
    expect(sendingIpIn('451 4.7.650 The mail server [198.51.100.4] has been temporarily rate limited due to IP reputation.')).toBe('198.51.100.4');
  });

  it('does not take the receiving server’s IP, and gives nothing when there is none', () => {
    expect(sendingIpIn('host mx.example.org[192.0.2.25] said: 554 5.7.1 [CS02] Message rejected due to local policy')).toBeUndefined();
    expect(sendingIpIn('SMTP error from remote mail server after RCPT TO: host mx.example.org [192.0.2.25]: 550 blocked')).toBeUndefined();
    expect(sendingIpIn(CS02)).toBeUndefined();
  });
});

describe('draftEscalation', () => {
  it('CS02: the bounce line, date, recipient domain, sending IP and the ask', () => {
    const text = `${CS02} (sent from 192.0.2.10)`;
    const { subject, body, text: all } = draftEscalation({
      verdict: classify(text), text, now: NOW, date: '2024-05-06T10:00:00Z', recipient: 'ana@icloud.com',
    });
    expect(subject).toBe('Bounces to icloud.com: Sending IP reputation (CS02) from 192.0.2.10');
    expect(body).toContain(`  ${text}`);
    expect(body).toContain('- Date: 2024-05-06 10:00 UTC');
    expect(body).toContain('- Recipient domain: icloud.com');
    expect(body).not.toContain('ana@icloud.com'); // the ESP needs the domain, not the person
    expect(body).toContain('- Sending IP: 192.0.2.10');
    expect(body).toContain('- Receiving provider: Apple iCloud Mail, code CS02');
    expect(body).toMatch(/1\. Move my mail to icloud\.com to a sending IP or pool with a good reputation/);
    expect(body).toContain('Cloudmark Sender Intelligence');
    expect(body).toContain('https://csi.cloudmark.com/');
    expect(all.startsWith(`Subject: ${subject}\n\n`)).toBe(true);
  });

  it('says what is missing rather than inventing it', () => {
    const { body } = draftEscalation({ verdict: classify(CS02), text: CS02, now: NOW });
    expect(body).toContain('- Date: 2024-05-07 08:30 UTC (when I saw it)');
    expect(body).toContain('- Recipient domain: not shown in the bounce (receiving provider: Apple iCloud Mail)');
    expect(body).toContain('- Sending IP: not shown in the bounce; please look it up in your logs');
  });

  it('Microsoft S3150, Yahoo TSS04 and Spamhaus SBL get their own asks; a deferral says so', () => {
    const ms = draftEscalation({ verdict: classify(S3150), text: S3150, now: NOW, recipient: 'lee@outlook.com', espName: 'SendGrid' });
    expect(ms.body.startsWith('Hello SendGrid support,')).toBe(true);
    expect(ms.body).toContain('- Sending IP: 203.0.113.9');
    expect(ms.body).toContain('sender support form');
    expect(ms.subject).toContain('(S3150)');

    const yahoo = draftEscalation({ verdict: classify(TSS04), text: TSS04, now: NOW, recipient: 'kim@yahoo.com' });
    expect(yahoo.subject.startsWith('Deferrals to yahoo.com')).toBe(true);
    expect(yahoo.body).toContain('For now these are deferrals');
    expect(yahoo.body).toContain('Complaint Feedback Loop');

    const sbl = draftEscalation({ verdict: classify(SBL), text: SBL, now: NOW });
    expect(sbl.body).toContain('- Sending IP: 192.0.2.44');
    expect(sbl.body).toMatch(/not listed/);
    expect(sbl.body).toContain('Spamhaus');
  });

  it('keeps a huge pasted line short and on one line', () => {
    const text = `${CS02}\n${'x'.repeat(5000)}`;
    const { body } = draftEscalation({ verdict: classify(text), text, now: NOW });
    const quoted = body.split('\n').find((l) => l.startsWith('  554'))!;
    expect(quoted.length).toBeLessThanOrEqual(1002);
  });
});

describe('formatDate', () => {
  it('reads ISO and RFC 5322 dates, and keeps what it cannot read', () => {
    expect(formatDate('Mon, 6 May 2024 12:00:00 +0200')).toBe('2024-05-06 10:00 UTC');
    expect(formatDate('yesterday')).toBe('yesterday');
  });
});
