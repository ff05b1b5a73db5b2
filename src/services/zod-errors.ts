import type { z } from 'zod';
import { invalidInput, type CandorError } from '../errors';

/** Turns a Zod failure into an invalid_input error naming every field at fault. */
export function fromZod(error: z.ZodError, what = 'The form'): CandorError {
  const issues = error.issues.map((i) => ({ field: i.path.join('.') || '(form)', message: i.message }));
  return invalidInput(`${what} has ${issues.length} problem(s)`, issues);
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what?: string): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw fromZod(r.error, what);
  return r.data;
}
