// What a notice's own layout and wording decide (Sisimai's Lhost decoders, sisimai.md "How Sisimai
// decides"): an appliance's message table, the command a transcript names, qmail's session verdicts,
// Exchange's relayed RCPT refusals and its "Reported error" line. Synthetic, anonymised notices.

import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../../src/core/email/index.ts';

function email(headers: string[], body: string[]): string {
  return [...headers, 'MIME-Version: 1.0', '', ...body, ''].join('\n');
}

// A McAfee gateway's notice: a text part and a delivery-status part whose Diagnostic-Code is the remote's reply.
function mcafee(naiHeader: boolean): string {
  return email(
    [
      'From: <MAILER-DAEMON@gw.example.org>',
      'To: <sender@example.org>',
      'Subject: Delivery Status',
      ...(naiHeader ? ['X-NAI-Header: Modified by McAfee Email Gateway'] : []),
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    ],
    [
      '--B',
      'Content-Type: text/plain',
      '',
      '--- The following addresses had delivery problems ---',
      '',
      '<user@example.net>   (Unknown user user@example.net)',
      '',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; gw.example.org',
      '',
      'Final-Recipient: RFC822; user@example.net',
      'Action: failed',
      'Diagnostic-Code: SMTP; 550 Unknown user user@example.net',
      '',
      '--B--',
    ],
  );
}

describe('vendor message tables', () => {
  it("read a McAfee gateway's relayed 'Unknown user' as an unknown address", async () => {
    const [r] = await parseEmail(mcafee(true));
    expect(r).toMatchObject({ recipient: 'user@example.net', reason: 'userunknown', hardBounce: true });
  });

  it('leave the same text without the gateway header to the command rules (no RCPT: a filter)', async () => {
    const [r] = await parseEmail(mcafee(false));
    expect(r).toMatchObject({ recipient: 'user@example.net', reason: 'filtered', hardBounce: false });
  });

  it("read Trend Micro InterScan's 'Unable to deliver message to <rcpt>' as the address refused", async () => {
    const raw = email(
      ['From: postmaster@gw.example.org ("InterScan Notification")', 'To: sender@example.org', 'Subject: Mail could not be delivered'],
      ['****** Message from InterScan Messaging Security Suite ******', '', 'Unable to deliver message to <user@example.net> (and other recipients in the same domain).'],
    );
    const [r] = await parseEmail(raw);
    expect(r).toMatchObject({ recipient: 'user@example.net', reason: 'userunknown', hardBounce: true });
    expect(r?.diagnosticCode).toBe('Unable to deliver message to <user@example.net> (and other recipients in the same domain).');
  });

  it("read Zoho's 'Host not reachable' as given up retrying", async () => {
    const raw = email(
      ['From: mailer-daemon@mail.zoho.example', 'To: sender@example.org', 'Subject: Undelivered Mail Returned to Sender', 'X-ZohoMail: Si CHF_MF_NL'],
      [
        'This message was created automatically by mail delivery software.',
        'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
        '',
        'user@example.net Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.',
      ],
    );
    const [r] = await parseEmail(raw);
    expect(r).toMatchObject({ recipient: 'user@example.net', reason: 'expired' });
  });
});

describe('au EZweb notices', () => {
  const ezweb = (extra: string[], lines: string[]) =>
    email(['From: <Postmaster@ezweb.ne.jp>', 'To: sender@example.org', 'Subject: Mail System Error - Returned Mail', ...extra], lines);

  it("take au's own verdict sentence over the remote's reply", async () => {
    const [r] = await parseEmail(ezweb([], ['The user(s) account is disabled.', '', '<user@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)']));
    expect(r).toMatchObject({ recipient: 'user@ezweb.ne.jp', reason: 'suspend', diagnosticCode: 'The user(s) account is disabled.', hardBounce: false });
  });

  it('read "not delivered within" as given up retrying', async () => {
    const [r] = await parseEmail(ezweb([], ['Your message was not delivered within 0 days and 1 hours.', 'Remote host is not responding.', '', '<user@ezweb.ne.jp>']));
    expect(r).toMatchObject({ recipient: 'user@ezweb.ne.jp', reason: 'expired' });
  });

  it('keep a refusal at >>> RCPT TO an unknown address', async () => {
    const [r] = await parseEmail(
      ezweb([], ['Each of the following recipients was rejected by a remote mail server.', '', '    Recipient: <user@ezweb.ne.jp>', '    >>> RCPT TO:<user@ezweb.ne.jp>', '    <<< 550 <user@ezweb.ne.jp>: User unknown']),
    );
    expect(r).toMatchObject({ recipient: 'user@ezweb.ne.jp', reason: 'userunknown', command: 'RCPT' });
  });

  it("file X-SPASIGN: NG (au's spam filter) as filtered", async () => {
    const [r] = await parseEmail(ezweb(['X-SPASIGN: NG'], ['<user@ezweb.ne.jp>', 'Each of the following recipients was rejected by a remote mail server.']));
    expect(r).toMatchObject({ recipient: 'user@ezweb.ne.jp', reason: 'filtered' });
  });
});

