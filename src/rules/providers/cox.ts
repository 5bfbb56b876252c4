// Cox Communications (cox.net). Cox publishes its AUP# codes at
// https://www.cox.com/residential/support/email-error-codes.html; the meanings below follow that
// page as quoted in sisimai's Rhost::Cox (go-sisimai rhost/for-cox.go). Real replies read
// `550 5.1.0 <a> sender rejected. Refer to Error Codes section at https://www.cox.com/... AUP#CDRBL`
// and come from Cox's filter hosts `cxr.mx.a.cloudfilter.net` (shared/docs/providers.md §7).
// Cox's IPBL/URLBL codes are bit flags over external lists (IPBL: 1 Spamhaus ZEN, 10 Return Path,
// 100 Invaluement ivmSIP, 1000 Cloudmark CSI; URLBL: SURBL, Spamhaus DBL, ivmURI).

import type { ProviderTable } from '../../core/types.ts';

const CODES = { label: 'Cox: email error codes', url: 'https://www.cox.com/residential/support/email-error-codes.html' };
const SOURCE = 'https://www.cox.com/residential/support/email-error-codes.html';
const SISIMAI = 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-cox.go';

export default {
  id: 'cox',
  name: 'Cox',
  hosts: ['.cox.net', 'cxr.mx.a.cloudfilter.net'],
  domains: ['cox.net'],
  signatures: ['cox.com/residential/support/email-error-codes', 'cox.com/residential/support/cox-postmaster', /\bcox\.net\b/, /\bcox too many\b/],
  codePatterns: [/AUP#((?:CX|CDRBL|IPBL|URLBL)[A-Z0-9]*)/i],
  links: [CODES],
  rules: [
    {
      id: 'cox/ip-blocked',
      when: { providerCode: ['CXBL'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Cox has blocked the sending IP for spam-like behaviour (code CXBL).',
      explanation:
        'Cox blocks IPs that show spam-like behaviour. Removal is by e-mail request to Cox, and Cox decides at its own discretion whether to unblock. On a shared IP other senders may have caused it.',
      steps: {
        esp: [
          'Send your ESP the full bounce with the AUP#CXBL code and ask them to request an unblock from Cox (unblock.request@cox.net) or move your Cox traffic to another IP.',
          'Pause sends to cox.net from that IP meanwhile.',
        ],
        sender: [
          'Stop what looks like spam (complaints, bad addresses, sudden volume), then e-mail unblock.request@cox.net with the sending IP and the full bounce.',
          'Cox decides at its own discretion; restart slowly after the unblock.',
        ],
      },
      links: [CODES],
      source: SOURCE,
      examples: ['554 5.7.1 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.55 blocked - Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXBL'],
    },
    {
      id: 'cox/ip-blocked-24h',
      when: { providerCode: ['CDRBL'] },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Cox has temporarily blocked the sending IP (up to 24 hours) for spam-like behaviour (code CDRBL), even though the reply says "sender rejected".',
      explanation:
        'Cox returns CDRBL as a 550 "sender rejected", but it is not about the address: the sending IP is blocked for at most 24 hours depending on its reputation. The mail failed; resend after the block expires and check the traffic for spam.',
      steps: {
        esp: [
          'Tell your ESP the IP was blocked by Cox (AUP#CDRBL); the block lasts at most 24 hours.',
          'Keep the addresses and resend after the block has expired.',
        ],
        sender: [
          'Inspect recent traffic from the IP for spam-like patterns (complaints, bad addresses, sudden volume) and fix them.',
          'Resend to the Cox addresses after 24 hours.',
        ],
      },
      links: [CODES],
      source: SOURCE,
      examples: [
        '550 5.1.0 <bounce@mailer.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL',
      ],
    },
    {
      id: 'cox/list-blocked',
      when: { providerCode: /^IPBL\d{4,5}$/ },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Cox refused the mail because the sending IP is on an external block list (Spamhaus ZEN, Return Path, Invaluement or Cloudmark CSI, per the IPBL code).',
      explanation:
        'The IPBL code is a set of flags: ...0001 Spamhaus ZEN, ...0010 Return Path (Validity), ...0100 Invaluement ivmSIP, 1000 Cloudmark CSI; several ones mean several lists.',
      steps: {
        esp: [
          'Send your ESP the bounce with the IPBL code and the IP; only the IP owner can get it removed from those lists.',
          'Ask them to move your Cox traffic to a clean IP meanwhile.',
        ],
        sender: [
          'Decode the IPBL flags (1 = Spamhaus ZEN, 10 = Return Path, 100 = Invaluement, 1000 = Cloudmark CSI) and look the IP up on each list.',
          'Fix the cause, then request removal (Spamhaus, Invaluement, Validity) or a reset (Cloudmark CSI).',
        ],
      },
      links: [CODES, { label: 'Spamhaus: check an IP', url: 'https://check.spamhaus.org/' }, { label: 'Cloudmark CSI: reset request', url: 'https://csi.cloudmark.com/en/reset/' }],
      source: SISIMAI,
      examples: ['554 5.7.1 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.8 blocked - Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#IPBL1000'],
    },
    {
      id: 'cox/url-listed',
      when: { providerCode: /^URLBL\d{3,4}$/ },
      reason: 'spamdetected',
      category: 'blocklist',
      actor: 'sender',
      summary: 'Cox refused the message because a link in it points to a domain on a URL block list (SURBL, Spamhaus DBL or ivmURI).',
      explanation: 'The block is about a domain in the message body, not the sending IP: every domain linked from the message (including tracking, image and shortener domains) counts.',
      steps: {
        sender: [
          'Check every domain linked in the message against SURBL, Spamhaus DBL and Invaluement ivmURI; remove or replace the listed one (often a URL shortener or a tracking domain).',
          'If the listed domain is yours, fix the cause and request delisting from that list.',
        ],
      },
      links: [CODES, { label: 'Spamhaus: check a domain', url: 'https://check.spamhaus.org/' }],
      source: SISIMAI,
      examples: ['552 5.7.0 cxr.mx.a.cloudfilter.net cmsmtp message rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#URLBL011'],
    },
    {
      id: 'cox/reverse-dns',
      when: { providerCode: ['CXDNS'] },
      reason: 'requireptr',
      category: 'authentication',
      actor: 'esp',
      summary: 'Cox refused the connection because the reverse DNS (PTR) lookup of the sending IP failed (code CXDNS).',
      steps: {
        esp: ['Ask your ESP to check the PTR record of the sending IP; once it resolves, Cox asks to wait 24 hours and resend.'],
        sender: ['Check the PTR record of your sending IP (forward and reverse must match); if it passes, wait 24 hours and resend, as Cox advises.'],
      },
      source: SOURCE,
      examples: ['554 5.7.1 cxr.mx.a.cloudfilter.net cmsmtp 198.51.100.4 rejected - Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXDNS'],
    },
    {
      id: 'cox/no-rdns',
      when: { text: ['rejected - no rdns', 'dns check failure - try again later'] },
      reason: 'requireptr',
      category: 'authentication',
      actor: 'esp',
      summary: 'Cox refused the connection because the sending IP has no valid reverse DNS (PTR) record.',
      steps: {
        esp: ['Ask your ESP to give the sending IP a valid PTR record.'],
        sender: ['Have the owner of the IP block set a PTR record for the sending IP that resolves back to it.'],
      },
      source: SISIMAI,
      examples: ['554 cox.net cmsmtp 198.51.100.5 rejected - no rDNS'],
    },
    {
      id: 'cox/sender-authentication',
      when: { providerCode: ['CXSNDR'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Cox rejected the message because it failed SPF, DomainKeys or DKIM checks for the sending domain (code CXSNDR).',
      steps: {
        sender: [
          'Make sure SPF authorises the servers you send from, and DKIM-sign with your own domain.',
          'Check that the From domain is yours and aligned with the SPF or DKIM domain.',
        ],
      },
      source: SOURCE,
      examples: ['550 5.1.0 <news@example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXSNDR'],
    },
    {
      id: 'cox/smtp-violation',
      when: { providerCode: ['CXSMTP'] },
      reason: 'rejected',
      category: 'policy',
      actor: 'esp',
      summary: 'Cox rejected the mail for an SMTP protocol violation: it could not verify that it came from a legitimate mail server (code CXSMTP).',
      steps: {
        esp: ['Ask your ESP to check the SMTP session (HELO name, command order, pipelining) with Cox.'],
        sender: ['Check your server’s SMTP behaviour: a valid HELO host name, correct command order, no data before the greeting.'],
      },
      source: SOURCE,
      examples: ['554 5.7.1 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.90 rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXSMTP'],
    },
    {
      id: 'cox/too-many-connections',
      when: { providerCode: ['CXCNCT'] },
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Cox refused a connection because the sending IP opened too many at once (more than 10 concurrent, code CXCNCT).',
      steps: { none: ['Retries go through. If it keeps happening, limit the sending server to fewer than 10 concurrent connections to Cox.'] },
      source: SOURCE,
      examples: ['421 4.7.0 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.90 too many connections. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXCNCT'],
    },
    {
      id: 'cox/too-many-recipients',
      when: { providerCode: ['CXMXRT'] },
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'sender',
      summary: 'Cox refused the message because the sender has mailed too many recipients and must wait before sending more (code CXMXRT).',
      steps: { sender: ['Send to fewer Cox recipients per message and per hour, and resend the refused ones later.'] },
      source: SOURCE,
      examples: ['550 5.1.0 cxr.mx.a.cloudfilter.net cmsmtp too many recipients. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXMXRT'],
    },
    {
      id: 'cox/account-restricted',
      when: { providerCode: ['CXTHRT', 'CXMJ'] },
      reason: 'securityerror',
      category: 'policy',
      actor: 'sender',
      summary: 'Cox limited or blocked sending from the Cox account because of suspicious account activity (code CXTHRT/CXMJ).',
      explanation: 'These codes concern mail sent through a Cox account (smtp.cox.net), not mail sent to Cox. They usually follow a compromised password.',
      steps: { sender: ['Change the Cox account password, check the device for malware, and contact Cox support to lift the restriction.'] },
      source: SISIMAI,
      examples: ['550 5.7.1 Email sending limited due to suspicious account activity. AUP#CXTHRT'],
    },
    {
      id: 'cox/invalid-recipients',
      when: { text: ['too many invalid recipients', 'cox too many bad commands'] },
      reason: 'blocked',
      category: 'reputation',
      actor: 'esp',
      summary: 'Cox blocked the sending IP because it sent to too many invalid addresses (or repeated bad commands).',
      steps: {
        esp: ['Ask your ESP to pause Cox traffic from that IP; the block is temporary.'],
        sender: ['Remove invalid Cox addresses from your list (validate old lists) before you send again.'],
      },
      source: SISIMAI,
      examples: ['421 4.7.0 cox.net cmsmtp 192.0.2.7 too many invalid recipients'],
    },
    {
      id: 'cox/connection-limits',
      when: { text: ['too many sessions from', 'message threshold exceeded', 'requested action aborted: try again later'] },
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Cox temporarily refused the connection: the sending IP exceeded Cox’s connection or per-session message limits.',
      steps: { none: ['Retries go through. If it persists, lower concurrent connections and messages per connection to Cox.'] },
      source: SISIMAI,
      examples: ['421 cox.net cmsmtp too many sessions from 198.51.100.70'],
    },
    {
      id: 'cox/forbidden-attachment',
      when: { text: ['attachment extension is forbidden'] },
      reason: 'policyviolation',
      category: 'content',
      actor: 'sender',
      summary: 'Cox rejected the message because it carries an attachment type that Cox forbids (.exe, .js, .scr, .bat and similar).',
      steps: { sender: ['Remove the attachment or share the file through a link instead.'] },
      source: SISIMAI,
      examples: ['552 5.7.0 cox.net cmsmtp attachment extension is forbidden'],
    },
    {
      id: 'cox/sender-domain',
      when: { text: ['sender rejected'], notText: [/aup#/] },
      reason: 'rejected',
      category: 'domain_error',
      actor: 'sender',
      summary: 'Cox rejected the envelope sender: the sender domain must resolve to a valid MX or A record.',
      steps: { sender: ['Make sure the domain of your envelope sender (Return-Path) has valid MX or A records in DNS.'] },
      source: SISIMAI,
      examples: ['550 5.1.0 <bounce@mailer.example.com> sender rejected - cox.net'],
    },
    {
      id: 'cox/recipient-rejected',
      when: { text: ['recipient rejected'] },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      summary: 'Cox says the address is not a valid Cox mailbox.',
      steps: { sender: ['Remove or correct the address.'] },
      source: SISIMAI,
      examples: ['550 5.1.1 <nobody@cox.net> recipient rejected'],
    },
  ],
} satisfies ProviderTable;
