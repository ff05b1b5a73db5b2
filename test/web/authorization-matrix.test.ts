// Every route in the route table, requested as every persona, against the status the access
// rules predict: sign-in redirect (303) for visitors without a valid session, 404 for members
// whose role or situation does not allow it, and the route's success status otherwise.
import { beforeAll, describe, expect, it } from 'vitest';
import { can } from '../../src/domain/permissions';
import type { ServiceContext } from '../../src/services/context';
import { completeSetupDirectly, sessionFor } from '../helpers/members';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { csrfTokenFor } from '../../src/web/middleware/csrf';
import { routeTable } from '../../src/web/routes/index';
import type { RouteSpec } from '../../src/web/routes/table';
import { freshContext } from '../helpers/db';
import { appFor, BASE } from './helpers/client';
import { buildWorld, PERSONAS, type MatrixWorld, type Persona } from './helpers/world';
import { buildCaseLinkedWorld, CASE_LINKED_PERSONAS, type CaseLinkedWorld } from './helpers/case-linked-world';

function fill(path: string, world: MatrixWorld): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const v = world.params[name];
    if (v === undefined) throw new Error(`the matrix world has no value for :${name} (route ${path}); add it in test/web/helpers/world.ts`);
    return encodeURIComponent(v);
  });
}

export function expectedStatus(spec: RouteSpec, persona: Persona, world: MatrixWorld): number {
  if ('public' in spec.access) return spec.matrix.publicStatus ?? (spec.method === 'GET' ? 200 : 400);
  const actor = world.actors[persona];
  if (!actor) return 303; // to the sign-in page
  const param = spec.matrix.resourceParam;
  const resource = param ? world.resources[param] : undefined;
  if (param && !resource) throw new Error(`the matrix world has no resource for :${param}`);
  const allowed = can(actor, spec.access.permission) && (resource === undefined || can(actor, spec.access.permission, resource));
  if (!allowed) return 404;
  return spec.matrix.okStatus ?? (spec.method === 'GET' ? 200 : 400);
}

