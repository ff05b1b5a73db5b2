// A real SMTP server for tests (smtp-server, no TLS, any login accepted) that keeps what it
// receives. `failNext(n, code)` makes it refuse the next n messages with an SMTP reply code.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Delivered {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpPeer {
  url: string;
  delivered: Delivered[];
  /** Refuse the next n messages (RCPT TO) with this reply code. */
  failNext(n: number, code?: number): void;
  close(): Promise<void>;
}

export async function startSmtpPeer(): Promise<SmtpPeer> {
  const delivered: Delivered[] = [];
  let failures = 0;
  let failCode = 451;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (failures > 0) {
        failures--;
        const err = Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: failCode });
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        delivered.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    failNext(n, code = 451) {
      failures = n;
      failCode = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A delivered message or mail file as text: quoted-printable soft breaks and escapes undone. */
export function decodeMailText(raw: string): string {
  const qp = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < qp.length; i++) {
    const hex = qp[i] === '=' ? /^[0-9A-F]{2}$/.exec(qp.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(qp[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
