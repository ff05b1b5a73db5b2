import { beforeEach, describe, expect, it } from 'vitest';
import { audit } from '../../../src/services/audit/emit';
import { listAuditEntries, AUDIT_PAGE_SIZE } from '../../../src/services/audit/list-entries';
import { withActor, withTransaction, type ServiceContext } from '../../../src/services/context';
import { lastAudit } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { buildMember, type BuiltMember } from '../../helpers/members';

let ctx: ServiceContext;
let chair: BuiltMember;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2025-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock });
  chair = await buildMember(ctx, { role: 'chair' });
});

async function entry(actor: ServiceContext['actor'], action: 'case.read' | 'case.update', ref: string, at: string) {
  clock = new Date(at);
  await withTransaction(withActor(ctx, actor), (tx) => audit(tx, { action, entity: 'case', entityRef: ref }));
}

describe('listAuditEntries', () => {
  it('filters by action, actor, case code and dates; audits the reading', async () => {
    const m = await buildMember(ctx);
    await entry(chair.actor, 'case.read', 'home shelf', '2025-01-10T12:00:00Z');
    await entry(m.actor, 'case.update', 'home shelf', '2025-02-10T12:00:00Z');
    await entry(m.actor, 'case.read', 'quiet river', '2025-03-10T12:00:00Z');
    const asChair = withActor(ctx, chair.actor);
    const refs = async (input: Parameters<typeof listAuditEntries>[1]) =>
      (await listAuditEntries(asChair, input)).entries.filter((e) => e.action !== 'audit.read').map((e) => `${e.action} ${e.entityRef}`);
    expect(await refs({ action: 'case.read' })).toEqual(['case.read quiet river', 'case.read home shelf']);
    expect(await refs({ actorId: m.id })).toEqual(['case.read quiet river', 'case.update home shelf']);
    expect(await refs({ caseCode: 'Home Shelf' })).toEqual(['case.update home shelf', 'case.read home shelf']);
    expect(await refs({ from: '2025-02-01', to: '2025-02-10' })).toEqual(['case.update home shelf']);
    expect(await lastAudit(ctx)).toMatchObject({ action: 'audit.read', actorId: chair.id });
  });

  it('pages', async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await entry(chair.actor, 'case.read', `c${i}`, '2025-01-10T12:00:00Z');
    const asChair = withActor(ctx, chair.actor);
    const p1 = await listAuditEntries(asChair, { action: 'case.read' });
    expect(p1.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(p1.hasNext).toBe(true);
    const p2 = await listAuditEntries(asChair, { action: 'case.read', page: '2' });
    expect(p2.entries).toHaveLength(5);
    expect(p2.hasNext).toBe(false);
  });

  it('is for chairs and the board only; bad filters name the field', async () => {
    const board = await buildMember(ctx, { role: 'board' });
    await listAuditEntries(withActor(ctx, board.actor), {});
    const m = await buildMember(ctx);
    await expect(listAuditEntries(withActor(ctx, m.actor), {})).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listAuditEntries(withActor(ctx, chair.actor), { from: '31/01/2025' })).rejects.toMatchObject({
      issues: [{ field: 'from' }],
    });
  });
});
