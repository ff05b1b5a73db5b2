import { asc, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect';
import { caseEvents, cases } from '../../db/schema';
import { applyEvent, deriveCaseState, LifecycleError, type CaseEvent, type CaseState } from '../../domain/case-lifecycle';
import { invalidInput } from '../../errors';
import { seal } from '../../privacy/envelope';
import { assertInTransaction, type ServiceContext } from '../context';

/** A stored event row as the domain's event (rows are written only by appendCaseEvent). */
export function toEvent(row: { kind: string; data: Record<string, unknown> }): CaseEvent {
  return { ...row.data, kind: row.kind } as CaseEvent;
}

export async function loadCaseEvents(ctx: ServiceContext, caseId: string): Promise<CaseEvent[]> {
  const rows = await ctx.db
    .select({ kind: caseEvents.kind, data: caseEvents.data })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id));
  return rows.map(toEvent);
}

function projection(s: CaseState) {
  return {
    receivedOn: s.receivedOn,
    channel: s.channel,
    status: s.status,
    stage: s.stage,
    resolutionSource: s.resolutionSource,
    resolvedOn: s.resolvedOn,
    reviewOn: s.reviewOn,
    acknowledgedOn: s.acknowledgedOn,
    safetyRisk: s.safetyRisk,
    ongoingHarassment: s.ongoingHarassment,
    categories: s.categories,
  };
}

/**
 * Appends an event and re-derives the case row from the whole history, in the caller's
 * transaction. `body` is confidential free text (a note, a summary) and is sealed.
 */
export async function appendCaseEvent(
  ctx: ServiceContext,
  caseId: string,
  event: CaseEvent,
  body?: string | null,
  /** Facts about the change that are not case state (which fields changed, which member); never confidential text. */
  meta?: Record<string, string | number | boolean | null>,
): Promise<CaseState> {
  assertInTransaction(ctx, 'appendCaseEvent');
  const history = await loadCaseEvents(ctx, caseId);
  let state: CaseState;
  try {
    state = applyEvent(history.length > 0 ? deriveCaseState(history) : null, event);
  } catch (e) {
    if (e instanceof LifecycleError) throw invalidInput(e.message);
    throw e;
  }
  const { kind, ...data } = event;
  // The id is taken from the sequence first so a body can be sealed to its row.
  let id: number | undefined;
  if (body) {
    const [next] = await queryRows<{ id: string | number }>(ctx.db, sql`select nextval(pg_get_serial_sequence('case_events', 'id')) as id`);
    id = Number(next!.id);
  }
  await ctx.db.insert(caseEvents).values({
    ...(id === undefined ? {} : { id }),
    caseId,
    at: ctx.now(),
    actorId: ctx.actor.kind === 'member' ? ctx.actor.id : null,
    kind,
    data: meta ? { ...data, meta } : data,
    bodySealed: body && id !== undefined ? seal(ctx.keys.master, { table: 'case_events', column: 'body', row: String(id) }, body) : null,
  });
  await ctx.db
    .update(cases)
    .set({ ...projection(state), updatedAt: ctx.now() })
    .where(eq(cases.id, caseId));
  return state;
}

export interface NewCaseFromEvent {
  id: string;
  codeName: string;
  documentsSealed: string | null;
  /** The case's first event (it has no history yet). */
  event: CaseEvent;
}

/**
 * Creates many cases at once, each with its first event and the case row derived from it — the
 * same derivation appendCaseEvent makes, in three statements for the whole batch instead of three
 * per case (the bulk import). In the caller's transaction.
 */
export async function insertCasesWithFirstEvent(ctx: ServiceContext, batch: readonly NewCaseFromEvent[]): Promise<void> {
  assertInTransaction(ctx, 'insertCasesWithFirstEvent');
  if (batch.length === 0) return;
  const now = ctx.now();
  const rows = batch.map((c) => {
    let state: CaseState;
    try {
      state = applyEvent(null, c.event);
    } catch (e) {
      if (e instanceof LifecycleError) throw invalidInput(e.message);
      throw e;
    }
    return { id: c.id, codeName: c.codeName, documentsSealed: c.documentsSealed, ...projection(state), updatedAt: now };
  });
  await ctx.db.insert(cases).values(rows);
  const actorId = ctx.actor.kind === 'member' ? ctx.actor.id : null;
  await ctx.db.insert(caseEvents).values(
    batch.map((c) => {
      const { kind, ...data } = c.event;
      return { caseId: c.id, at: now, actorId, kind, data };
    }),
  );
}
