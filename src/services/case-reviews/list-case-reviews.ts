// A case's requests for reconsideration and urgent actions, with their sealed details, for
// someone who may read the case. Reading them is audited.
import { asc, eq } from 'drizzle-orm';
import { members, reconsiderations, unilateralActions } from '../../db/schema';
import {
  urgentReviewClass,
  type ReconsiderationRequester,
  type ReconsiderationResult,
  type UrgentAction,
  type UrgentReviewClass,
  type UrgentReviewResult,
} from '../../domain/case-reviews';
import { can } from '../../domain/permissions';
import { unsealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { listCaseReviewsInput, type ListCaseReviewsInput } from './schemas';

export interface ReconsiderationView {
  id: string;
  requestedOn: string;
  requestedBy: ReconsiderationRequester;
  result: ReconsiderationResult;
  decidedOn: string | null;
  details: string | null;
}

export interface UrgentActionView {
  id: string;
  memberId: string;
  memberName: string;
  action: UrgentAction;
  takenAt: Date;
  reviewedAt: Date | null;
  reviewResult: UrgentReviewResult | null;
  review: UrgentReviewClass;
  details: string | null;
}

export interface CaseReviews {
  caseId: string;
  codeName: string;
  reconsiderations: ReconsiderationView[];
  urgentActions: UrgentActionView[];
  /** Voting members who may be recorded as having acted. */
  votingMembers: { id: string; name: string }[];
  canUpdate: boolean;
}

export async function listCaseReviews(ctx: ServiceContext, raw: ListCaseReviewsInput): Promise<CaseReviews> {
  authorize(ctx, 'read:case');
  const { caseId } = parseInput(listCaseReviewsInput, raw);
  return withTransaction(ctx, async (tx) => {
    const { row, resource } = await openCase(tx, caseId, 'read:case');
    const master = tx.keys.master;
    const [requests, actions, voting] = await Promise.all([
      tx.db.select().from(reconsiderations).where(eq(reconsiderations.caseId, row.id)).orderBy(asc(reconsiderations.requestedOn), asc(reconsiderations.createdAt)),
      tx.db
        .select({ a: unilateralActions, memberName: members.displayName })
        .from(unilateralActions)
        .innerJoin(members, eq(members.id, unilateralActions.memberId))
        .where(eq(unilateralActions.caseId, row.id))
        .orderBy(asc(unilateralActions.takenAt)),
      tx.db.select({ id: members.id, name: members.displayName, role: members.role, active: members.active }).from(members).orderBy(asc(members.displayName)),
    ]);
    await audit(tx, { action: 'case_reviews.read', entity: 'case', entityRef: row.codeName });
    return {
      caseId: row.id,
      codeName: row.codeName,
      reconsiderations: requests.map((r) => ({
        id: r.id,
        requestedOn: r.requestedOn,
        requestedBy: r.requestedBy,
        result: r.result,
        decidedOn: r.decidedOn,
        details: unsealOrNull(master, { table: 'reconsiderations', column: 'details', row: r.id }, r.detailsSealed),
      })),
      urgentActions: actions.map(({ a, memberName }) => ({
        id: a.id,
        memberId: a.memberId,
        memberName,
        action: a.action,
        takenAt: a.takenAt,
        reviewedAt: a.reviewedAt,
        reviewResult: a.reviewResult,
        review: urgentReviewClass(a.takenAt, a.reviewedAt),
        details: unsealOrNull(master, { table: 'unilateral_actions', column: 'details', row: a.id }, a.detailsSealed),
      })),
      votingMembers: voting.filter((m) => m.active && ['member', 'chair', 'vice_chair'].includes(m.role)).map((m) => ({ id: m.id, name: m.name })),
      canUpdate: can(tx.actor, 'update:case', resource),
    };
  });
}
