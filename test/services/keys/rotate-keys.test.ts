// Key rotation in one process (decision 031): a rotation stopped after its first batch leaves a
// register where lookups still work and continues on the next run; a value under the old key that
// does not open keeps the old key; a write whose key changed during its transaction is not kept.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFilePath, newMasterKey, parseKeyFile, writeKeyFile } from '../../../src/config/master-key';
import { queryRows } from '../../../src/db/connect';
import { auditLog, cases, keyRotations, outbox } from '../../../src/db/schema';
import type { MemberActor } from '../../../src/domain/access';
import { audit } from '../../../src/services/audit/emit';
import { withTransaction, type ServiceContext } from '../../../src/services/context';
import { rotateKeys } from '../../../src/services/keys/rotate-keys';
import { claimDueMail } from '../../../src/services/mail/outbox';
import { queueMail } from '../../../src/services/mail/queue-mail';
import { loadKeyRing } from '../../../src/services/keys/key-ring';
import { createPerson } from '../../../src/services/people/create-person';
import { findPeopleByIdentifier } from '../../../src/services/people/find-person';
import { freshContext } from '../../helpers/db';
import { as, buildCase, buildMember } from '../cases/factories';

let ctx: ServiceContext;
let dir: string;
let keyholder: MemberActor;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-rotate-'));
  writeKeyFile(keyFilePath(dir), { current: newMasterKey(), previous: null, retired: [] });
  ctx = { ...(await freshContext()), keys: loadKeyRing({ envKey: null, dataDir: dir }) };
  keyholder = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const keyFile = () => parseKeyFile(readFileSync(keyFilePath(dir), 'utf8'), 'master.key');

