// The case register as one actor may see it: code names, dates and outcomes, never a real name.
// A member recused from a case still sees that it exists (its code name and "recused"), because
// they declared the conflict against that code name and must not be surprised by it later. A
// member excluded from a case (named in it) sees nothing of it, as if it did not exist.
import { and, asc, desc, eq, exists, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { casePeople, caseSpaces, cases, spaces } from '../../db/schema';
import type { CaseStage } from '../../domain/case-lifecycle';
import type { CaseStatus, ResolutionSource } from '../../domain/case-status';
import { highestConsequence, parseConsequence, type Consequence } from '../../domain/outcomes';
import { parsePeriod, periodEnd, periodStart } from '../../domain/periods';
import { can, type Resource } from '../../domain/permissions';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { loadCaseResources } from './case-resource';
import { parseInput } from '../parse-input';
import { listCasesInput, type ListCasesInput } from './schemas';

export interface VisibleCaseRow {
  kind: 'visible';
  id: string;
  codeName: string;
  receivedOn: string;
  status: CaseStatus;
  stage: CaseStage;
  resolutionSource: ResolutionSource;
  resolvedOn: string | null;
  spaces: string[];
  peopleCount: number;
  highestConsequence: Consequence | null;
}
export interface RecusedCaseRow {
  kind: 'recused';
  /** Known to the member already (they declare conflicts against ids and code names). */
  id: string;
  codeName: string;
  status: 'recused';
}
export type CaseListRow = VisibleCaseRow | RecusedCaseRow;

function group<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

export async function listCases(ctx: ServiceContext, raw: ListCasesInput = {}): Promise<CaseListRow[]> {
  authorize(ctx, 'list:case');
  const f = parseInput(listCasesInput, raw, 'The filters');
  return withTransaction(ctx, async (tx) => {
    const where: SQL[] = [];
    if (f.status) where.push(eq(cases.status, f.status));
    if (f.stage) where.push(eq(cases.stage, f.stage));
    const period = f.period ? parsePeriod(f.period) : null;
    if (period) where.push(gte(cases.receivedOn, periodStart(period)), lte(cases.receivedOn, periodEnd(period)));
    if (f.spaceId) {
      where.push(exists(tx.db.select().from(caseSpaces).where(and(eq(caseSpaces.caseId, cases.id), eq(caseSpaces.spaceId, f.spaceId)))));
    }
    if (f.consequence) {
      where.push(exists(tx.db.select().from(casePeople).where(and(eq(casePeople.caseId, cases.id), eq(casePeople.consequence, f.consequence)))));
    }
    const order =
      f.sort === 'received_asc'
        ? [asc(cases.receivedOn), asc(cases.codeName)]
        : f.sort === 'code_name'
          ? [asc(cases.codeName)]
          : f.sort === 'status'
            ? [asc(cases.status), desc(cases.receivedOn)]
            : [desc(cases.receivedOn), asc(cases.codeName)];
    const rows = await tx.db
      .select()
      .from(cases)
      .where(where.length > 0 ? and(...where) : undefined)
      .orderBy(...order);
    const ids = rows.map((r) => r.id);
    const [resources, spaceRows, people] =
      ids.length === 0
        ? [new Map<string, Resource>(), [], []]
        : await Promise.all([
            loadCaseResources(tx, ids),
            tx.db
              .select({ caseId: caseSpaces.caseId, spaceId: caseSpaces.spaceId, name: spaces.name })
              .from(caseSpaces)
              .innerJoin(spaces, eq(spaces.id, caseSpaces.spaceId))
              .where(inArray(caseSpaces.caseId, ids)),
            tx.db.select({ caseId: casePeople.caseId, consequence: casePeople.consequence }).from(casePeople).where(inArray(casePeople.caseId, ids)),
          ]);
    const spaceBy = group(spaceRows, (r) => r.caseId);
    const peopleBy = group(people, (r) => r.caseId);
    // Filters on a recused case would reveal its details ("which cases ended in a ban?"), so
    // recused rows appear only in the unfiltered register.
    const filtered = Boolean(f.status || f.stage || period || f.spaceId || f.consequence);
    const out: CaseListRow[] = [];
    for (const r of rows) {
      const resource = resources.get(r.id)!;
      if (can(tx.actor, 'list:case', resource) && can(tx.actor, 'read:case', resource)) {
        const consequences = (peopleBy.get(r.id) ?? []).flatMap((p) => {
          const c = p.consequence ? parseConsequence(p.consequence) : null;
          return c ? [c] : [];
        });
        out.push({
          kind: 'visible',
          id: r.id,
          codeName: r.codeName,
          receivedOn: r.receivedOn,
          status: r.status,
          stage: r.stage,
          resolutionSource: r.resolutionSource,
          resolvedOn: r.resolvedOn,
          spaces: (spaceBy.get(r.id) ?? []).map((s) => s.name).sort(),
          peopleCount: (peopleBy.get(r.id) ?? []).length,
          highestConsequence: highestConsequence(consequences),
        });
        continue;
      }
      if (filtered || tx.actor.kind !== 'member') continue;
      const unrecused: Resource = { ...resource, recusedMemberIds: [], namesMemberIds: [] };
      const excluded = resource.namesMemberIds!.includes(tx.actor.id);
      const isRecused = resource.recusedMemberIds!.includes(tx.actor.id);
      if (isRecused && !excluded && can({ ...tx.actor, conflictsDeclared: true }, 'read:case', unrecused)) {
        out.push({ kind: 'recused', id: r.id, codeName: r.codeName, status: 'recused' });
      }
    }
    await audit(tx, {
      action: 'case.list',
      entity: 'case',
      details: {
        shown: out.filter((o) => o.kind === 'visible').length,
        status: f.status ?? null,
        period: f.period ?? null,
        stage: f.stage ?? null,
        consequence: f.consequence ?? null,
        space: f.spaceId ?? null,
      },
    });
    return out;
  });
}
