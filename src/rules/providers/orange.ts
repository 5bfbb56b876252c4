// Orange / Wanadoo (orange.fr, wanadoo.fr) and La Poste (laposte.net). Both answer in French and
// English and end with a code: Orange `OFR_506`, `OFR006_102`, La Poste `LPN007_426`; the last three
// digits carry the meaning. Meanings follow sisimai's Rhost::FrancePTT (go-sisimai
// rhost/for-franceptt.go), built from https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/
// and https://smtpfieldmanual.com/provider/orange. Orange filters with Cloudmark, so IP blocks link
// to csi.cloudmark.com (shared/docs/providers.md §9). The text wins over the DSN: Orange sends
// "552 5.1.1 ... Recipient overquota. OFR_417" for a full mailbox (p5-sisimai#189 for OFR_506).

import type { ProviderTable } from '../../core/types.ts';

const POSTMASTER = { label: 'Orange postmaster', url: 'https://postmaster.orange.fr/' };
const CSI = { label: 'Cloudmark CSI: reset request', url: 'https://csi.cloudmark.com/en/reset/' };
const SISIMAI = 'https://github.com/sisimai/go-sisimai/blob/main/rhost/for-franceptt.go';
// "Service refuse. Veuillez essayer plus tard." codes (sisimai: 103/510/999 blocked, others unset).
const REFUSED = /(?:103|105|107|108|109|201|423|424|510|999)$/;

