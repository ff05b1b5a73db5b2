// Where the mail worker hands messages: an SMTP server (nodemailer) when one is configured, else
// files in the data directory (mail/<id>.eml, mode 0600), so that a fresh install loses nothing
// and the admin page can say that mail is not being delivered.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { ensurePrivateDir, ensurePrivateFile } from '../../config/private-files';

export interface OutgoingMail {
  /** The outbox row's id: also the file name, and part of the Message-ID (a retry is recognisable). */
  id: string;
  from: string;
  to: string;
  subject: string;
  body: string;
}

/** What the admin page may say about the transport: never a password. */
export type MailSetup = { mode: 'smtp'; server: string } | { mode: 'files'; dir: string };

export interface MailTransport {
  readonly setup: MailSetup;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

// Plain text; nodemailer sends it as 7bit when it can, else quoted-printable (long links, names
// outside ASCII). Decode with decodeMailText (test/helpers/smtp-peer.ts) before searching it.
function message(mail: OutgoingMail, domain: string) {
  return { from: mail.from, to: mail.to, subject: mail.subject, text: mail.body, messageId: `<${mail.id}@${domain}>` };
}

const domainOf = (address: string) => address.split('@')[1] ?? 'candor.invalid';

/** The server part of an SMTP URL, without user or password. */
export function smtpServerName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}`;
  } catch {
    return 'the configured SMTP server';
  }
}

export function smtpTransport(url: string, opts: { timeoutMs?: number } = {}): MailTransport {
  const t = opts.timeoutMs ?? 30_000;
  const transporter = nodemailer.createTransport({ url, connectionTimeout: t, greetingTimeout: t, socketTimeout: t });
  return {
    setup: { mode: 'smtp', server: smtpServerName(url) },
    async send(mail) {
      await transporter.sendMail(message(mail, domainOf(mail.from)));
    },
    close: () => transporter.close(),
  };
}

export function fileTransport(dir: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    setup: { mode: 'files', dir },
    async send(mail) {
      const info = await builder.sendMail(message(mail, domainOf(mail.from)));
      ensurePrivateDir(dir, false);
      const file = path.join(dir, `${mail.id}.eml`);
      writeFileSync(file, info.message as Buffer, { mode: 0o600 });
      ensurePrivateFile(file); // the mode above applies only to a file it creates
    },
    close: () => builder.close(),
  };
}

export function mailTransportFor(args: { smtpUrl: string | null; dataDir: string }): MailTransport {
  return args.smtpUrl ? smtpTransport(args.smtpUrl) : fileTransport(path.join(args.dataDir, 'mail'));
}

/**
 * A failure's reason for the outbox and the log: nodemailer's error code and the SMTP reply code,
 * never the message (an SMTP server's answer often quotes the recipient's address).
 */
export function failureReason(e: unknown): string {
  const err = e as { code?: unknown; responseCode?: unknown; name?: unknown };
  const code = typeof err?.code === 'string' && /^[A-Z_]{2,40}$/.test(err.code) ? err.code : null;
  const reply = typeof err?.responseCode === 'number' ? String(err.responseCode) : null;
  const name = typeof err?.name === 'string' && /^[A-Za-z]{1,40}$/.test(err.name) ? err.name : 'Error';
  return [code ?? name, reply].filter(Boolean).join(' ');
}
