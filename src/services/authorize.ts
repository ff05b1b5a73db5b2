// The check every verb starts with: the same can() the web guard uses, so a route that forgets
// its guard still cannot reach data. A refusal is reported as "not found" at the web edge.
import { can, type Permission, type Resource } from '../domain/permissions';
import { CandorError } from '../errors';
import type { ServiceContext } from './context';

//
// A list of permissions means any one of them (a page both the requester and the decider use).
export function authorize(ctx: ServiceContext, permission: Permission | readonly Permission[], resource?: Resource): void {
  const any = typeof permission === 'string' ? [permission] : permission;
  if (!any.some((p) => can(ctx.actor, p, resource))) throw new CandorError('forbidden', 'Not found');
}

/** For verbs that need a signed-in member (their id goes into rows they write). */
export function memberIdOf(ctx: ServiceContext): string {
  if (ctx.actor.kind !== 'member') throw new CandorError('unauthenticated', 'Sign in first');
  return ctx.actor.id;
}