export default {
  id: 'orange',
  name: 'Orange / La Poste',
  hosts: ['.orange.fr', '.wanadoo.fr', '.laposte.net'],
  domains: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
  signatures: [/\bmwinf\w+ me\b/, /\b(?:orange|wanadoo)\.fr\b/, /\blaposte\.net\b/],
  codePatterns: [/\b((?:OFR|LPN|OUK)[A-Z0-9]{0,6}_\d{3}|LPN\d{3})\b/i],
  links: [POSTMASTER],
  rules: [
    {
      id: 'orange/ip-blocklisted',
      when: { providerCode: /(?:101|102)$/ },
      reason: 'blocked',
      category: 'blocklist',
      actor: 'esp',
      summary: 'Orange / La Poste refused the connection because the sending IP is blocked for spam (Orange links to Cloudmark CSI, La Poste to Spamhaus or SenderScore).',
      explanation:
        '"Adresse IP source bloquee pour incident de spam" means the IP, not the message, is blocked. Orange uses Cloudmark, which resets an IP’s statistics on request; La Poste points to Spamhaus or SenderScore. On a shared IP other senders may be the cause.',
      steps: {
        esp: [
          'Send your ESP the full bounce (with the OFR/LPN code and the link in it) and ask them to request a reset or delisting for the IP, or to move your Orange/La Poste traffic to a clean IP.',
          'Keep the addresses: the mailboxes were not the problem.',
        ],
        sender: [
          'Open the link in the bounce (Cloudmark CSI reset, Spamhaus or SenderScore lookup) and request a reset or removal for your sending IP.',
          'Fix the cause first (complaints, spam traps, bought or old lists), then resume sending to Orange slowly.',
        ],
      },
      links: [CSI, POSTMASTER],
      source: SISIMAI,
      examples: [
        '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.10 [102]',
        '550 5.5.0 Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services. The emails sent to the mail host Laposte.net were blocked by our services. https://senderscore.org/blacklistlookup/ LPN007_102',
      ],
    },
    {
      id: 'orange/service-refused-deferral',
      when: { providerCode: REFUSED, replyCode: ['4xx'] },
      reason: 'blocked',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Orange / La Poste temporarily refused the connection ("Service refuse, veuillez essayer plus tard"); the sending server will retry.',
      explanation:
        'Orange and La Poste answer "Service refused, please try later" when they slow down a sending IP. As a 4xx deferral it is retried automatically. If it never clears, the IP’s reputation with Orange is the problem and the ESP must act.',
      steps: { none: ['Let the sending server retry. If Orange keeps refusing for a day or more, ask your ESP to check the IP’s reputation (Cloudmark CSI) and slow down.'] },
      source: SISIMAI,
      examples: ['421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]'],
    },
    {
      id: 'orange/service-refused',
      when: { providerCode: REFUSED },
      reason: 'blocked',
      category: 'reputation',
      actor: 'esp',
      summary: 'Orange / La Poste refused the mail from the sending IP ("Service refuse") as a final failure; this points to the IP’s reputation.',
      explanation:
        'The same "Service refused, please try later" text returned with a 5xx code ends delivery of this message. Orange filters with Cloudmark, so the sending IP’s reputation there is the first thing to check.',
      steps: {
        esp: ['Send your ESP the bounce with the OFR/LPN code and ask them to check the IP’s Cloudmark CSI reputation and to slow down delivery to Orange and La Poste.'],
        sender: ['Check the sending IP at Cloudmark CSI, request a reset if it is poor, slow down delivery to Orange and La Poste, and resend later.'],
      },
      links: [CSI],
      source: SISIMAI,
      examples: [
        '550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]',
        '550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN005_510 (in reply to end of DATA command)',
      ],
    },
    {
      id: 'orange/too-many-connections',
      when: { providerCode: /104$/ },
      reason: 'toomanyconn',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Orange / La Poste refused a connection because the sending server opened too many ("Trop de connexions, slow down").',
      steps: { none: ['Let the sending server retry; if it is constant, lower the concurrent connections to Orange.'] },
      source: SISIMAI,
      examples: ['421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]'],
    },
    {
      id: 'orange/refused-after-data',
      when: { providerCode: /505$/ },
      reason: 'systemerror',
      category: 'rate_limit',
      actor: 'none',
      summary: 'Orange / La Poste temporarily refused the message after receiving it ("Service refuse ... try later"); it will be retried.',
      steps: { none: ['Let the sending server retry; persistent refusals point to sending volume or IP reputation.'] },
      source: SISIMAI,
      examples: ['421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505] (in reply to end of DATA command)'],
    },
    {
      id: 'orange/smtp-auth',
      when: { providerCode: /(?:305|402)$/ },
      reason: 'securityerror',
      category: 'relay_denied',
      actor: 'sender',
      summary: 'Orange / La Poste refused to accept the mail for sending: SMTP authentication is missing or invalid.',
      steps: { sender: ['Check the user name and password set for the outgoing (SMTP) server in the mail program.'] },
      source: SISIMAI,
      examples: ['550 5.5.0 Authentification requise. Authentication Required. LPN105_402'],
    },
    {
      id: 'orange/spf',
      when: { providerCode: /401$/ },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Orange / La Poste rejected the message because the sending server is not allowed by the sender domain’s SPF record.',
      steps: { sender: ['Add your sending servers (your ESP’s include) to the SPF record of the envelope sender domain.'] },
      source: SISIMAI,
      examples: ['550 5.5.0 SPF: 192.0.2.50 is not allowed to send mail. LPN004_401'],
    },
    {
      id: 'orange/spf-dns',
      when: { text: ['spf/dns de votre nom de domaine', 'spf check failed, please verify the spf/dns'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'Orange refused the sender because the SPF check of the sender domain failed; Orange asks to verify the domain’s SPF/DNS setup.',
      steps: { sender: ['Check that the envelope sender domain resolves and that its SPF record authorises your sending servers.'] },
      source: SISIMAI,
      examples: ['421 smtp.orange.fr [192.0.2.1] Emetteur invalide, Veuillez verifier la configuration SPF/DNS de votre nom de domaine. Invalid Sender. SPF check failed, please verify the SPF/DNS configuration for your domain name.'],
    },
    {
      id: 'orange/invalid-sender',
      when: { providerCode: /(?:403|405|415|421)$/ },
      reason: 'rejected',
      category: 'policy',
      actor: 'sender',
      summary: 'Orange / La Poste refused the envelope sender address as invalid ("Emetteur invalide").',
      steps: { sender: ['Check the envelope sender (Return-Path): a real address whose domain exists, resolves and passes SPF; when sending through Orange, use your own Orange address.'] },
      source: SISIMAI,
      examples: ['501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405] (in reply to MAIL FROM command)'],
    },
    {
      id: 'orange/invalid-recipient',
      when: { providerCode: /416$/ },
      reason: 'userunknown',
      category: 'user_unknown',
      actor: 'sender',
      summary: 'Orange / La Poste says the recipient address does not exist ("destinataire invalide").',
      steps: { sender: ['Remove or correct the address.'] },
      source: SISIMAI,
      examples: ['550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)'],
    },
    {
      id: 'orange/mailbox-full',
      when: { providerCode: /417$/ },
      reason: 'mailboxfull',
      category: 'mailbox_full',
      actor: 'recipient',
      summary: 'The recipient’s Orange mailbox is full ("Boite du destinataire pleine"), even though the code says 5.1.1.',
      steps: { recipient: ['The recipient must free space; the address itself is valid, so keep it and resend later.'] },
      source: SISIMAI,
      examples: ['552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417] (in reply to RCPT TO command)'],
    },
    {
      id: 'orange/mailbox-disabled',
      when: { providerCode: /(?:420|426)$/ },
      reason: 'suspend',
      category: 'mailbox_disabled',
      actor: 'recipient',
      summary: 'The recipient’s Orange / La Poste mailbox is archived or blocked, so it accepts no mail.',
      steps: { recipient: ['Only the account owner can reactivate the mailbox; stop mailing it until they do.'] },
      source: SISIMAI,
      examples: ['550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426 (in reply to RCPT TO command)'],
    },
    {
      id: 'orange/spam-content',
      when: { providerCode: /(?:506|513)$/ },
      reason: 'spamdetected',
      category: 'content',
      actor: 'sender',
      summary: 'Orange rejected the message itself as spam ("Mail rejete"), even though the code may say 5.2.0.',
      explanation: 'OFR_506 comes after the message was received: Orange’s filter (Cloudmark/Vade) judged its content. The recipient address is valid.',
      steps: {
        sender: [
          'Review the content and links (URL shorteners, listed domains, image-only mails) and make sure SPF, DKIM and DMARC pass.',
          'Keep the address; test a plain message before resending.',
        ],
      },
      source: SISIMAI,
      examples: ['550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]'],
    },
    {
      id: 'orange/too-large',
      when: { providerCode: /514$/ },
      reason: 'mesgtoobig',
      category: 'message_too_large',
      actor: 'sender',
      summary: 'Orange / La Poste rejected the message because it exceeds the size limit ("Taille limite du message atteinte").',
      steps: { sender: ['Reduce the message size or share attachments as links.'] },
      source: SISIMAI,
      examples: ['552 5.3.4 Taille limite du message atteinte. Message size limit exceeded. OFR004_514 [514]'],
    },
    {
      id: 'orange/dmarc',
      when: { providerCode: /517$/ },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      summary: 'La Poste / Orange rejected the message because DMARC verification of the From domain failed.',
      steps: { sender: ['Make SPF or DKIM pass with a domain aligned to your From address, then resend.'] },
      source: SISIMAI,
      examples: ['571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517'],
    },
    {
      id: 'orange/client-host-rejected',
      when: { providerCode: /630$/ },
      reason: 'policyviolation',
      category: 'policy',
      actor: 'esp',
      summary: 'La Poste refused the sending host by local policy ("Client host rejected").',
      steps: {
        esp: ['Send your ESP the bounce; the sending host or IP is refused by La Poste’s policy.'],
        sender: ['Check the sending IP’s reverse DNS and reputation; contact La Poste’s postmaster with the bounce if it persists.'],
      },
      source: SISIMAI,
      examples: ['554 5.7.1 <mta.example.net[192.0.2.77]:49309>: Client host rejected: #216 lpn LPN000_630'],
    },
  ],
} satisfies ProviderTable;
