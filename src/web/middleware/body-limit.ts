// A ceiling on the bodies of forms without files, checked before anything reads a body (the CSRF
// check parses every form): far above what their longest field accepts. Uploads are streamed
// instead (multipart.ts), so an oversized file is named on the form and the text is kept.
// A body announced by Content-Length is refused without being read; a streamed one is counted
// and refused as soon as it passes the limit.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env';
import { renderMessage } from '../errors';
import { isMultipart } from './multipart';

const MB = 1024 * 1024;
/** Forms without files: a 100,000-character narrative, percent-encoded, fits several times over. */
export const MAX_FORM_BYTES = 2 * MB;

export function requestSizeLimit(): MiddlewareHandler<AppEnv> {
  const forms = bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError: (c) => renderMessage(c, 413, `Candor accepts forms of at most ${MAX_FORM_BYTES / MB} MB. Shorten the text and try again.`),
  });
  return (c, next) => (isMultipart(c) ? next() : forms(c, next));
}
