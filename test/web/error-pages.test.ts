// Every domain error code has its answer at the web edge: a status, and the error's own message
// on the page when it may be shown. Only faults of the server are a 500.
import { beforeAll, describe, expect, it } from 'vitest';
import { CandorError, ERROR_CODES } from '../../src/errors';
import type { ServiceContext } from '../../src/services/context';
import { ERROR_ANSWERS } from '../../src/web/errors';
import { defineRoutes } from '../../src/web/routes/table';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { appFor, BASE } from './helpers/client';

let ctx: ServiceContext;
beforeAll(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
});

const SERVER_FAULTS = ['config_invalid', 'integrity_failed', 'internal'];

// A route that throws the error named in its path, as a verb would.
const throwing = defineRoutes('/throw', (r) => {
  r.get('/:code', { public: true }, (c) => {
    const code = c.req.param('code') as CandorError['code'];
    throw new CandorError(code, `Words for ${code}`, [{ field: 'row 4, Status', message: `problem for ${code}` }]);
  });
});

describe('error pages', () => {
  it('maps every error code, and only faults of the server to 500', () => {
    for (const code of ERROR_CODES) expect(ERROR_ANSWERS[code], code).toBeDefined();
    const fivehundreds = ERROR_CODES.filter((code) => {
      const a = ERROR_ANSWERS[code];
      return 'status' in a && a.status >= 500;
    });
    expect(fivehundreds.sort()).toEqual([...SERVER_FAULTS].sort());
  });

  it.each(ERROR_CODES)('answers %s with its status, showing its message only where it may be shown', async (code) => {
    const logged: string[] = [];
    const app = appFor(ctx, { modules: [throwing], log: (m) => logged.push(m) });
    const res = await app.request(`${BASE}/throw/${code}`);
    const answer = ERROR_ANSWERS[code];
    if ('redirect' in answer) {
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(answer.redirect);
      return;
    }
    expect(res.status).toBe(answer.status);
    const html = await res.text();
    if (answer.show) {
      expect(html).toContain(`Words for ${code}`);
      expect(html).toContain(`row 4, Status: problem for ${code}`);
    } else {
      expect(html).not.toContain(`Words for ${code}`);
      expect(html).not.toContain(`problem for ${code}`);
    }
    // Only the operator hears of a server fault, with its code.
    if (answer.status >= 500) expect(logged.join('\n')).toContain(`(${code})`);
    else expect(logged).toEqual([]);
  });

  it('tells the chair why the disclosure audit refused a release, and an invalid import what to fix', async () => {
    for (const code of ['disclosure_refused', 'import_invalid'] as const) {
      const res = await appFor(ctx, { modules: [throwing] }).request(`${BASE}/throw/${code}`);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).toContain(`Words for ${code}`);
    }
  });
});
