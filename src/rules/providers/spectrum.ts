// Spectrum / Charter / Roadrunner (charter.net, spectrum.net, rr.com, twc.com). Spectrum documents
// its AUP# codes at https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes:
// `AUP#I-nnnn` for mail coming in to Spectrum, `AUP#O-nnnn` for mail sent out by Spectrum users
// (real texts also write `AUP#In-1310`). The ranges below follow that page as quoted in sisimai's
// Rhost::Spectrum (go-sisimai rhost/for-spectrum.go). The code wins over the DSN: p5-sisimai#395
// had "550 5.1.0 ... sender rejected AUP#In-1310" misread as an unknown user (shared/docs/sisimai.md).

import type { ProviderTable } from '../../core/types.ts';

const CODES = { label: 'Spectrum: understanding email error codes', url: 'https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes' };
const SOURCE = 'https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes';

export default {
  id: 'spectrum',
  name: 'Spectrum (Charter)',
  hosts: ['.charter.net', '.spectrum.net', '.rr.com', '.twc.com'],
  domains: ['charter.net', 'spectrum.net', 'rr.com', 'roadrunner.com', 'twc.com', 'brighthouse.com'],
  signatures: ['understanding-email-error-codes', /\bcharter\.net\b/],
  codePatterns: [/AUP#((?:IN?|O(?:UT?)?)-\d{4})/i],
  links: [CODES],
  rules: [
    {
      id: 'spectrum/ip-blocked',
      when: { providerCode: /-1000$/ },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Spectrum blocked the sending IP because of suspicious activity (code AUP#1000).',
      explanation:
        'For IPs that Spectrum did not issue, Spectrum says the block stays until it expires; there is no removal request. On a shared IP other senders may have caused it.',
      steps: {
        esp: ['Send your ESP the bounce with the AUP code and the IP and ask them to route Spectrum mail through another IP until the block expires.'],
        sender: ['Find and stop the suspicious traffic from the IP; the block expires by itself, then resume slowly.'],
      },
      source: SOURCE,
      examples: ['554 5.7.1 Your IP address has been blocked due to suspicious activity. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1000'],
    },
    {
      id: 'spectrum/account-blocked',
      when: { providerCode: /-10[1-8]\d$/ },
      reason: 'rejected',
      category: 'policy',
      actor: 'sender',
      summary: 'Spectrum blocked or limited sending from this email account because of suspicious activity (codes AUP#1010–1080).',
      steps: { sender: ['Change all Spectrum passwords, check the devices for malware, then contact Spectrum to remove the block.'] },
      source: SOURCE,
      examples: ['550 5.7.1 This email account has been blocked from sending emails due to suspicious activity. AUP#O-1010'],
    },
    {
      id: 'spectrum/reverse-dns',
      when: { providerCode: /-11(?:[0-4]\d|50)$/ },
      reason: 'requireptr',
      category: 'authentication',
      actor: 'esp',
      summary: 'Spectrum refused the connection because the sending IP fails its DNS checks: it needs full-circle reverse DNS (codes AUP#1100–1150).',
      steps: {
        esp: ['Ask your ESP to fix the PTR record of the sending IP so that forward and reverse DNS match.'],
        sender: ['Give the sending IP a PTR record whose host name resolves back to the same IP ("full circle DNS"), then resend.'],
      },
      source: SOURCE,
      examples: ['550 5.7.1 The IP address you are trying to connect from has an issue with the Domain Name System. AUP#I-1100'],
    },
    {
      id: 'spectrum/domain-policy',
      when: { providerCode: /-1(?:1[6-8]\d|190)$/ },
      reason: 'policyviolation',
      category: 'policy',
      actor: 'sender',
      summary: 'Spectrum refused the message because it goes against the sending domain’s security policy (codes AUP#1160–1190).',
      explanation: 'Spectrum words this as "contact the email administrators of your domain": the sending domain’s own published policy (SPF, DKIM, DMARC) did not allow this mail.',
      steps: { sender: ['Check that SPF, DKIM and DMARC of your sending domain allow the servers you send from, and align with your From domain.'] },
      source: SOURCE,
      examples: ['550 5.7.1 The email you tried to send goes against your domain’s security policies. AUP#I-1160'],
    },
    {
      id: 'spectrum/cloudmark',
      when: { providerCode: /-12[01]\d$/ },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Spectrum refused the mail because Cloudmark Sender Intelligence (CSI) flagged the sending IP as a potential spam source (codes AUP#1200–1210).',
      explanation:
        'Spectrum asks the "IP administrator" to request a Cloudmark reset; Cloudmark decides on its own. On a shared IP that is the ESP.',
      steps: {
        esp: ['Send your ESP the bounce and ask them to request a Cloudmark CSI reset for the sending IP or to move your Spectrum traffic to a clean IP.'],
        sender: ['Look up the sending IP at Cloudmark CSI and request a reset; fix the cause (complaints, traps, bad lists) first.'],
      },
      links: [{ label: 'Cloudmark CSI: reset request', url: 'https://csi.cloudmark.com/en/reset/' }, CODES],
      source: SOURCE,
      examples: ['554 5.7.1 The IP address you are trying to send from has been flagged by Cloudmark CSI as potential spam. AUP#I-1200'],
    },
    {
      id: 'spectrum/spamhaus',
      when: { providerCode: /-12[2-5]\d$/ },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Spectrum refused the mail because the sending IP is on a Spamhaus block list (codes AUP#1220–1250).',
      steps: {
        esp: ['Send your ESP the bounce; the owner of the IP must contact Spamhaus to get it removed.'],
        sender: ['Look the IP up at check.spamhaus.org, fix the cause and request removal.'],
      },
      links: [{ label: 'Spamhaus: check an IP', url: 'https://check.spamhaus.org/' }, CODES],
      source: SOURCE,
      examples: ['554 5.7.1 Your IP address has been blacklisted by Spamhaus. AUP#I-1230'],
    },
    {
      id: 'spectrum/no-ipv6',
      when: { providerCode: /-1260$/ },
      reason: 'networkerror',
      category: 'network',
      actor: 'esp',
      summary: 'Spectrum does not accept mail over IPv6; the sending server must connect over IPv4 (code AUP#1260).',
      steps: {
        esp: ['Ask your ESP to deliver to Spectrum over IPv4.'],
        sender: ['Configure the sending server to use IPv4 for Spectrum domains.'],
      },
      source: SOURCE,
      examples: ['550 5.7.1 Spectrum does not process IPV6 addresses. AUP#I-1260'],
    },
    {
      id: 'spectrum/connection-limit',
      when: { providerCode: /-13[0-4]\d$/ },
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'esp',
      summary: 'Spectrum limited the connections from the sending IP (codes AUP#1300–1340); the limits depend on the IP’s reputation.',
      explanation:
        'Spectrum limits concurrent and total connections per sending IP, and the limits vary with the reputation of the IP. Spectrum sometimes answers with a 550 "sender rejected", which fails the message even though the address is fine.',
      steps: {
        esp: [
          'Ask your ESP to reduce concurrent connections to Spectrum (charter.net, rr.com, spectrum.net) from this IP.',
          'Keep the addresses and resend the refused messages later.',
        ],
        sender: ['Reduce concurrent connections to Spectrum from your IP and resend the refused messages later; improve the IP’s reputation to get higher limits.'],
      },
      source: SOURCE,
      examples: ['550 5.1.0 <bounce@mailer.example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310'],
    },
    {
      id: 'spectrum/volume-limit',
      when: { providerCode: /-1(?:3[5-9]\d|4[0-9]\d)$/ },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'esp',
      summary: 'Spectrum limited the mail from the sending IP by volume, recipient count, spam potential or invalid recipients (codes AUP#1350–1490).',
      steps: {
        esp: ['Ask your ESP to spread Spectrum traffic from this IP over more time; deferred messages are retried automatically.'],
        sender: ['Spread Spectrum traffic over more time, remove invalid addresses, and resend what was refused.'],
      },
      source: SOURCE,
      examples: ['421 4.7.0 Too many messages from your IP address. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes AUP#I-1400'],
    },
    {
      id: 'spectrum/wrong-from',
      when: { providerCode: /-15[02]0$/ },
      reason: 'rejected',
      category: 'policy',
      actor: 'sender',
      summary: 'Spectrum refused to send the mail because the From address differs from the account you signed in with (codes AUP#1500/1520).',
      steps: { sender: ['Send from the address you authenticate as, or from a domain Spectrum hosts for you.'] },
      source: SOURCE,
      examples: ['550 5.7.1 Your email was rejected for attempting to send as a different email address than you signed in under. AUP#O-1500'],
    },
    {
      id: 'spectrum/too-large',
      when: { providerCode: /-1530$/ },
      reason: 'mesgtoobig',
      category: 'message_too_large',
      actor: 'sender',
      summary: 'Spectrum rejected the message because it is larger than its 20 MB limit (code AUP#1530).',
      steps: { sender: ['Send the attachment as a link or reduce the message below 20 MB (encoding adds about a third).'] },
      source: SOURCE,
      examples: ['552 5.3.4 Your email was rejected because it is larger than the maximum size of 20MB. AUP#I-1530'],
    },
    {
      id: 'spectrum/session-limits',
      when: { providerCode: /-15[458]0$/ },
      reason: 'speeding',
      category: 'rate_limit',
      actor: 'sender',
      summary: 'Spectrum deferred or rejected the mail for too many messages in one session or too many recipients (codes AUP#1540/1550/1580).',
      steps: { sender: ['Send fewer messages per connection and fewer recipients per message, and retry the refused ones later.'] },
      source: SOURCE,
      examples: ['452 4.5.3 Your email was rejected for having too many recipients in one message. AUP#O-1550'],
    },
    {
      id: 'spectrum/invalid-recipients',
      when: { providerCode: /-1560$/ },
      reason: 'policyviolation',
      category: 'reputation',
      actor: 'sender',
      summary: 'Spectrum rejected the mail because it went to too many invalid recipients (code AUP#1560).',
      steps: { sender: ['Remove invalid addresses from the list (validate old data) and try again later.'] },
      source: SOURCE,
      examples: ['550 5.7.1 Your email was rejected for having too many invalid recipients. AUP#O-1560'],
    },
  ],
} satisfies ProviderTable;
