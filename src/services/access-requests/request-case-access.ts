// A board member asks to see one case record, giving a reason the chair will read. The board
// knows cases only by the code names in the audit trail, so the request names one.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { accessRequests, cases } from '../../db/schema';
import { can } from '../../domain/permissions';
import { CandorError } from '../../errors';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { loadCaseResource } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { requestAccessInput, type RequestAccessInput } from './schemas';

const noSuchCase = () =>
  new CandorError('invalid_input', 'No case has that code name', [{ field: 'caseCodeName', message: 'no case you may ask for has this code name' }]);

export async function requestCaseAccess(ctx: ServiceContext, raw: RequestAccessInput): Promise<{ id: string }> {
  authorize(ctx, 'create:access_request');
  const memberId = memberIdOf(ctx);
  const input = parseInput(requestAccessInput, raw, 'The request');
  return withTransaction(ctx, async (tx) => {
    const [c] = await tx.db
      .select({ id: cases.id, codeName: cases.codeName })
      .from(cases)
      .where(sql`lower(${cases.codeName}) = lower(${input.caseCodeName.replace(/[-_]+/g, ' ')})`);
    if (!c) throw noSuchCase();
    // Never for a case that names (or recuses) the asker: answered exactly like an unknown code name.
    if (!can(tx.actor, 'create:access_request', await loadCaseResource(tx, c.id))) throw noSuchCase();
    const id = randomUUID(); // made here so the reason can be sealed to its row
    const [row] = await tx.db
      .insert(accessRequests)
      .values({ id, caseId: c.id, memberId, reasonSealed: seal(tx.keys.master, { table: 'access_requests', column: 'reason', row: id }, input.reason), createdAt: tx.now() })
      .returning({ id: accessRequests.id });
    await audit(tx, { action: 'access_request.create', entity: 'case', entityRef: c.codeName, details: { request: row!.id } });
    return { id: row!.id };
  });
}
