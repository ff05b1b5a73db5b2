// A backup of a demo register restores into a fresh PGlite and into PostgreSQL, and from there back
// into PGlite, with the same statistics, the same cases for the chair, and a verifying audit trail.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/db/connect';
import { auditLog, cases, members } from '../../src/db/schema';
import { ANCHOR_FILE_NAME } from '../../src/services/audit/anchor-file';
import { anchorAuditHead } from '../../src/services/audit/anchor-head';
import { loadMemberActor } from '../../src/services/auth/load-actor';
import { createBackup } from '../../src/services/backup/create-backup';
import { restoreBackup } from '../../src/services/backup/restore-backup';
import { listCases } from '../../src/services/cases/list-cases';
import { makeKeys, withActor, type ServiceContext } from '../../src/services/context';
import { createDemoOrganisation } from '../../src/services/demo/create-demo-organisation';
import { getStatistics } from '../../src/services/stats/get-statistics';
import { freshContext, resetDatabase, testMasterKey } from '../helpers/db';

const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgName = `candor_restore_${process.pid}`;

let source: ServiceContext;
let dir: string;
let pglite: Database;
let postgres: Database;

async function admin(q: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(q);
  await c.end();
}

/** What the chair sees and what is published: the same before and after a restore. */
async function observe(ctx: ServiceContext) {
  const [chair] = await ctx.db.select({ id: members.id }).from(members).where(eq(members.role, 'chair')).limit(1);
  const actor = await loadMemberActor(ctx.db, chair!.id);
  const cases = await listCases(withActor(ctx, actor!));
  return { statistics: await getStatistics(ctx), cases: cases.map((c) => JSON.stringify(c)).sort() };
}

const on = (ctx: ServiceContext, d: Database): ServiceContext => ({ ...ctx, db: d.db, inTransaction: false });

beforeAll(async () => {
  source = await freshContext();
  dir = mkdtempSync(path.join(tmpdir(), 'candor-backup-'));
  await createDemoOrganisation(source, { cases: 16, publishStatistics: false });
  pglite = await openPglite(null);
  await pglite.migrate();
  await admin(`drop database if exists ${pgName}`);
  await admin(`create database ${pgName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${pgName}`;
  postgres = await openPostgres(u.toString());
  await postgres.migrate();
}, 600_000);

afterAll(async () => {
  await pglite?.close();
  await postgres?.close();
  await admin(`drop database if exists ${pgName}`);
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', { timeout: 600_000 }, () => {
  it('restores a demo register into PGlite and into PostgreSQL, and back, the same each time', async () => {
    const anchorFile = path.join(dir, 'source', ANCHOR_FILE_NAME);
    mkdirSync(path.dirname(anchorFile), { recursive: true });
    await anchorAuditHead(source, { anchorFile });
    const before = await observe(source);
    expect(before.cases.length).toBeGreaterThan(0);

    const seen: number[] = [];
    const backup = await createBackup(source, { engine: 'pglite', anchorFile }, (done) => seen.push(done));
    expect(seen.length).toBeGreaterThan(1);
    expect(backup.counts.cases).toBe(16);
    // Nothing of a key, and nothing readable, in the file.
    const text = backup.file.toString('latin1');
    expect(text).not.toContain(source.keys.master.key.toString('base64'));
    expect(text).not.toContain(source.keys.master.key.toString('hex'));
    expect(text).not.toContain('narrative');

    const intoPglite = await restoreBackup(on(source, pglite), { file: backup.file, anchorFile: path.join(dir, 'a', ANCHOR_FILE_NAME) });
    expect(intoPglite.audit).toMatchObject({ ok: true, anchorsChecked: 1 });
    expect(intoPglite.sealedOpened).toBeGreaterThan(16);
    expect(await observe(on(source, pglite))).toEqual(before);

    const intoPostgres = await restoreBackup(on(source, postgres), { file: backup.file, anchorFile: path.join(dir, 'b', ANCHOR_FILE_NAME) });
    expect(intoPostgres.audit.ok).toBe(true);
    expect(await observe(on(source, postgres))).toEqual(before);

    // And back: PostgreSQL's backup into an emptied PGlite.
    const fromPostgres = await createBackup(on(source, postgres), { engine: 'postgres', anchorFile: path.join(dir, 'b', ANCHOR_FILE_NAME) });
    await resetDatabase(pglite);
    const back = await restoreBackup(on(source, pglite), { file: fromPostgres.file, anchorFile: path.join(dir, 'c', ANCHOR_FILE_NAME) });
    expect(back.audit.ok).toBe(true);
    expect(await observe(on(source, pglite))).toEqual(before);
  });

  it('refuses a register that is not empty, and a key that is not the one it was made with', async () => {
    const backup = await createBackup(source, { engine: 'pglite' });
    await expect(restoreBackup(source, { file: backup.file, anchorFile: path.join(dir, 'd', ANCHOR_FILE_NAME) })).rejects.toMatchObject({ code: 'conflict' });
    await resetDatabase(pglite);
    const other = { ...on(source, pglite), keys: makeKeys(testMasterKey()) };
    await expect(restoreBackup(other, { file: backup.file, anchorFile: path.join(dir, 'e', ANCHOR_FILE_NAME) })).rejects.toMatchObject({ code: 'integrity_failed' });
    const altered = Buffer.from(backup.file);
    altered[altered.length - 40]! ^= 1;
    await expect(restoreBackup(on(source, pglite), { file: altered, anchorFile: path.join(dir, 'f', ANCHOR_FILE_NAME) })).rejects.toMatchObject({ code: 'integrity_failed' });
  });

  it('leaves the register empty, and no anchors behind, when a check fails after loading', async () => {
    const anchorFile = path.join(dir, 'source', ANCHOR_FILE_NAME);
    const [row] = await source.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    await source.db.update(auditLog).set({ entityRef: 'edited' }).where(eq(auditLog.id, row!.id));
    try {
      const backup = await createBackup(source, { engine: 'pglite', anchorFile });
      await resetDatabase(pglite);
      const target = path.join(dir, 'g', ANCHOR_FILE_NAME);
      await expect(restoreBackup(on(source, pglite), { file: backup.file, anchorFile: target })).rejects.toMatchObject({
        code: 'integrity_failed',
        message: expect.stringMatching(/audit log does not verify/),
      });
      expect(await pglite.db.select().from(cases)).toHaveLength(0);
      expect(await pglite.db.select().from(auditLog)).toHaveLength(0);
      expect(existsSync(target)).toBe(false);
    } finally {
      await source.db.update(auditLog).set({ entityRef: row!.entityRef }).where(eq(auditLog.id, row!.id));
    }
  });

  it('is taken by the operator only', async () => {
    const [chair] = await source.db.select({ id: members.id }).from(members).where(eq(members.role, 'chair')).limit(1);
    const actor = await loadMemberActor(source.db, chair!.id);
    await expect(createBackup(withActor(source, actor!), { engine: 'pglite' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(restoreBackup(withActor(source, actor!), { file: Buffer.from('x'), anchorFile: path.join(dir, 'h', ANCHOR_FILE_NAME) })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
