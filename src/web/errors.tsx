// Typed errors mapped to pages, once, here (ERROR_ANSWERS). Anything a role may not see is a 404 ("not found"),
// so the existence of a case does not leak. Unexpected errors are logged for the operator and
// shown as a plain 500 page with no detail.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isCandorError, type CandorError, type ErrorCode, type FieldIssue } from '../errors';
import type { AppEnv } from './env';
import { MessagePage } from './views/messages';
import { pageContext } from './views/page';

/** A message page with our own words only (never an exception's text). */
export function renderMessage(c: Context<AppEnv>, status: ContentfulStatusCode, message?: string, issues: FieldIssue[] = []) {
  // A failure early in the chain may leave request variables unset; fall back to anonymous.
  const page = {
    ...pageContext(c),
    actor: c.var.actor ?? { kind: 'anonymous' as const },
    csrf: c.var.csrfToken ?? '',
    flash: null,
  };
  return c.html(<MessagePage page={page} status={status} message={message} issues={issues} />, status);
}

/**
 * How the web answers each domain error. `show` puts the error's own message (and field issues)
 * on the page: our code writes those words and they never carry confidential text. Errors that
 * say something exists ("not found" naming what, "forbidden") show nothing, and a role that may
 * not see something is told it is not there. Faults of the server (its configuration, a broken
 * integrity check, anything internal) are a 500 and are logged for the operator.
 */
export type ErrorAnswer = { status: ContentfulStatusCode; show: boolean } | { redirect: string };

export const ERROR_ANSWERS: Record<ErrorCode, ErrorAnswer> = {
  invalid_input: { status: 400, show: true },
  import_invalid: { status: 400, show: true },
  not_found: { status: 404, show: false },
  forbidden: { status: 404, show: false },
  unauthenticated: { redirect: '/login' },
  conflict: { status: 409, show: true },
  disclosure_refused: { status: 409, show: true },
  config_invalid: { status: 500, show: false },
  integrity_failed: { status: 500, show: false },
  internal: { status: 500, show: false },
  // The page for 403 says the form expired and what to do.
  csrf_failed: { status: 403, show: false },
  // Only the CLI meets it (another process holds the embedded database): a conflict, try again.
  database_locked: { status: 409, show: true },
  public_text_unapproved: { status: 409, show: true },
  rate_limited: { status: 429, show: true },
};

function answerDomainError(err: CandorError, c: Context<AppEnv>) {
  const answer = ERROR_ANSWERS[err.code];
  if ('redirect' in answer) return c.redirect(answer.redirect, 303);
  if (answer.status >= 500) return null;
  return answer.show ? renderMessage(c, answer.status, err.message, err.issues) : renderMessage(c, answer.status);
}

export function onError(err: Error, c: Context<AppEnv>) {
  if (isCandorError(err)) {
    const page = answerDomainError(err, c);
    if (page) return page;
  }
  const log = c.var.deps?.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  // Database errors can quote the values of a query; log only the message's first line (cut
  // short) and the stack frames, never the full text.
  const frames = (err.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 8).join('\n');
  // The route's pattern, not its path: paths carry one-time tokens (setup, enrolment, reset links).
  log(`candor web: ${c.var.requestId ? `request ${c.var.requestId}: ` : ''}${c.req.method} ${c.req.routePath} failed: ${isCandorError(err) ? `${err.name} (${err.code})` : err.name}: ${(err.message.split('\n')[0] ?? '').slice(0, 160)}\n${frames}`);
  return renderMessage(c, 500);
}

export function onNotFound(c: Context<AppEnv>) {
  return renderMessage(c, 404);
}
