// Typed errors mapped to pages, once, here. Anything a role may not see is a 404 ("not found"),
// so the existence of a case does not leak. Unexpected errors are logged for the operator and
// shown as a plain 500 page with no detail.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isCandorError } from '../errors';
import type { AppEnv } from './env';
import { MessagePage } from './views/messages';
import { pageContext } from './views/page';

/** A message page with our own words only (never an exception's text). */
export function renderMessage(c: Context<AppEnv>, status: ContentfulStatusCode, message?: string) {
  // A failure early in the chain may leave request variables unset; fall back to anonymous.
  const page = {
    ...pageContext(c),
    actor: c.var.actor ?? { kind: 'anonymous' as const },
    csrf: c.var.csrfToken ?? '',
    flash: null,
  };
  return c.html(<MessagePage page={page} status={status} message={message} />, status);
}

export function onError(err: Error, c: Context<AppEnv>) {
  if (isCandorError(err)) {
    switch (err.code) {
      case 'not_found':
        return renderMessage(c, 404);
      case 'forbidden':
        return err.message === 'csrf' ? renderMessage(c, 403) : renderMessage(c, 404);
      case 'unauthenticated':
        return c.redirect('/login', 303);
      case 'invalid_input':
        return renderMessage(c, 400, err.issues.length > 0 ? undefined : err.message);
      case 'conflict':
      case 'public_text_unapproved':
        return renderMessage(c, 409, err.message);
      default:
        break;
    }
  }
  const log = c.var.deps?.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  // Database errors can quote the values of a query; log only the message's first line (cut
  // short) and the stack frames, never the full text.
  const frames = (err.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 8).join('\n');
  log(`candor web: ${c.req.method} ${c.req.path} failed: ${err.name}: ${(err.message.split('\n')[0] ?? '').slice(0, 160)}\n${frames}`);
  return renderMessage(c, 500);
}

export function onNotFound(c: Context<AppEnv>) {
  return renderMessage(c, 404);
}
