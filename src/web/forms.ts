// Reading submitted forms and turning a verb's validation error into field errors for the page.
import type { Context } from 'hono';
import { isCandorError } from '../errors';
import type { AppEnv } from './env';
import { redirectWithFlash } from './middleware/flash';
import type { FieldErrors, FormValues } from './views/page';

export async function readForm(c: Context<AppEnv>): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export const str = (v: FormValues[string]): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
export const list = (v: FormValues[string]): string[] => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]);

/** Field errors when `e` is a validation error; otherwise null (and the caller rethrows). */
export function fieldErrors(e: unknown): FieldErrors | null {
  if (!isCandorError(e) || e.code !== 'invalid_input') return null;
  const out: FieldErrors = {};
  for (const i of e.issues) out[i.field] ??= i.message;
  if (Object.keys(out).length === 0) out.form = e.message;
  return out;
}

/**
 * A form's fields as a verb's input, each as the text that was typed. No cast: a verb takes
 * `RawInput` (decision 020) and parses it with Zod, so a missing or malformed field becomes a
 * field error, not a crash.
 */
export function formInput(values: FormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[k] = str(v);
  return out;
}

/**
 * The one way a form is handled: read it, run the verb, and redirect with a flash message; on a
 * validation error re-render the page with status 400, the field errors and every typed value.
 * Any other error goes on to the error table (src/web/errors.tsx).
 *
 *   r.post('/:caseId/recuse', access, (c) =>
 *     submitForm(c, {
 *       run: (v) => declareRecusal(c.var.ctx, { caseId: caseIdOf(c), reason: str(v.reason) }),
 *       done: () => ({ to: '/wg/cases', flash: 'You are recused from the case.' }),
 *       page: (v, errors) => recusalPage(c, v, errors, 400),
 *     }));
 */
export async function submitForm<R>(
  c: Context<AppEnv>,
  form: {
    run: (values: FormValues) => Promise<R>;
    done: (result: R, values: FormValues) => { to: string; flash: string };
    /** The page again, with the errors and values; its status is 400. */
    page: (values: FormValues, errors: FieldErrors) => Response | Promise<Response>;
  },
): Promise<Response> {
  const values = await readForm(c);
  let result: R;
  try {
    result = await form.run(values);
  } catch (e) {
    const errors = fieldErrors(e);
    if (!errors) throw e;
    return form.page(values, errors);
  }
  const { to, flash } = form.done(result, values);
  return redirectWithFlash(c, to, flash);
}
