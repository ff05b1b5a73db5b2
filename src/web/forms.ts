// Reading submitted forms and turning a verb's validation error into field errors for the page.
import type { Context } from 'hono';
import { isCandorError } from '../errors';
import type { AppEnv } from './env';
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
 * A form's fields as a verb's input. The cast is safe because every verb parses its input with
 * Zod before using it; a missing or malformed field becomes a field error, not a crash.
 */
export function formInput<T>(values: FormValues): T {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[k] = str(v);
  return unvalidated<T>(out);
}

/** Shapes built from form fields, handed to a verb that validates them (see formInput). */
export function unvalidated<T>(value: object): T {
  return value as T;
}
