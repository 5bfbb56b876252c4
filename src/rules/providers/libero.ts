// Italiaonline (Libero, Virgilio, Inwind, Blu, Giallo). Its help pages list the DSN texts its users
// meet (https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email, the same
// text on aiuto.virgilio.it); the "550 Invalid Domain ... LIB_420 / VIR_420" refusal is not documented by
// Italiaonline: its meaning below is the deliverability specialists' reading cited on the rule.

import type { ProviderTable } from '../../core/types.ts';

const HELP = {
  label: 'Libero: the most frequent error messages (Italian)',
  url: 'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email',
};

export default {
  id: 'libero',
  name: 'Libero / Virgilio (Italiaonline)',
  hosts: ['.libero.it', '.virgilio.it', '.iol.it', '.iol.local', '.italiaonline.it'],
  domains: ['libero.it', 'virgilio.it', 'inwind.it', 'blu.it', 'giallo.it', 'iol.it'],
  // Italiaonline's inbound servers name themselves smtp-NN.iol.local in every refusal.
  signatures: ['.iol.local', 'aiuto.libero.it', 'aiuto.virgilio.it'],
  codePatterns: [/\b((?:LIB|VIR|IOL)_\d{3})\b/gi],
  links: [HELP],
  rules: [
    {
      id: 'libero/invalid-domain',
      when: { providerCode: /^(?:LIB|VIR|IOL)_\d{3}$/, text: ['invalid domain'] },
      reason: 'authfailure',
      category: 'authentication',
      actor: 'sender',
      permanence: 'permanent',
      title: 'Sending domain check failed',
      summary:
        'Libero/Virgilio refused the message because a check on your sending domain failed; most often the From domain’s DMARC alignment (code LIB_/VIR_).',
      explanation:
        'Italiaonline does not document this refusal. Deliverability specialists who traced it found DMARC alignment failures behind most cases: an ESP sending for your domain without DKIM signing in your domain and without SPF for it. The host name in brackets (such as smtp-41.iol.local) is Italiaonline’s internal server, not your domain. When many unrelated senders see it on the same days, a temporary DNS problem upstream is the other known cause.',
      steps: {
        sender: [
          'Set up DKIM signing with your own domain at your ESP (a custom or “white-label” sending domain), so DMARC aligns.',
          'Check that SPF and DMARC for your From domain pass and align, with a test message to an address you control.',
          'If nothing changed on your side and the refusals started suddenly, ask your ESP whether other customers see the same code.',
        ],
      },
      source: 'https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-a-550-invalid-domain-error-from-virgilio-and-libero-and-how-can-it-be-resolved',
      examples: ['550 Invalid Domain [smtp-41.iol.local; LIB_420]', '550 Invalid Domain [smtp-12.iol.local; VIR_420]'],
    },
    {
      id: 'libero/relay-disabled',
      when: { text: ['relay disabled', 'relaying not allowed'] },
      reason: 'norelaying',
      actor: 'sender',
      summary: 'Libero/Virgilio would not relay the message: the mail program is not sending through the provider’s own outgoing (SMTP) server.',
      steps: { sender: ['Set the outgoing (SMTP) server of the mail program to the one your provider gives, with authentication on.'] },
      source: 'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email',
      examples: ['550 Relay Disabled (RELAYING NOT ALLOWED) - smtp-22.iol.local'],
      anywhere: false,
    },
    {
      id: 'libero/quota',
      when: { text: ['user quota exceeded', 'mailbox full'] },
      reason: 'mailboxfull',
      actor: 'recipient',
      summary: 'The recipient’s Libero/Virgilio mailbox is full.',
      source: 'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email',
      examples: ['552 MAILBOX FULL (User quota exceeded) - smtp-22.iol.local'],
    },
    {
      id: 'libero/no-such-user',
      when: { text: ['bad destination mailbox address', 'user unknown'], notText: ['quota'] },
      reason: 'userunknown',
      actor: 'sender',
      summary: 'Libero/Virgilio says this address does not exist.',
      source: 'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email',
      examples: ['550 BAD DESTINATION MAILBOX ADDRESS - USER UNKNOWN [smtp-30.iol.local]'],
    },
  ],
} satisfies ProviderTable;