describe('fml mailing-list replies', () => {
  const fml = (subject: string, line: string) =>
    email(
      ['From: list-admin@example.org', 'To: sender@example.org', `Subject: ${subject}`, 'X-MLServer: fml [fml 4.0.3 release]', 'Message-ID: <200504292334.FMLAAAAAA0.list@example.org>'],
      [line, '', 'Original mail as follows:', '', 'From: sender@example.org'],
    );

  it('read "not a member" as the list refusing the sender', async () => {
    const [r] = await parseEmail(fml('You sender@example.org are not member (list ML)', 'You are not a member of this mailing list <list@example.org>.'));
    expect(r).toMatchObject({ recipient: 'list@example.org', reason: 'rejected', hardBounce: false });
  });

  it("fall back on the Subject when the text is not fml's own", async () => {
    const [r] = await parseEmail(fml('Loop Alert: Duplicated Message-ID (list ML)', 'Something unexpected about <list@example.org>.'));
    expect(r).toMatchObject({ recipient: 'list@example.org', reason: 'systemerror' });
  });
});

describe('a notice that states no error', () => {
  it('is undefined (Sisimai: no diagnostic), though its opening lines are shown', async () => {
    const raw = email(
      ['From: MAILER-DAEMON@mx.example.org', 'To: sender@example.org', 'Subject: Delivery Status Notification (Failure)', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"'],
      [
        '--B',
        'Content-Type: text/plain',
        '',
        'This is an automatically generated Delivery Status Notification.',
        '',
        'Delivery to the following recipients failed permanently:',
        '',
        '--B',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.org',
        '',
        '--B',
        'Content-Type: message/rfc822',
        '',
        'From: sender@example.org',
        'To: user@example.net',
        'Subject: Hello',
        '',
        'Hello',
        '--B--',
      ],
    );
    const [r] = await parseEmail(raw);
    expect(r).toMatchObject({ recipient: 'user@example.net', bounce: true, reason: 'undefined', hardBounce: false });
    expect(r?.diagnosticCode).toMatch(/automatically generated/);
  });
});

describe('sendmail transcript', () => {
  it('reports the command as written: "User unknown" answered after DATA is a filter (Sisimai Filtered)', async () => {
    const raw = email(
      ['From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>', 'To: sender@example.org', 'Subject: Returned mail: see transcript for details'],
      [
        '   ----- The following addresses had permanent fatal errors -----',
        '<user@example.net>',
        '    (reason: 550 5.0.0 <user@example.net>... User unknown)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mx.example.net.:',
        '>>> DATA',
        '<<< 550 5.0.0 <user@example.net>... User unknown',
        '550 5.1.1 <user@example.net>... User unknown',
        '<<< 503 5.0.0 Need RCPT (recipient)',
      ],
    );
    const [r] = await parseEmail(raw);
    expect(r).toMatchObject({ recipient: 'user@example.net', command: 'DATA', rhost: 'mx.example.net', reason: 'filtered', hardBounce: false });
  });
});

describe('qmail session verdicts', () => {
  const qmail = (lines: string[]) =>
    email(
      ['From: MAILER-DAEMON@mx.example.org', 'To: sender@example.org', 'Subject: failure notice'],
      [
        'Hi. This is the qmail-send program at mx.example.org.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<user@example.net>:',
        ...lines,
        '',
        '--- Below this line is a copy of the message.',
      ],
    );

  it('files a refusal after HELO as blocked, whatever the reply says', async () => {
    const [r] = await parseEmail(qmail(['Connected to 192.0.2.1 but my name was rejected.', 'Remote host said: 501 5.0.0 Invalid domain name']));
    expect(r).toMatchObject({ command: 'HELO', reason: 'blocked', hardBounce: false });
  });

  it("files 'queue too long' as expired when qmail names no cause of its own", async () => {
    const [r] = await parseEmail(qmail(['unable to connect to remote server [192.0.2.1:25]: Operation timed out', "I'm not going to try again; this message has been in the queue too long."]));
    expect(r?.reason).toBe('expired');
  });

  it("keeps qmail's own network sentence before 'queue too long'", async () => {
    const [r] = await parseEmail(
      qmail(["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", "I'm not going to try again; this message has been in the queue too long."]),
    );
    expect(r?.reason).toBe('networkerror');
  });
});

describe('Exchange notices', () => {
  it('names RCPT for a relayed "unknown recipient or mailbox unavailable" refusal', async () => {
    const raw = email(
      ['From: Microsoft Outlook <postmaster@outlook.example>', 'To: sender@example.org', 'Subject: Undeliverable: Hello'],
      [
        'example.net rejected your message to the following email addresses:',
        '',
        'user@example.net (user@example.net)<mailto:user@example.net>',
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: SRV01.prod.outlook.example',
        '',
        'user@example.net',
        "Remote Server returned '550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 Unknown user user@example.net'",
        '',
        'Original message headers:',
      ],
    );
    const [r] = await parseEmail(raw);
    expect(r).toMatchObject({ recipient: 'user@example.net', command: 'RCPT', reason: 'userunknown', hardBounce: true });
  });

  it('prefers the new layout\'s "Reported error" line over the bare "Status code"', async () => {
    const raw = email(
      ['From: Microsoft Outlook <postmaster@outlook.example>', 'To: sender@example.org', 'Subject: Undeliverable: Hello'],
      [
        'Your message to user@example.net couldn\'t be delivered.',
        '',
        "user wasn't found at example.net.",
        '',
        'More Info for Email Admins',
        'Status code: 550 5.1.10',
        '',
        'Error Details',
        'Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
        'DSN generated by: SRV01.prod.outlook.example',
      ],
    );
    const [r] = await parseEmail(raw);
    expect(r).toMatchObject({ recipient: 'user@example.net', status: '5.1.10', reason: 'userunknown' });
    expect(r?.diagnosticCode).toMatch(/^550 5\.1\.10 RESOLVER\.ADR\.RecipientNotFound; Recipient not found by SMTP address lookup\b/);
  });
});
