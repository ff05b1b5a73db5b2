// What every view gets from the request: who is looking, the CSRF token for its forms, a flash.
import type { Context } from 'hono';
import type { Actor } from '../../domain/access';
import type { AppEnv, Flash } from '../env';

export interface PageContext {
  actor: Actor;
  csrf: string;
  flash: Flash | null;
  path: string;
  orgName: string | null;
}

export function pageContext(c: Context<AppEnv>): PageContext {
  return { actor: c.var.actor, csrf: c.var.csrfToken, flash: c.var.flash, path: c.req.path, orgName: c.var.orgName ?? null };
}

/** Field name → message, from a CandorError's issues (first message per field). */
export type FieldErrors = Record<string, string>;
/** The values a form was submitted with, to put back into it. */
export type FormValues = Record<string, string | string[] | undefined>;
