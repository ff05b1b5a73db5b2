import { randomUUID } from 'node:crypto';
import { cases, caseSpaces } from '../../db/schema';
import { generateCaseCodeName } from '../../domain/code-names';
import { sealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { appendCaseEvent } from './case-events';
import { createCaseInput, type CreateCaseInput } from './schemas';

export async function takenCaseCodeNames(ctx: ServiceContext): Promise<Set<string>> {
  const rows = await ctx.db.select({ codeName: cases.codeName }).from(cases);
  return new Set(rows.map((r) => r.codeName));
}

export async function createCase(
  ctx: ServiceContext,
  raw: CreateCaseInput,
  opts: { codeName?: string } = {},
): Promise<{ id: string; codeName: string }> {
  authorize(ctx, 'create:case');
  const input = parseInput(createCaseInput, raw, 'The case');
  return withTransaction(ctx, async (tx) => {
    const codeName = opts.codeName ?? generateCaseCodeName(await takenCaseCodeNames(tx));
    // The id is made here, not by the database, so the narrative can be sealed to its row.
    const id = randomUUID();
    await tx.db
      .insert(cases)
      .values({
        id,
        codeName,
        receivedOn: input.receivedOn,
        channel: input.channel,
        narrativeSealed: sealOrNull(tx.keys.master, { table: 'cases', column: 'narrative', row: id }, input.narrative),
      });
    if (input.spaceIds.length > 0) {
      await tx.db.insert(caseSpaces).values(input.spaceIds.map((spaceId) => ({ caseId: id, spaceId })));
    }
    await appendCaseEvent(tx, id, {
      kind: 'created',
      receivedOn: input.receivedOn,
      channel: input.channel,
      categories: input.categories,
      safetyRisk: input.safetyRisk,
      ongoingHarassment: input.ongoingHarassment,
    });
    await audit(tx, { action: 'case.create', entity: 'case', entityRef: codeName });
    return { id, codeName };
  });
}
