// The route table: every page and form is declared here with who may use it. The same
// declaration installs the route's guard and feeds the authorization-matrix test, so a route
// cannot exist without an access rule, and the test covers every route that exists.
//
//   export const things = defineRoutes('/wg/things', (r) => {
//     r.get('/', { permission: 'list:case' }, async (c) => c.html(...));
//     r.get('/:caseId', { permission: 'read:case', resource: (c) => caseResource(c.var.ctx, c.req.param('caseId')) },
//       handler, { resourceParam: 'caseId' });
//   });
//
// and add `things` to the list in ./index.ts.
import { Hono, type Context, type Handler, type MiddlewareHandler } from 'hono';
import { can, type Permission, type Resource } from '../../domain/permissions';
import { notFound } from '../../errors';
import type { AppEnv } from '../env';

export type Access =
  /** Anyone, signed in or not. */
  | { public: true }
  /** A signed-in member whose role holds the permission (for the loaded resource, if any). */
  | { permission: Permission; resource?: (c: Context<AppEnv>) => Promise<Resource> };

export interface MatrixHints {
  /** The path parameter naming the resource the permission is checked against. */
  resourceParam?: string;
  /** Form fields to post (besides the CSRF token); default none. Must fail validation or be harmless. */
  body?: Record<string, string>;
  /** Status for a permitted request; default 200 for GET, 400 for POST (an empty form fails validation). */
  okStatus?: number;
  /** Status for a public route; default 200 for GET, 400 for POST. */
  publicStatus?: number;
}

export interface RouteSpec {
  method: 'GET' | 'POST';
  path: string; // full path, with :params
  access: Access;
  matrix: MatrixHints;
}

export interface RouteModule {
  prefix: string;
  app: Hono<AppEnv>;
  specs: RouteSpec[];
}

export interface Registrar {
  get(path: string, access: Access, handler: Handler<AppEnv>, matrix?: MatrixHints): void;
  post(path: string, access: Access, handler: Handler<AppEnv>, matrix?: MatrixHints): void;
}

const join = (prefix: string, path: string) => (prefix === '/' ? path : path === '/' ? prefix : `${prefix}${path}`);

/** Signed-out visitors are sent to sign in; signed-in members without permission see "not found". */
export function guard(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if ('public' in access) return next();
    const actor = c.var.actor;
    if (actor.kind !== 'member') {
      const next_ = c.req.method === 'GET' ? `?next=${encodeURIComponent(c.req.path)}` : '';
      return c.redirect(`/login${next_}`, 303);
    }
    if (!can(actor, access.permission)) throw notFound();
    if (access.resource) {
      const resource = await access.resource(c);
      if (!can(actor, access.permission, resource)) throw notFound();
    }
    return next();
  };
}

export function defineRoutes(prefix: string, build: (r: Registrar) => void): RouteModule {
  const app = new Hono<AppEnv>();
  const specs: RouteSpec[] = [];
  const add = (method: 'GET' | 'POST') => (path: string, access: Access, handler: Handler<AppEnv>, matrix: MatrixHints = {}) => {
    specs.push({ method, path: join(prefix, path), access, matrix });
    app.on(method, path, guard(access), handler);
  };
  build({ get: add('GET'), post: add('POST') });
  return { prefix, app, specs };
}
