// The one loader of the register for figures: internal statistics (get-statistics.ts) and every
// published figure (publications/load-register.ts) read the cases through it, so "named" and
// "flagged" (src/domain/statistics.ts, statPerson) cannot drift between them. No free text, no
// identities and no code names leave here.
import { eq } from 'drizzle-orm';
import { casePeople, cases, people } from '../../db/schema';
import type { Channel } from '../../domain/case-lifecycle';
import { localDate } from '../../domain/periods';
import { COUNTED_ROLE, statPerson, type StatCase, type StatPerson } from '../../domain/statistics';
import type { ServiceContext } from '../context';

/** A case as figures see it, with what published breakdowns need beside the outcome. */
export interface StatRegisterCase extends StatCase {
  /** For joining per-case data (spaces); never published. */
  readonly id: string;
  readonly channel: Channel;
  readonly categories: readonly string[];
  readonly acknowledgedOn: string | null;
  readonly resolvedOn: string | null;
}

/** Every case of the register (decision 005: the figures count all cases), reduced for figures. */
export async function loadStatCases(ctx: ServiceContext): Promise<StatRegisterCase[]> {
  // "Flagged at the time of the figures": the organisation's date today.
  const today = localDate(ctx.now(), ctx.config.organisation.timeZone);
  const caseRows = await ctx.db
    .select({
      id: cases.id,
      receivedOn: cases.receivedOn,
      status: cases.status,
      resolutionSource: cases.resolutionSource,
      channel: cases.channel,
      categories: cases.categories,
      acknowledgedOn: cases.acknowledgedOn,
      resolvedOn: cases.resolvedOn,
    })
    .from(cases);
  const personRows = await ctx.db
    .select({
      caseId: casePeople.caseId,
      personCode: people.codeName,
      consequence: casePeople.consequence,
      rowFlagged: casePeople.flagged,
      personFlagged: people.flagged,
      flagExpiresOn: people.flagExpiresOn,
    })
    .from(casePeople)
    .leftJoin(people, eq(people.id, casePeople.personId))
    .where(eq(casePeople.roleInCase, COUNTED_ROLE));
  const peopleOf = new Map<string, StatPerson[]>();
  for (const { caseId, ...row } of personRows) {
    const list = peopleOf.get(caseId) ?? [];
    list.push(statPerson(row, today));
    peopleOf.set(caseId, list);
  }
  return caseRows.map((c) => ({ ...c, people: peopleOf.get(c.id) ?? [] }));
}
