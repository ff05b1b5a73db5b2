// Outgoing mail, through a transactional outbox. Other areas use only this file:
//   queueMail(tx, { to, template, link })  — in the transaction of the event that causes the mail
//   MAIL_TEMPLATE_LABELS                    — member_attention, reporter_news
//   getMailStatus(ctx, input)               — queued, sent and stuck messages, for the admin page
// The server's mail worker (src/jobs/mail-worker.ts) sends; see README "Mail" for SMTP settings.
export { queueMail } from './queue-mail';
export { MAIL_TEMPLATE_LABELS } from './messages';
export { countOutbox, getMailStatus, STUCK_AFTER_ATTEMPTS, type MailStatus } from './mail-status';
export { claimDueMail, markMailFailed, markMailSent, backoffDelay, DEFAULT_BACKOFF, type Backoff } from './outbox';
export { failureReason, fileTransport, mailTransportFor, smtpTransport, type MailSetup, type MailTransport } from './transport';
export { queueComposedMail } from './queue-mail';