describe('rotateKeys', () => {
  it('stopped after a batch, still finds people under either key, and continues to the end on the next run', async () => {
    const names = ['Ada Example', 'Grace Sample', 'Alan Trial', 'Edsger Probe', 'Barbara Test'];
    const ids = [];
    for (const n of names) ids.push((await createPerson(as(ctx, keyholder), { identity: { realNames: [n] } })).id);
    await buildCase(ctx, keyholder, { narrative: 'what happened' });
    const oldId = keyFile().current.id;

    class Stop extends Error {}
    await expect(
      rotateKeys(ctx, { dataDir: dir, batchSize: 2 }, (p) => {
        if (p.step === 'person_indexes') throw new Stop('crash');
      }),
    ).rejects.toBeInstanceOf(Stop);
    expect(keyFile().previous?.id).toBe(oldId);
    const mixed = await queryRows<{ key_id: string }>(ctx.db, sql`select distinct key_id from person_indexes order by 1`);
    expect(mixed).toHaveLength(2); // part of the people moved, part not
    for (const [i, n] of names.entries()) {
      expect((await findPeopleByIdentifier(as(ctx, keyholder), { identifier: n })).map((p) => p.id)).toEqual([ids[i]]);
    }

    const done = await rotateKeys(ctx, { dataDir: dir, batchSize: 2 });
    expect(done.resumed).toBe(true);
    expect(done.from).toBe(oldId);
    const kf = keyFile();
    expect(kf.previous).toBeNull();
    expect(kf.retired.map((r) => r.id)).toEqual([oldId]);
    expect(await queryRows(ctx.db, sql`select distinct key_id from person_indexes`)).toEqual([{ key_id: kf.current.id }]);
    for (const [i, n] of names.entries()) {
      expect((await findPeopleByIdentifier(as(ctx, keyholder), { identifier: n })).map((p) => p.id)).toEqual([ids[i]]);
    }
    const [rot] = await ctx.db.select().from(keyRotations);
    expect(rot!.finishedAt).not.toBeNull();
    const actions = (await ctx.db.select({ action: auditLog.action, keyId: auditLog.keyId }).from(auditLog)).filter((a) => a.action.startsWith('keys.'));
    expect(actions).toEqual([
      { action: 'keys.rotate', keyId: kf.current.id },
      { action: 'keys.retire', keyId: kf.current.id },
    ]);
  });

  it('keeps the old key while a value under it does not open, and says where', async () => {
    const a = await buildCase(ctx, keyholder, { narrative: 'first' });
    const b = await buildCase(ctx, keyholder, { narrative: 'second' });
    const [rowA] = await ctx.db.select().from(cases).where(eq(cases.id, a.id));
    // b's row now holds a's sealed narrative: bound to another row, it does not open.
    await ctx.db.update(cases).set({ narrativeSealed: rowA!.narrativeSealed }).where(eq(cases.id, b.id));
    const oldId = keyFile().current.id;
    await expect(rotateKeys(ctx, { dataDir: dir })).rejects.toMatchObject({ code: 'integrity_failed', message: expect.stringContaining('cases.narrative') });
    expect(keyFile().previous?.id).toBe(oldId);
    const [rot] = await ctx.db.select().from(keyRotations);
    expect(rot!.finishedAt).toBeNull();
  });

  it('moves the sealed body of a queued mail that holds a link, and leaves plain bodies alone', async () => {
    const ids = await withTransaction(ctx, async (tx) => [
      await queueMail(tx, { to: 'reporter@example.net', template: 'reporter_sign_in', link: '/portal/link/00000000-0000-4000-8000-000000000009' }),
      await queueMail(tx, { to: 'member@example.net', template: 'member_attention', link: '/wg' }),
    ]);
    const plainBefore = (await ctx.db.select({ body: outbox.body }).from(outbox).where(eq(outbox.id, ids[1]!)))[0]!.body;
    await rotateKeys(ctx, { dataDir: dir });
    const kf = keyFile();
    expect(kf.retired.map((r) => r.id)).toHaveLength(1);
    const [sealedRow] = await ctx.db.select({ body: outbox.body }).from(outbox).where(eq(outbox.id, ids[0]!));
    expect(sealedRow!.body.split('.')[1]).toBe(kf.current.id);
    expect((await ctx.db.select({ body: outbox.body }).from(outbox).where(eq(outbox.id, ids[1]!)))[0]!.body).toBe(plainBefore);
    const claimed = await claimDueMail(ctx, { limit: 10, leaseMs: 60_000 });
    expect(claimed.find((m) => m.id === ids[0])!.body).toContain('/portal/link/00000000-0000-4000-8000-000000000009');
  });

  it('refuses a key from the environment', async () => {
    await expect(rotateKeys(ctx, { dataDir: dir, keyFromEnvironment: true })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('a writer whose key changes during its transaction', () => {
  it('fails with conflict and keeps nothing', async () => {
    const before = (await ctx.db.select().from(auditLog)).length;
    const old = keyFile().current;
    const next = newMasterKey();
    await expect(
      withTransaction(ctx, async (tx) => {
        await audit(tx, { action: 'case.create', entity: 'case', entityRef: 'x' });
        // Another process starts a rotation: a new key file, and its first entry, under the new key,
        // committed before this transaction chains its own entries (at its commit, decision 035).
        writeKeyFile(keyFilePath(dir), { current: next, previous: old, retired: [] });
        await tx.db.insert(auditLog).values({ at: new Date(), actorLabel: 'cli', action: 'keys.rotate', entity: 'key', entityRef: next.id, details: {}, prevHash: 'p', hash: 'h', keyed: true, keyId: next.id });
        await audit(tx, { action: 'case.update', entity: 'case', entityRef: 'x' });
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await ctx.db.select().from(auditLog)).toHaveLength(before);
    // The ring now holds the new key: the next transaction writes under it.
    await withTransaction(ctx, (tx) => audit(tx, { action: 'case.create', entity: 'case', entityRef: 'y' }));
    const [last] = await ctx.db.select().from(auditLog).orderBy(sql`id desc`).limit(1);
    expect(last!.keyId).toBe(next.id);
  });
});
