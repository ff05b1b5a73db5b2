// A sealed value is bound to its table, column and row: someone with write access to the database
// who copies one row's sealed value into another row gets an integrity error, not the other
// row's text under this row's name. Values sealed before row binding (v1) still open and are
// re-sealed in place at start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../src/db/schema';
import { caseEvents, cases, people, publicTextReviews, recusals } from '../../src/db/schema';
import { openRuntime } from '../../src/runtime';
import { createCase } from '../../src/services/cases/create-case';
import { addCaseNote } from '../../src/services/cases/add-case-note';
import { getCase } from '../../src/services/cases/get-case';
import type { ServiceContext } from '../../src/services/context';
import { createPerson } from '../../src/services/people/create-person';
import { getPerson } from '../../src/services/people/get-person';
import { SEALED_COLUMNS, upgradeSealedValues } from '../../src/services/upgrade-sealed-values';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { sealV1 } from '../helpers/legacy-seal';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { as, buildCase } from '../services/cases/factories';
import { appFor, TestClient } from '../web/helpers/client';

const SECRET_A = 'Narrative of case A: reported by Quentin Sealtest';
const SECRET_B = 'Narrative of case B: reported by Rosalind Othertest';

let ctx: ServiceContext;

beforeEach(async () => {
  ctx = await freshContext();
});

const chairOf = async () => {
  const chair = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
  return { chair, actor: chair.actor };
};

describe('sealed values bound to their row', () => {
  it('refuses a narrative copied from another case, in the service and on the case page', async () => {
    await completeSetupDirectly(ctx);
    const { chair, actor } = await chairOf();
    const a = await buildCase(ctx, actor, { narrative: SECRET_A });
    const b = await buildCase(ctx, actor, { narrative: SECRET_B });
    expect((await getCase(as(ctx, actor), { caseId: b.id })).narrative).toBe(SECRET_B);

    await ctx.db.execute(sql`update cases set narrative_sealed = (select narrative_sealed from cases where id = ${a.id}) where id = ${b.id}`);

    await expect(getCase(as(ctx, actor), { caseId: b.id })).rejects.toMatchObject({ code: 'integrity_failed', name: 'SealError' });
    expect((await getCase(as(ctx, actor), { caseId: a.id })).narrative).toBe(SECRET_A);

    const logged: string[] = [];
    const client = new TestClient(appFor(ctx, { log: (m) => logged.push(m) }));
    client.cookies.set(SESSION_COOKIE, await sessionFor(ctx, chair.id));
    const res = await client.get(`/wg/cases/${b.id}`);
    expect(res.status).toBe(500);
    const page = await res.text();
    expect(page).not.toContain('Quentin');
    expect(page).not.toContain('Rosalind');
    // The operator's log names the column that failed, never a row's text.
    expect(logged.join('\n')).toContain('cases.narrative');
    expect(logged.join('\n')).not.toContain('Quentin');
  });

  it('refuses an identity copied from another person', async () => {
    const { actor } = await chairOf();
    const p = await createPerson(as(ctx, actor), { identity: { realNames: ['Quentin Sealtest'] } });
    const q = await createPerson(as(ctx, actor), { identity: { realNames: ['Rosalind Othertest'] } });
    await ctx.db.execute(sql`update people set identity_sealed = (select identity_sealed from people where id = ${p.id}) where id = ${q.id}`);
    await expect(getPerson(as(ctx, actor), { personId: q.id })).rejects.toMatchObject({ code: 'integrity_failed' });
    expect((await getPerson(as(ctx, actor), { personId: p.id })).identity.realNames).toEqual(['Quentin Sealtest']);
  });

  it('refuses a case note copied onto another event', async () => {
    const { actor } = await chairOf();
    const c = await buildCase(ctx, actor);
    await addCaseNote(as(ctx, actor), { caseId: c.id, body: 'First note, about Quentin' });
    await addCaseNote(as(ctx, actor), { caseId: c.id, body: 'Second note' });
    const notes = (await ctx.db.select({ id: caseEvents.id, body: caseEvents.bodySealed }).from(caseEvents).where(eq(caseEvents.caseId, c.id))).filter((e) => e.body !== null);
    expect(notes).toHaveLength(2);
    await ctx.db.update(caseEvents).set({ bodySealed: notes[0]!.body }).where(eq(caseEvents.id, notes[1]!.id));
    await expect(getCase(as(ctx, actor), { caseId: c.id })).rejects.toMatchObject({ code: 'integrity_failed' });
  });
});

