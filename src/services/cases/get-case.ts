// One case record for someone allowed to read it: summary, people rows, the timeline with its
// unsealed notes, attachments and who it is shared with. Reading it is audited (case.read).
import { asc, eq } from 'drizzle-orm';
import { attachments, caseEvents, casePeople, caseShares, caseSpaces, members, people, recusals, spaces } from '../../db/schema';
import { pendingRecusalWithdrawals, type CaseState, type RoleInCase } from '../../domain/case-lifecycle';
import type { Consequence } from '../../domain/outcomes';
import { can } from '../../domain/permissions';
import { unsealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { openCase } from './case-access';
import { toEvent } from './case-events';
import { caseRefInput, type CaseRefInput } from './schemas';

export interface CasePersonView {
  id: string;
  personId: string | null;
  personCodeName: string | null;
  roleInCase: RoleInCase;
  consequence: Consequence | null;
  suspensionFrom: string | null;
  suspensionUntil: string | null;
  flagged: boolean;
}

export interface CaseEventView {
  id: number;
  at: Date;
  kind: string;
  actorName: string | null;
  data: Record<string, unknown>;
  body: string | null;
}

export interface CaseView extends CaseState {
  id: string;
  codeName: string;
  narrative: string | null;
  resolution: { summary: string; outcome: string } | null;
  spaces: Array<{ id: string; name: string }>;
  people: CasePersonView[];
  events: CaseEventView[];
  attachments: Array<{ id: string; filename: string; contentType: string; size: number; createdAt: Date }>;
  sharedWith: Array<{ id: string; name: string }>;
  /** `withdrawalRequested`: the member asked to withdraw their declared conflict; the chair decides. */
  recused: Array<{ id: string; name: string; excluded: boolean; withdrawalRequested: boolean }>;
  allowed: { update: boolean; note: boolean; share: boolean; exclude: boolean };
}

export async function getCase(ctx: ServiceContext, raw: CaseRefInput): Promise<CaseView> {
  authorize(ctx, 'read:case');
  const { caseId } = parseInput(caseRefInput, raw);
  return withTransaction(ctx, async (tx) => {
    const { row, resource } = await openCase(tx, caseId, 'read:case');
    const master = tx.keys.master;
    const [spaceRows, personRows, eventRows, fileRows, shareRows, recusalRows] = await Promise.all([
      tx.db.select({ id: spaces.id, name: spaces.name }).from(caseSpaces).innerJoin(spaces, eq(spaces.id, caseSpaces.spaceId)).where(eq(caseSpaces.caseId, row.id)),
      tx.db
        .select({ row: casePeople, personCodeName: people.codeName })
        .from(casePeople)
        .leftJoin(people, eq(people.id, casePeople.personId))
        .where(eq(casePeople.caseId, row.id))
        .orderBy(asc(casePeople.position), asc(casePeople.createdAt)),
      tx.db
        .select({ e: caseEvents, actorName: members.displayName })
        .from(caseEvents)
        .leftJoin(members, eq(members.id, caseEvents.actorId))
        .where(eq(caseEvents.caseId, row.id))
        .orderBy(asc(caseEvents.id)),
      tx.db
        .select({ id: attachments.id, filenameSealed: attachments.filenameSealed, contentType: attachments.contentType, size: attachments.size, createdAt: attachments.createdAt })
        .from(attachments)
        .where(eq(attachments.caseId, row.id))
        .orderBy(asc(attachments.createdAt)),
      tx.db.select({ id: members.id, name: members.displayName }).from(caseShares).innerJoin(members, eq(members.id, caseShares.memberId)).where(eq(caseShares.caseId, row.id)),
      tx.db
        .select({ id: members.id, name: members.displayName, reason: recusals.reason })
        .from(recusals)
        .innerJoin(members, eq(members.id, recusals.memberId))
        .where(eq(recusals.caseId, row.id)),
    ]);
    const resolution = unsealOrNull(master, { table: 'cases', column: 'resolution', row: row.id }, row.resolutionSealed);
    const pending = pendingRecusalWithdrawals(eventRows.map(({ e }) => toEvent(e)));
    await audit(tx, { action: 'case.read', entity: 'case', entityRef: row.codeName });
    return {
      id: row.id,
      codeName: row.codeName,
      receivedOn: row.receivedOn,
      channel: row.channel,
      status: row.status,
      stage: row.stage,
      resolutionSource: row.resolutionSource,
      resolvedOn: row.resolvedOn,
      reviewOn: row.reviewOn,
      acknowledgedOn: row.acknowledgedOn,
      safetyRisk: row.safetyRisk,
      ongoingHarassment: row.ongoingHarassment,
      categories: row.categories,
      narrative: unsealOrNull(master, { table: 'cases', column: 'narrative', row: row.id }, row.narrativeSealed),
      resolution: resolution ? (JSON.parse(resolution) as { summary: string; outcome: string }) : null,
      spaces: spaceRows,
      people: personRows.map(({ row: p, personCodeName }) => ({
        id: p.id,
        personId: p.personId,
        personCodeName,
        roleInCase: p.roleInCase,
        consequence: p.consequence,
        suspensionFrom: p.suspensionFrom,
        suspensionUntil: p.suspensionUntil,
        flagged: p.flagged,
      })),
      events: eventRows.map(({ e, actorName }) => ({
        id: e.id,
        at: e.at,
        kind: e.kind,
        actorName,
        data: e.data,
        body: unsealOrNull(master, { table: 'case_events', column: 'body', row: String(e.id) }, e.bodySealed),
      })),
      attachments: fileRows.map((f) => ({
        id: f.id,
        filename: unsealOrNull(master, { table: 'attachments', column: 'filename', row: f.id }, f.filenameSealed) ?? 'attachment',
        contentType: f.contentType,
        size: f.size,
        createdAt: f.createdAt,
      })),
      sharedWith: shareRows,
      recused: recusalRows.map((r) => ({ id: r.id, name: r.name, excluded: r.reason === 'excluded', withdrawalRequested: r.reason !== 'excluded' && pending.has(r.id) })),
      allowed: {
        update: can(tx.actor, 'update:case', resource),
        note: can(tx.actor, 'note:case', resource),
        share: can(tx.actor, 'share:case', resource),
        exclude: can(tx.actor, 'exclude:case', resource),
      },
    };
  });
}