describe('authorization matrix', () => {
  let ctx: ServiceContext;
  let world: MatrixWorld;
  beforeAll(async () => {
    ctx = await freshContext();
    await completeSetupDirectly(ctx);
    world = await buildWorld(ctx);
  });

  it('answers every route × persona as the access rules say', async () => {
    const app = appFor(ctx);
    const table = routeTable();
    const csrfCookie = 'm'.repeat(43);
    const mismatches: string[] = [];
    let tried = 0;
    for (const spec of table) {
      for (const persona of PERSONAS) {
        // A fresh session per request: some routes end the session they are called with.
        const id = world.memberIds[persona];
        const session = id ? await sessionFor(ctx, id) : null;
        const cookie = [`${CSRF_COOKIE}=${csrfCookie}`, session ? `${SESSION_COOKIE}=${session}` : null].filter(Boolean).join('; ');
        const url = `${BASE}${fill(spec.path, world)}`;
        let res: Response;
        if (spec.method === 'GET') {
          res = await app.request(url, { headers: { cookie } });
        } else {
          // The token a page rendered for this session would carry; an offboarded member's
          // session no longer resolves, so their page would have been rendered signed out.
          const live = world.actors[persona] ? session : null;
          const body = new URLSearchParams({ _csrf: csrfTokenFor(ctx.keys, csrfCookie, live), ...(spec.matrix.body ?? {}) });
          res = await app.request(url, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
        }
        tried += 1;
        const want = expectedStatus(spec, persona, world);
        if (res.status !== want) mismatches.push(`${spec.method} ${spec.path} as ${persona}: got ${res.status}, expected ${want}`);
        if (want === 303 && !('public' in spec.access) && !(res.headers.get('location') ?? '').startsWith('/login')) {
          mismatches.push(`${spec.method} ${spec.path} as ${persona}: redirected to ${res.headers.get('location')}, expected /login`);
        }
      }
    }
    console.log(`authorization matrix: ${tried} combinations tried (${table.length} routes × ${PERSONAS.length} personas)`);
    expect(mismatches).toEqual([]);
    expect(tried).toBe(table.length * PERSONAS.length);
  }, 180_000); // hundreds of requests; slow when the two cores are shared with browser tests

  it('covers the situations that matter', () => {
    // Sanity checks on the world itself, so a broken fixture cannot make the matrix vacuous.
    expect(world.actors.offboarded).toBeNull();
    expect(world.actors.undeclared?.conflictsDeclared).toBe(false);
    expect(can(world.actors.recused!, 'read:case', world.resources.caseId)).toBe(false);
    expect(can(world.actors.member!, 'read:case', world.resources.caseId)).toBe(true);
    expect(can(world.actors.adviser!, 'read:case', world.resources.caseId)).toBe(true);
    expect(can(world.actors.board!, 'read:case', world.resources.caseId)).toBe(false);
  });
});

// The people and audit routes for the situations the per-case rule is about: keyholders recused
// from or excluded from a case, the board (one of them named in the case), an offboarded keyholder.
// Each :personId is tried with a person named only in that case and one also named in another;
// what a permitted page shows is checked too (never the hidden case's code name or person).
describe('authorization matrix: people and audit routes, per case', () => {
  let ctx: ServiceContext;
  let world: CaseLinkedWorld;
  beforeAll(async () => {
    ctx = await freshContext();
    await completeSetupDirectly(ctx);
    world = await buildCaseLinkedWorld(ctx);
  });

  it('answers each route × persona × person as the per-case rule says, and shows nothing of the hidden case', async () => {
    const app = appFor(ctx);
    const specs = routeTable().filter((s) => s.path.startsWith('/wg/people') || s.path.startsWith('/wg/audit'));
    expect(specs.length).toBeGreaterThan(5);
    const csrfCookie = 'p'.repeat(43);
    const mismatches: string[] = [];
    for (const spec of specs) {
      if ('public' in spec.access) throw new Error(`${spec.path} is public`);
      const permission = spec.access.permission;
      const people = spec.path.includes(':personId') ? (['hidden', 'shown'] as const) : ([null] as const);
      for (const persona of CASE_LINKED_PERSONAS) {
        for (const who of people) {
          const actor = world.actors[persona];
          const session = await sessionFor(ctx, world.memberIds[persona]);
          const cookie = `${CSRF_COOKIE}=${csrfCookie}; ${SESSION_COOKIE}=${session}`;
          const url = `${BASE}${spec.path.replace(':personId', who ? world.personIds[who] : '')}`;
          const res =
            spec.method === 'GET'
              ? await app.request(url, { headers: { cookie } })
              : await app.request(url, {
                  method: 'POST',
                  headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
                  body: new URLSearchParams({ _csrf: csrfTokenFor(ctx.keys, csrfCookie, actor ? session : null), ...(spec.matrix.body ?? {}) }).toString(),
                });
          const personCases = who ? world.personCases[who] : [];
          const allowed =
            actor !== null &&
            can(actor, permission) &&
            (personCases.length === 0 || personCases.some((r) => can(actor, 'read:case', r)));
          const want = actor === null ? 303 : !allowed ? 404 : (spec.matrix.okStatus ?? (spec.method === 'GET' ? 200 : 400));
          const label = `${spec.method} ${spec.path} (${who ?? '-'}) as ${persona}`;
          if (res.status !== want) mismatches.push(`${label}: got ${res.status}, expected ${want}`);
          const html = await res.text();
          const sees = actor !== null && can(actor, 'read:audit', world.secretCase);
          if (!sees && html.includes(world.secretCodeName)) mismatches.push(`${label}: shows the code name of a case the persona may not see`);
          if (!sees && html.includes(world.hiddenPersonCodeName)) mismatches.push(`${label}: shows a person named only in a case the persona may not see`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});

// Before first-run setup nobody has an account, so every persona is a visitor: the setup routes
// answer 403 without the operator's link and 200 with it. (Once set up, the matrix above expects
// 404 for every persona from their `publicStatus`.)
describe('authorization matrix: setup routes on an empty register', () => {
  it('lets only the holder of the setup link in', async () => {
    const { setupPath } = await import('../../src/services/setup/setup-token');
    const empty = await freshContext();
    const app = appFor(empty);
    const csrfCookie = 'm'.repeat(43);
    const cookie = `${CSRF_COOKIE}=${csrfCookie}`;
    const post = (path: string) =>
      app.request(`${BASE}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrfTokenFor(empty.keys, csrfCookie, null) }).toString(),
      });
    const got = {
      'GET /setup': (await app.request(`${BASE}/setup`, { headers: { cookie } })).status,
      'GET /setup/wrong': (await app.request(`${BASE}/setup/wrong`, { headers: { cookie } })).status,
      'POST /setup/wrong': (await post('/setup/wrong')).status,
      'GET /setup/:token': (await app.request(`${BASE}${setupPath(empty.keys)}`, { headers: { cookie } })).status,
      'POST /setup/:token (empty form)': (await post(setupPath(empty.keys))).status,
    };
    expect(got).toEqual({ 'GET /setup': 403, 'GET /setup/wrong': 403, 'POST /setup/wrong': 403, 'GET /setup/:token': 200, 'POST /setup/:token (empty form)': 400 });
  });
});