describe('values sealed before row binding (v1)', () => {
  it('the upgrade knows every sealed column of the schema', () => {
    const inSchema = (Object.values(schema) as unknown[])
      .filter((t): t is PgTable => t instanceof PgTable)
      .flatMap((t) => {
        const { name, columns } = getTableConfig(t);
        return columns.filter((c) => c.name.endsWith('_sealed')).map((c) => `${name}.${c.name}`);
      });
    expect(inSchema.length).toBeGreaterThan(10);
    // Columns sealed in every row are named *_sealed; a column sealed only in some rows says which.
    expect(SEALED_COLUMNS.filter((c) => c.onlySql === undefined).map((c) => `${c.table}.${c.sealedSql}`).sort()).toEqual(inSchema.sort());
    expect(SEALED_COLUMNS.filter((c) => c.onlySql !== undefined).map((c) => `${c.table}.${c.sealedSql}`)).toEqual(['outbox.body']);
  });

  it('still open, and are re-sealed bound to their row once, at start', async () => {
    const { actor } = await chairOf();
    const m = ctx.keys.master;
    const c = await buildCase(ctx, actor);
    const person = await createPerson(as(ctx, actor), {});
    await ctx.db.update(cases).set({ narrativeSealed: sealV1(m, 'cases.narrative', 'Old narrative') }).where(eq(cases.id, c.id));
    await ctx.db.update(people).set({ identitySealed: sealV1(m, 'people.identity', JSON.stringify({ realNames: ['Old Name'], aliases: [], emails: [], usernames: [] })) }).where(eq(people.id, person.id));
    const [created] = await ctx.db.select({ id: caseEvents.id }).from(caseEvents).where(eq(caseEvents.caseId, c.id));
    await ctx.db.update(caseEvents).set({ bodySealed: sealV1(m, 'case_events.body', 'Old note') }).where(eq(caseEvents.id, created!.id));
    const other = await buildMember(ctx);
    await ctx.db.insert(recusals).values({ caseId: c.id, memberId: other.id, reason: 'other', detailsSealed: sealV1(m, 'recusals.details', 'Old details') });
    const [review] = await ctx.db
      .insert(publicTextReviews)
      .values({
        subjectKind: 'publication_note',
        subjectId: c.id,
        field: 'note',
        textHash: 'h',
        findings: [{ start: 0, end: 1, label: 'PERSON', known: false }, { start: 2, end: 3, label: 'PERSON', known: false, override: { by: actor.id, at: '2026-01-01T00:00:00Z', reasonSealed: sealV1(m, 'public_text_reviews.override', 'Old reason') } }],
        checkedAt: new Date(),
      })
      .returning({ id: publicTextReviews.id });
    // A v1 value that does not open (here: sealed for another column) is left alone, not lost.
    const broken = await buildCase(ctx, actor);
    const brokenValue = sealV1(m, 'people.identity', 'not a narrative');
    await ctx.db.update(cases).set({ narrativeSealed: brokenValue }).where(eq(cases.id, broken.id));

    // Legacy values open as they are.
    expect((await getCase(as(ctx, actor), { caseId: c.id })).narrative).toBe('Old narrative');
    expect((await getPerson(as(ctx, actor), { personId: person.id })).identity.realNames).toEqual(['Old Name']);

    expect(await upgradeSealedValues(ctx)).toEqual({ upgraded: 5, unopened: 1 });

    const [caseRow] = await ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(caseRow!.narrativeSealed!.startsWith('v2.')).toBe(true);
    const view = await getCase(as(ctx, actor), { caseId: c.id });
    expect(view.narrative).toBe('Old narrative');
    expect(view.events.find((e) => e.id === created!.id)!.body).toBe('Old note');
    expect((await getPerson(as(ctx, actor), { personId: person.id })).identity.realNames).toEqual(['Old Name']);
    const [rec] = await ctx.db.select().from(recusals).where(eq(recusals.caseId, c.id));
    expect(rec!.detailsSealed!.startsWith('v2.')).toBe(true);
    const [rev] = await ctx.db.select().from(publicTextReviews).where(eq(publicTextReviews.id, review!.id));
    expect(JSON.stringify(rev!.findings)).not.toContain('"v1.');
    const [brokenRow] = await ctx.db.select().from(cases).where(eq(cases.id, broken.id));
    expect(brokenRow!.narrativeSealed).toBe(brokenValue);

    // Once upgraded, the v2 value is bound to its row: copied elsewhere, it no longer opens.
    await ctx.db.update(cases).set({ narrativeSealed: caseRow!.narrativeSealed }).where(eq(cases.id, broken.id));
    await expect(getCase(as(ctx, actor), { caseId: broken.id })).rejects.toMatchObject({ code: 'integrity_failed' });

    // Idempotent: nothing is left to upgrade but the value that does not open.
    await ctx.db.update(cases).set({ narrativeSealed: brokenValue }).where(eq(cases.id, broken.id));
    expect(await upgradeSealedValues(ctx)).toEqual({ upgraded: 0, unopened: 1 });
  });

  it('are upgraded when Candor starts (as `candor migrate` and `candor serve` do)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'candor-seal-upgrade-'));
    cleanup.push(dir);
    const first = await openRuntime({ CANDOR_DATA_DIR: dir });
    const system = first.context({ kind: 'system', label: 'test' });
    const c = await createCase(system, { receivedOn: '2025-02-03' });
    await system.db.update(cases).set({ narrativeSealed: sealV1(first.keys.master, 'cases.narrative', 'Old narrative') }).where(eq(cases.id, c.id));
    await first.close();

    const second = await openRuntime({ CANDOR_DATA_DIR: dir });
    try {
      const [row] = await second.database.db.select({ sealed: cases.narrativeSealed }).from(cases).where(eq(cases.id, c.id));
      expect(row!.sealed!.startsWith('v2.')).toBe(true);
      expect((await getCase(second.context({ kind: 'system', label: 'test' }), { caseId: c.id })).narrative).toBe('Old narrative');
    } finally {
      await second.close();
    }
  });
});

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});
