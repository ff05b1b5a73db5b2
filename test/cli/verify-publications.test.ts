// `candor verify-publications URL` as a reader runs it: the real command in a child process,
// against the web app served on a port, with no database or key of its own. It passes after
// publishing and fails, naming the entry, once a release row is altered or deleted behind the log.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publications } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';
import { draftStatisticsRelease } from '../../src/services/publications/draft-statistics-release';
import { readPublicationLog } from '../../src/services/publications/publication-log';
import { publishApproved } from '../helpers/public-text';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { buildCase } from '../services/publications/factory';
import { appFor } from '../web/helpers/client';
import { verifyPublications } from '../../src/cli/verify-publications';
import { runCli } from './run-cli';

// Where the verifier would open a database if it tried to; it must never appear.
const NO_DATA = path.join(tmpdir(), `candor-verify-no-data-${process.pid}`);
const verify = (...args: string[]) => runCli(['verify-publications', ...args], { CANDOR_DATA_DIR: NO_DATA });

describe('candor verify-publications', () => {
  let ctx: ServiceContext;
  let server: ServerType;
  let url: string;
  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await completeSetupDirectly(ctx);
    // A handful of cases: the headline release needs no more, and each case costs time.
    for (const receivedOn of ['2024-08-05', '2024-09-10', '2025-02-03', '2025-03-04']) await buildCase(ctx, { receivedOn });
    const app = appFor(ctx);
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
    });
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('passes on an empty log, then after releases and a correction are published', async () => {
    expect(await verifyPublications(url)).toEqual({ entries: 0, head: null, keyFingerprint: null });

    await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: '2024-H2' })).id);
    await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: '2025-H1' })).id);
    await buildCase(ctx, { receivedOn: '2025-05-01', consequences: ['ban'] });
    await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: '2025-H1' })).id, 'A report was recorded late.');
    const { head } = await readPublicationLog(ctx, 'Org');

    const ok = await verify(`${url}/publications/log`);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('publication log intact: 3 entries');
    expect(ok.stdout).toContain(`head ${head}`);
    expect(await verifyPublications(url, { expectHead: head! })).toMatchObject({ entries: 3, head });
    await expect(verifyPublications(url, { expectHead: 'f'.repeat(64) })).rejects.toThrow(/no longer contains the entry f{64}/);
    expect(existsSync(NO_DATA)).toBe(false);
  });

  it('fails, naming the entry, when a published release row is altered in the database', async () => {
    const where = and(eq(publications.kind, 'stats'), eq(publications.key, '2025-H1'), eq(publications.version, 1));
    const [row] = await ctx.db.select().from(publications).where(where);
    const original = row!.content;
    // Quietly lower the first figure of the first table, as someone with database access might.
    const altered = JSON.parse(JSON.stringify(original)) as { release: { tables: { cells: { value: { kind: string; value?: number } }[] }[] } };
    const cell = altered.release.tables[0]!.cells.find((c) => c.value.kind === 'exact' && (c.value.value ?? 0) > 0)!;
    cell.value.value = cell.value.value! - 1;
    await ctx.db.update(publications).set({ content: altered as unknown as Record<string, unknown> }).where(where);

    const res = await verify(url);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^candor: entry 2 \(stats 2025-H1 version 1\): the release served now differs from what was published/);

    await ctx.db.update(publications).set({ content: original }).where(where);
    expect(await verifyPublications(url)).toMatchObject({ entries: 3 });
  });

  it('fails, naming the entry, when a published release row is deleted', async () => {
    await ctx.db.delete(publications).where(and(eq(publications.kind, 'stats'), eq(publications.key, '2024-H2')));
    const res = await verify(url);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^candor: entry 1 \(stats 2024-H2 version 1\): the release is no longer served \(HTTP 404/);
  });

  it('refuses an address that is not a site', async () => {
    await expect(verifyPublications('not a url')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^URL must be the site's address/) });
  });
});
