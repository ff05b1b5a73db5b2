// The operator's log: pino, JSON lines on stderr (stdout carries the lines `candor serve` prints
// for people and scripts). Log calls pass only what is safe — ids, route patterns, status codes,
// counts, error codes — and the redaction below is the second line: any field that could carry an
// address, a client's identity, a credential or case text is replaced, wherever it sits.
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Field names that must never reach the log with their value. */
export const REDACTED_FIELDS = [
  'email', 'to', 'from', 'address', 'toAddress', 'recipient',
  'ip', 'remoteAddress', 'userAgent', 'user-agent', 'headers', 'cookie', 'authorization',
  'password', 'totp', 'token', 'secret', 'smtpUrl', 'url', 'path', 'query',
  'narrative', 'body', 'text', 'subject', 'details', 'reason', 'codeName', 'displayName',
];

// A field at the top level or one level down (pino's wildcard); names with a dash need brackets.
const redactPaths = (f: string): string[] => (/^[A-Za-z_$][\w$]*$/.test(f) ? [f, `*.${f}`] : [`["${f}"]`, `*["${f}"]`]);

export function createLogger(opts: { destination?: DestinationStream; level?: string } = {}): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { pid: process.pid },
      redact: { paths: REDACTED_FIELDS.flatMap(redactPaths), censor: '[redacted]' },
      // Errors are logged by their name and code only (their messages can quote data).
      serializers: { err: (e: { name?: string; code?: unknown }) => ({ name: e?.name ?? 'Error', code: typeof e?.code === 'string' ? e.code : undefined }) },
    },
    opts.destination ?? pino.destination(2),
  );
}
