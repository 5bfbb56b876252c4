// The content script of the ESP hosts (manifest.json): SendGrid, Mailgun, Postmark, Amazon SES,
// SparkPost, Mailchimp Transactional (Mandrill), Brevo.

import brevo from './find/sites/brevo.ts';
import mailgun from './find/sites/mailgun.ts';
import mandrill from './find/sites/mandrill.ts';
import postmark from './find/sites/postmark.ts';
import sendgrid from './find/sites/sendgrid.ts';
import ses from './find/sites/ses.ts';
import sparkpost from './find/sites/sparkpost.ts';
import { run } from './index.ts';

run([sendgrid, mailgun, postmark, ses, sparkpost, mandrill, brevo]);
