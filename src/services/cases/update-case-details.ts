import { eq } from 'drizzle-orm';
import { cases, caseSpaces } from '../../db/schema';
import type { CaseDetails } from '../../domain/case-lifecycle';
import { sealOrNull, unsealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { openCase } from './case-access';
import { appendCaseEvent } from './case-events';
import { caseDetailsInput, type UpdateCaseDetailsInput } from './schemas';

const DETAIL_KEYS = ['receivedOn', 'channel', 'categories', 'safetyRisk', 'ongoingHarassment'] as const;

/** Changes the case's summary fields; the change is an event, the case row is re-derived. */
export async function updateCaseDetails(ctx: ServiceContext, raw: UpdateCaseDetailsInput): Promise<void> {
  authorize(ctx, 'update:case');
  const { caseId, ...input } = parseInput(caseDetailsInput, raw, 'The case');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'update:case');
    const changes: Partial<CaseDetails> = {};
    for (const k of DETAIL_KEYS) {
      const v = input[k];
      if (v !== undefined && JSON.stringify(v) !== JSON.stringify(row[k])) Object.assign(changes, { [k]: v });
    }
    let spacesChanged = false;
    if (input.spaceIds) {
      const current = await tx.db.select({ spaceId: caseSpaces.spaceId }).from(caseSpaces).where(eq(caseSpaces.caseId, row.id));
      const before = current.map((c) => c.spaceId).sort().join();
      const after = [...new Set(input.spaceIds)].sort();
      if (before !== after.join()) {
        spacesChanged = true;
        await tx.db.delete(caseSpaces).where(eq(caseSpaces.caseId, row.id));
        if (after.length > 0) await tx.db.insert(caseSpaces).values(after.map((spaceId) => ({ caseId: row.id, spaceId })));
      }
    }
    // A form sends the narrative back unchanged with every edit; only a real change is recorded.
    const narrativeChanged =
      input.narrative !== undefined && input.narrative !== (unsealOrNull(tx.keys.master, { table: 'cases', column: 'narrative', row: row.id }, row.narrativeSealed) ?? '');
    if (narrativeChanged) {
      await tx.db
        .update(cases)
        .set({ narrativeSealed: sealOrNull(tx.keys.master, { table: 'cases', column: 'narrative', row: row.id }, input.narrative) })
        .where(eq(cases.id, row.id));
    }
    const fields = Object.keys(changes);
    if (fields.length === 0 && !spacesChanged && !narrativeChanged) return;
    await appendCaseEvent(tx, row.id, { kind: 'details_changed', changes }, null, {
      fields: fields.join(','),
      spaces: spacesChanged,
      narrative: narrativeChanged,
    });
    await audit(tx, {
      action: 'case.update',
      entity: 'case',
      entityRef: row.codeName,
      details: { fields: fields.join(','), spaces: spacesChanged, narrative: narrativeChanged },
    });
  });
}
