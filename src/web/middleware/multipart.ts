// Uploads are read as a stream, so that a file far over its limit costs neither memory nor the
// text typed around it: each file keeps at most one byte more than the largest attachment Candor
// accepts (enough for the verb to see it is too large and name it on the form, with every other
// field kept), and the rest of it is read and dropped. Only an absurd body (MAX_STREAMED_BYTES) is
// refused outright with 413.
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Context, MiddlewareHandler } from 'hono';
import { MAX_ATTACHMENT_BYTES } from '../../services/attachments/file-types';
import type { AppEnv } from '../env';
import { renderMessage } from '../errors';

const MB = 1024 * 1024;
/** What a file keeps: one byte over the attachment limit is enough to be refused by name. */
export const KEPT_FILE_BYTES = MAX_ATTACHMENT_BYTES + 1;
/** Past this the sender is not a person attaching a file: refused, the connection's body unread. */
export const MAX_STREAMED_BYTES = 256 * MB;
const MAX_FILES = 10;
const MAX_FIELD_BYTES = 2 * MB;

export const isMultipart = (c: Context<AppEnv>) => (c.req.header('content-type') ?? '').startsWith('multipart/form-data');

/** Browsers escape exactly these three in a part's filename (HTML's multipart/form-data encoding). */
const browserFilename = (raw: string) => raw.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');

class BodyTooLarge extends Error {}
class MalformedBody extends Error {}

/** The form, its files cut at KEPT_FILE_BYTES (a cut file is larger than any limit, so refused). */
function readMultipart(c: Context<AppEnv>): Promise<FormData> {
  const body = c.req.raw.body;
  if (!body) return Promise.reject(new MalformedBody('no body'));
  return new Promise<FormData>((resolve, reject) => {
    const form = new FormData();
    const pending: Promise<void>[] = [];
    let total = 0;
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { 'content-type': c.req.header('content-type') ?? '' }, limits: { files: MAX_FILES, fieldSize: MAX_FIELD_BYTES } });
    } catch {
      return reject(new MalformedBody('unreadable content type'));
    }
    parser.on('field', (name, value) => form.append(name, value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      pending.push(
        new Promise<void>((done) => {
          stream.on('data', (chunk: Buffer) => {
            if (kept >= KEPT_FILE_BYTES) return;
            const part = chunk.subarray(0, KEPT_FILE_BYTES - kept);
            chunks.push(part);
            kept += part.length;
          });
          // A broken stream is the parser's error too, reported once by its 'error' handler.
          stream.on('error', () => done());
          // An input left empty arrives as a nameless empty part, which the routes skip.
          stream.on('end', () => {
            form.append(name, new File(chunks, browserFilename(info.filename ?? ''), { type: info.mimeType }));
            done();
          });
        }),
      );
    });
    parser.on('error', () => reject(new MalformedBody('malformed multipart body')));
    parser.on('close', () => {
      Promise.all(pending).then(() => resolve(form), reject);
    });
    const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
    source.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > MAX_STREAMED_BYTES) {
        source.destroy();
        reject(new BodyTooLarge());
      }
    });
    source.on('error', () => reject(new MalformedBody('the body stopped')));
    source.pipe(parser);
  });
}

/**
 * Reads every multipart body into Hono's body cache, so that later `parseBody()` calls (the CSRF
 * middleware, the route) see the cut-down form instead of buffering the raw body themselves.
 */
export function streamedUploads(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST' || !isMultipart(c)) return next();
    const tooLarge = () =>
      renderMessage(c, 413, `Candor accepts uploads of at most ${MAX_STREAMED_BYTES / MB} MB in all, and an attachment may be at most ${MAX_ATTACHMENT_BYTES / MB} MB.`);
    if (Number(c.req.header('content-length') ?? 0) > MAX_STREAMED_BYTES) return tooLarge();
    let form: FormData;
    try {
      form = await readMultipart(c);
    } catch (e) {
      if (e instanceof BodyTooLarge) return tooLarge();
      return renderMessage(c, 400, 'The form could not be read. Reload the page and submit it again.');
    }
    // Hono types the cache as holding a FormData; at run time it holds (and awaits) a promise of one.
    c.req.bodyCache.formData = Promise.resolve(form) as unknown as FormData;
    return next();
  };
}
