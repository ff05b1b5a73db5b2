// The board asks the working group for information (DOMAIN.md "Accountability"); the chair answers
// in Candor. Both texts are sealed, both steps audited, and mail says only that something is
// waiting. A request about a case is refused (as "no such case") to a board member involved in
// it, is hidden from chairs recused from it, and its answer from involved board members.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { cases, informationRequests, members } from '../../db/schema';
import { CandorError, invalidInput, notFound } from '../../errors';
import { seal, unsealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { isUuid, openCase } from '../cases/case-access';
import { caseAccess } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { notifyRoles } from './notify';
import {
  answerInformationRequestInput,
  listInformationRequestsInput,
  sendInformationRequestInput,
  type AnswerInformationRequestInput,
  type ListInformationRequestsInput,
  type SendInformationRequestInput,
} from './schemas';

const CHAIRS = ['chair', 'vice_chair'] as const;

export async function sendInformationRequest(ctx: ServiceContext, raw: SendInformationRequestInput): Promise<{ id: string }> {
  authorize(ctx, 'create:information_request');
  const memberId = memberIdOf(ctx);
  const input = parseInput(sendInformationRequestInput, raw, 'The information request');
  return withTransaction(ctx, async (tx) => {
    let about: { id: string; codeName: string } | null = null;
    if (input.caseCode) {
      const [found] = await tx.db.select({ id: cases.id }).from(cases).where(sql`lower(${cases.codeName}) = lower(${input.caseCode})`);
      const unknown = invalidInput('The information request has 1 problem(s)', [{ field: 'caseCode', message: 'no case you may ask about has this code name' }]);
      if (!found) throw unknown;
      try {
        about = (await openCase(tx, found.id, 'create:information_request')).row;
      } catch (e) {
        if (e instanceof CandorError && e.code === 'forbidden') throw unknown; // same answer as an unknown name
        throw e;
      }
    }
    const id = randomUUID(); // made here so the text can be sealed to its row
    await tx.db.insert(informationRequests).values({
      id,
      requestedBy: memberId,
      caseId: about?.id ?? null,
      requestSealed: seal(tx.keys.master, { table: 'information_requests', column: 'request', row: id }, input.request),
      requestedAt: tx.now(),
    });
    await audit(tx, about ? { action: 'information_request.create', entity: 'case', entityRef: about.codeName, details: { request: id } } : { action: 'information_request.create', entity: 'information_request', entityRef: id });
    await notifyRoles(tx, CHAIRS, '/wg/information-requests', about?.id ?? null);
    return { id };
  });
}

export interface InformationRequestView {
  id: string;
  codeName: string | null;
  requestedAt: Date;
  requestedBy: string | null;
  request: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  answer: string | null;
}

/**
 * Information requests `tx.actor` may see with `permission` (the board's view or the chair's),
 * texts opened, newest first. Call inside a transaction; the caller audits the read.
 */
export async function visibleInformationRequests(tx: ServiceContext, permission: 'view:board' | 'answer:information_request'): Promise<InformationRequestView[]> {
  const access = await caseAccess(tx, permission);
  const answerer = sql`(select display_name from ${members} m where m.id = ${informationRequests.answeredBy})`;
  const rows = await tx.db
    .select({ r: informationRequests, codeName: cases.codeName, requestedBy: members.displayName, answeredBy: answerer.mapWith(String) })
    .from(informationRequests)
    .leftJoin(cases, eq(cases.id, informationRequests.caseId))
    .leftJoin(members, eq(members.id, informationRequests.requestedBy))
    .orderBy(desc(informationRequests.requestedAt));
  const open = (column: string, id: string, sealed: string | null) => unsealOrNull(tx.keys.master, { table: 'information_requests', column, row: id }, sealed);
  return rows
    .filter(({ r }) => r.caseId === null || access.allowed.has(r.caseId))
    .map(({ r, codeName, requestedBy, answeredBy }) => ({
      id: r.id,
      codeName,
      requestedAt: r.requestedAt,
      requestedBy,
      request: open('request', r.id, r.requestSealed),
      answeredAt: r.answeredAt,
      answeredBy: r.answeredAt ? answeredBy : null,
      answer: open('answer', r.id, r.answerSealed),
    }));
}

/** The chair's list: every request they may answer, open ones first. */
export async function listInformationRequests(ctx: ServiceContext, raw: ListInformationRequestsInput = {}): Promise<InformationRequestView[]> {
  authorize(ctx, 'answer:information_request');
  parseInput(listInformationRequestsInput, raw);
  return withTransaction(ctx, async (tx) => {
    const out = await visibleInformationRequests(tx, 'answer:information_request');
    await audit(tx, { action: 'information_request.list', entity: 'information_request', details: { count: out.length, open: out.filter((r) => r.answeredAt === null).length } });
    return [...out.filter((r) => r.answeredAt === null), ...out.filter((r) => r.answeredAt !== null)];
  });
}

export async function answerInformationRequest(ctx: ServiceContext, raw: AnswerInformationRequestInput): Promise<void> {
  authorize(ctx, 'answer:information_request');
  const memberId = memberIdOf(ctx);
  const input = parseInput(answerInformationRequestInput, raw, 'The answer');
  await withTransaction(ctx, async (tx) => {
    if (!isUuid(input.id)) throw notFound();
    const [request] = await tx.db.select().from(informationRequests).where(eq(informationRequests.id, input.id)).for('update');
    if (!request) throw notFound();
    const about = request.caseId ? (await openCase(tx, request.caseId, 'answer:information_request')).row : null;
    if (request.answeredAt !== null) throw new CandorError('conflict', 'This request has already been answered');
    await tx.db
      .update(informationRequests)
      .set({ answeredBy: memberId, answeredAt: tx.now(), answerSealed: seal(tx.keys.master, { table: 'information_requests', column: 'answer', row: request.id }, input.answer) })
      .where(and(eq(informationRequests.id, request.id)));
    await audit(tx, about ? { action: 'information_request.answer', entity: 'case', entityRef: about.codeName, details: { request: request.id } } : { action: 'information_request.answer', entity: 'information_request', entityRef: request.id });
    await notifyRoles(tx, ['board'], '/wg/board', about?.id ?? null);
  });
}
