// Product names for the supported hosts, so the options page says "Gmail", not only a host name.
// Data only; a host missing here is shown by its name alone.

export const SITE_NAMES: Record<string, string> = {
  'mail.google.com': 'Gmail',
  'outlook.live.com': 'Outlook.com',
  'outlook.office.com': 'Outlook (Microsoft 365)',
  'outlook.office365.com': 'Outlook (Microsoft 365)',
  'outlook.cloud.microsoft': 'Outlook (Microsoft 365)',
  'mail.yahoo.com': 'Yahoo Mail',
  'mail.aol.com': 'AOL Mail',
  'www.icloud.com': 'iCloud Mail',
  'app.fastmail.com': 'Fastmail',
  'www.fastmail.com': 'Fastmail',
  'mail.proton.me': 'Proton Mail',
  'mail.zoho.com': 'Zoho Mail',
  'mail.zoho.eu': 'Zoho Mail (EU)',
  'app.sendgrid.com': 'SendGrid',
  'app.mailgun.com': 'Mailgun',
  'account.postmarkapp.com': 'Postmark',
  'console.aws.amazon.com': 'Amazon SES console',
  'app.sparkpost.com': 'SparkPost',
  'app.eu.sparkpost.com': 'SparkPost (EU)',
  'mandrillapp.com': 'Mailchimp Transactional (Mandrill)',
  'app.brevo.com': 'Brevo',
  'app.mailjet.com': 'Mailjet',
};
