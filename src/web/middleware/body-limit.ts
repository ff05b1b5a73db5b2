// A ceiling on request bodies, checked before anything reads a body (the CSRF check parses every
// form). Forms without files get a modest limit, far above what their longest field accepts;
// file uploads get room for one attachment plus the form around it. The attachment itself keeps
// its own, smaller limit (MAX_ATTACHMENT_BYTES), checked with its type by addAttachment, so an
// oversized file is named on the form rather than refused here.
// A body announced by Content-Length is refused without being read; a streamed one is counted
// and refused as soon as it passes the limit.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_ATTACHMENT_BYTES } from '../../services/attachments/file-types';
import type { AppEnv } from '../env';
import { renderMessage } from '../errors';

const MB = 1024 * 1024;
/** Forms without files: a 100,000-character narrative, percent-encoded, fits several times over. */
export const MAX_FORM_BYTES = 2 * MB;
/** Multipart uploads: one attachment and the form fields around it. */
export const MAX_UPLOAD_BYTES = MAX_ATTACHMENT_BYTES + MB;

const megabytes = (n: number) => `${Math.round((n / MB) * 10) / 10} MB`;

export function requestSizeLimit(): MiddlewareHandler<AppEnv> {
  const forms = bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError: (c) => renderMessage(c, 413, `Candor accepts forms of at most ${megabytes(MAX_FORM_BYTES)}. Shorten the text and try again.`),
  });
  const uploads = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: (c) =>
      renderMessage(c, 413, `Candor accepts uploads of at most ${megabytes(MAX_UPLOAD_BYTES)}, and an attachment may be at most ${megabytes(MAX_ATTACHMENT_BYTES)}.`),
  });
  return (c, next) => {
    const type = c.req.header('content-type') ?? '';
    return (type.startsWith('multipart/form-data') ? uploads : forms)(c, next);
  };
}
