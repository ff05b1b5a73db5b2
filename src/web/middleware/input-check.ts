// The one input check every form field and query parameter passes before any route sees it:
// control characters (a NUL byte, escape sequences) are refused with a 400 that names the field,
// instead of reaching a verb or the database (where a NUL byte is an error, i.e. a 500).
// Query parameters are single-line; form fields may be multi-line text (tab, LF, CR allowed) —
// a field's own schema decides whether a line break makes sense in it.
//
// The one exception is the sign-in form: its answer must not differ from that for any wrong
// credentials, and the attempt must count against the throttle, so its fields go on to the
// sign-in verb, which applies the same rule (hasControlCharacter) and counts a failed attempt.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { hasControlCharacter } from '../../domain/control-characters';
import { invalidInput } from '../../errors';
import type { AppEnv } from '../env';

const isSignIn = (c: Context<AppEnv>) => c.req.method === 'POST' && c.req.path === '/login';

function refuse(field: string): never {
  const name = hasControlCharacter(field) || field.length > 60 ? 'a field name' : `the field "${field}"`;
  throw invalidInput(`A control character (such as a NUL byte) was sent in ${name}; remove it and try again.`);
}

export const inputCheck = createMiddleware<AppEnv>(async (c, next) => {
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (hasControlCharacter(name)) refuse(name);
    for (const v of values) if (hasControlCharacter(v)) refuse(name);
  }
  const type = c.req.header('content-type') ?? '';
  const isForm = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
  if (isForm && !isSignIn(c)) {
    // Cached by the CSRF check, which parsed it already.
    const body = await c.req.parseBody({ all: true });
    for (const [name, v] of Object.entries(body)) {
      if (hasControlCharacter(name)) refuse(name);
      for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' && hasControlCharacter(x, 'multi-line')) refuse(name);
    }
  }
  await next();
});
