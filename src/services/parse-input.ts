// Zod at the boundary of every verb: bad input becomes one typed error that names each field,
// which the web edge re-renders next to the field and the CLI prints line by line.
import type { z } from 'zod';
import { invalidInput } from '../errors';

/**
 * What a verb takes as its input: one object with the schema's fields (ids included), each as an
 * edge received it. The verb parses it, so a form passes what was typed without casting it, and
 * a field of the wrong kind is an invalid_input error naming the field, not a type error.
 */
export type RawInput<S extends z.ZodType> = { [K in KeysOf<z.input<S>>]?: unknown };
/** Every key of every member of a union (a discriminated union's variants differ). */
type KeysOf<T> = T extends unknown ? keyof T : never;

/**
 * Parses a verb's input or throws invalid_input listing every field at fault. `what` names the
 * thing being submitted ("The case") for the summary line; problems with the input as a whole
 * are reported under the field name `form`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    field: i.path.length > 0 ? i.path.map(String).join('.') : 'form',
    // A field missing from a form is not a "type" problem to the person filling it in.
    message: i.code === 'invalid_type' && /received undefined/.test(i.message) ? 'Fill in this field' : i.message,
  }));
  throw invalidInput(what ? `${what} has ${issues.length} problem(s)` : 'Some fields need attention', issues);
}
