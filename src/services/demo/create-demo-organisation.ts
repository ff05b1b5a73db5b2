// `candor demo`: a plausible synthetic organisation for trying Candor out and for the pages and
// reports to show. It runs only on an empty register, through the same verbs as everything else.
import { addDemoOutgoingDraft } from './demo-outgoing';
import { addDemoVote } from './demo-decision';
import { and, count, eq, inArray } from 'drizzle-orm';
import { cases, members } from '../../db/schema';
import type { Consequence } from '../../domain/outcomes';
import { formatPeriod, halfYearsBetween, isPeriodOver, localDate } from '../../domain/periods';
import { CandorError, isCandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { decideReconsideration } from '../board/decide-reconsideration';
import { fileBoardReport } from '../board/file-board-report';
import { getReporterThread, messageReporter, openReport, replyToWorkingGroup, submitReport } from '../intake';
import { recordReconsideration } from '../case-reviews/record-reconsideration';
import { recordUrgentAction } from '../case-reviews/record-urgent-action';
import { reviewUrgentAction } from '../case-reviews/review-urgent-action';
import { addCaseNote } from '../cases/add-case-note';
import { acknowledgeCase } from '../cases/acknowledge-case';
import { addCasePerson } from '../cases/add-case-person';
import { createCase } from '../cases/create-case';
import { resolveCase } from '../cases/resolve-case';
import { withActor, withTransaction, type ServiceContext } from '../context';
import { createPerson } from '../people/create-person';
import { draftStatisticsRelease } from '../publications/draft-statistics-release';
import { publishRelease } from '../publications/publish-release';
import { addDemoDocumentation } from '../documents/demo-documentation';
import { createSpace } from '../spaces/create-space';
import { createDemoAccounts, type DemoAccount } from './create-demo-accounts';
import { DEMO_NAMES, DEMO_NARRATIVES, DEMO_NOTES, DEMO_SPACES } from './demo-data';

export interface DemoSummary {
  spaces: number;
  cases: number;
  people: number;
  /** Half-years whose statistics the demo published; a half-year the audit refuses stays a draft. */
  releases: number;
  accounts: DemoAccount[];
}

// A seeded generator keeps the demo the same from run to run (code names still come from the CSPRNG).
function seeded(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Plan = 'ongoing' | 'wg_action' | 'local_action' | 'no_action' | 'out_of_scope' | 'not_violation';

export async function createDemoOrganisation(
  ctx: ServiceContext,
  opts: { cases?: number; onProgress?: (done: number, total: number) => void; /** default true */ publishStatistics?: boolean } = {},
): Promise<DemoSummary> {
  authorize(ctx, 'run:system'); // the demo is created from the command line
  const [{ n: caseCount }] = (await ctx.db.select({ n: count() }).from(cases)) as [{ n: number }];
  const [{ n: memberCount }] = (await ctx.db.select({ n: count() }).from(members)) as [{ n: number }];
  if (caseCount + memberCount > 0) throw new CandorError('conflict', 'the register is not empty; the demo only fills an empty database');
  const total = opts.cases ?? 150;
  const r = seeded(2024);
  const today = localDate(ctx.now(), ctx.config.organisation.timeZone);

  const spaceIds = new Map<string, string>();
  for (const s of DEMO_SPACES) spaceIds.set(s.slug, (await createSpace(ctx, { ...s, contacts: [...(s.contacts ?? [])] })).id);

  const accounts = await createDemoAccounts(ctx, { localSpaceIds: [spaceIds.get('devcon-2024')!] });
  await addDemoDocumentation(ctx);

  const people: string[] = [];
  for (const name of DEMO_NAMES) {
    const handle = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z]+/g, '.');
    people.push((await createPerson(ctx, { identity: { realNames: [name], emails: [`${handle}@example.com`], usernames: [handle.replace(/\./g, '_')] } })).codeName);
  }

  const start = Date.parse('2021-01-04T00:00:00Z');
  const span = Date.parse(`${today}T00:00:00Z`) - 14 * 86_400_000 - start;
  const received = Array.from({ length: total }, () => new Date(start + r.int(span / 86_400_000) * 86_400_000).toISOString().slice(0, 10)).sort();
  const categories = ctx.config.violationCategories;
  const actions: Consequence[] = ['warning', 'warning', 'warning', 'first_suspension', 'second_suspension', 'ban', 'other'];

  const made: { id: string; receivedOn: string; resolvedOn: string | null; plan: Plan; safetyRisk: boolean }[] = [];
  for (const [i, receivedOn] of received.entries()) {
    const ageDays = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${receivedOn}T00:00:00Z`)) / 86_400_000;
    const plan: Plan = ageDays < 60 && r.chance(0.7)
      ? 'ongoing'
      : r.pick<Plan>(['wg_action', 'wg_action', 'wg_action', 'local_action', 'no_action', 'no_action', 'out_of_scope', 'not_violation', 'not_violation']);
    const space = r.pick(DEMO_SPACES);
    const safetyRisk = r.chance(0.1);
    const c = await createCase(ctx, {
      receivedOn,
      channel: space.kind === 'event' ? r.pick(['event', 'local_representative', 'email'] as const) : r.pick(['email', 'web_form', 'moderation_team'] as const),
      categories: [r.pick(categories), ...(r.chance(0.2) ? [r.pick(categories)] : [])].filter((v, j, a) => a.indexOf(v) === j),
      safetyRisk,
      ongoingHarassment: r.pick(['no', 'no', 'yes', 'maybe'] as const),
      spaceIds: [spaceIds.get(space.slug)!],
      narrative: r.pick(DEMO_NARRATIVES),
    });
    await acknowledgeCase(ctx, { caseId: c.id, on: addDays(receivedOn, r.chance(0.8) ? 0 : 1) });
    if (r.chance(0.6)) await addCaseNote(ctx, { caseId: c.id, body: r.pick(DEMO_NOTES) });
    const nPeople = r.chance(0.15) ? 2 : 1;
    for (let j = 0; j < nPeople; j++) {
      const consequence: Consequence | null =
        plan === 'ongoing' ? null
        : plan === 'wg_action' || plan === 'local_action' ? (j === 0 ? r.pick(actions) : 'no_action')
        : plan === 'no_action' ? 'no_action'
        : plan === 'out_of_scope' ? 'out_of_scope'
        : 'not_violation';
      await addCasePerson(ctx, {
        caseId: c.id,
        // A few people appear in several reports, as in real registers.
        personCodeName: people[j === 0 && r.chance(0.3) ? r.int(6) : r.int(people.length)]!,
        consequence,
        flagged: consequence === 'ban' || (consequence === 'second_suspension' && r.chance(0.5)),
        ...(consequence === 'first_suspension' || consequence === 'second_suspension'
          ? { suspensionFrom: addDays(receivedOn, 20), suspensionUntil: addDays(receivedOn, consequence === 'first_suspension' ? 80 : 200) }
          : {}),
      });
    }
    let resolvedOn: string | null = null;
    if (plan !== 'ongoing') {
      const planned = addDays(receivedOn, 5 + r.int(80));
      resolvedOn = planned > today ? today : planned;
      await resolveCase(ctx, {
        caseId: c.id,
        resolvedOn,
        resolutionSource: plan === 'local_action' ? 'local' : plan === 'wg_action' ? r.pick(['working_group', 'working_group', 'board'] as const) : r.pick(['working_group', 'none'] as const),
        reviewOn: plan === 'wg_action' ? addDays(planned, 365) : null,
        summary: 'Reviewed the report and the replies of the parties; the working group agreed the outcome.',
        outcome: 'The parties were told the outcome in writing.',
      });
    }
    made.push({ id: c.id, receivedOn, resolvedOn, plan, safetyRisk });
    opts.onProgress?.(i + 1, total);
  }
  await addCaseReviews(ctx, made, today, r);
  await addBoardReports(ctx, made);
  await addDemoOutgoingDraft(ctx, made.map((m) => m.id));
  await addDemoVote(ctx, made.map((m) => m.id));
  if (total >= 100) await addWebFormReports(ctx);
  const releases = opts.publishStatistics === false ? 0 : await publishDemoStatistics(ctx, made.map((m) => m.receivedOn), today);
  await withTransaction(ctx, (tx) => audit(tx, { action: 'demo.create', entity: 'register', details: { cases: total, releases } }));
  return { spaces: DEMO_SPACES.length, cases: total, people: people.length, releases, accounts };
}

/**
 * Publishes the statistics of every ended half-year, as a group would, so that the public site,
 * its version history and the signed publication log have something to show. A half-year the
 * disclosure audit refuses stays a draft for the chair to look at.
 */
async function publishDemoStatistics(ctx: ServiceContext, receivedOn: readonly string[], today: string): Promise<number> {
  if (receivedOn.length === 0) return 0;
  const first = receivedOn.reduce((a, b) => (a < b ? a : b));
  let published = 0;
  for (const half of halfYearsBetween(first, today)) {
    if (!isPeriodOver(half, today)) continue;
    const draft = await draftStatisticsRelease(ctx, { period: formatPeriod(half) });
    try {
      await publishRelease(ctx, { id: draft.id });
      published += 1;
    } catch (e) {
      if (!isCandorError(e) || e.code !== 'disclosure_refused') throw e;
    }
  }
  return published;
}

/**
 * A plausible few requests for reconsideration (after some working-group actions) and urgent
 * actions by one member (on reports with a safety risk), most reviewed within 24 hours.
 */
async function addCaseReviews(
  ctx: ServiceContext,
  made: readonly { id: string; receivedOn: string; resolvedOn: string | null; plan: Plan; safetyRisk: boolean }[],
  today: string,
  r: ReturnType<typeof seeded>,
): Promise<void> {
  const voting = await ctx.db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.role, ['member', 'chair', 'vice_chair']), eq(members.active, true)));
  const now = ctx.now().getTime();
  for (const c of made) {
    if (c.resolvedOn !== null && c.plan === 'wg_action' && r.chance(0.2)) {
      const requestedOn = addDays(c.resolvedOn, 3 + r.int(25));
      if (requestedOn > today) continue;
      const { id } = await recordReconsideration(ctx, { caseId: c.id, requestedOn, requestedBy: r.chance(0.8) ? 'reported' : 'reporter' });
      const decidedOn = addDays(requestedOn, 10 + r.int(30));
      if (decidedOn <= today) {
        const result = r.pick(['upheld', 'upheld', 'upheld', 'upheld', 'changed', 'withdrawn'] as const);
        await decideReconsideration(ctx, { id, result, decidedOn, reasons: 'The board reviewed the record and the request.' });
      }
    }
    if (c.safetyRisk && voting.length > 1 && r.chance(0.6)) {
      const takenAt = new Date(Date.parse(`${c.receivedOn}T00:00:00Z`) + (8 + r.int(14)) * 3_600_000);
      if (takenAt.getTime() > now) continue;
      const actor = r.pick(voting);
      const { id } = await recordUrgentAction(ctx, { caseId: c.id, action: r.pick(['ban', 'ban', 'block', 'block', 'removal', 'authorities'] as const),
        takenAt: takenAt.toISOString(),
        memberId: actor.id });
      const hours = r.chance(0.8) ? 1 + r.int(20) : 26 + r.int(40);
      const reviewedAt = new Date(takenAt.getTime() + hours * 3_600_000);
      if (reviewedAt.getTime() <= now) {
        await reviewUrgentAction(ctx, { caseId: c.id, id, reviewedAt: reviewedAt.toISOString(), result: r.pick(['confirmed', 'confirmed', 'confirmed', 'changed', 'reversed'] as const) });
      }
    }
  }
}

/**
 * The chair's reports to the board on the three latest cases the working group acted on, so the
 * board's area has something to read. No random draws: the rest of the demo stays as it was.
 */
async function addBoardReports(ctx: ServiceContext, made: readonly { id: string; resolvedOn: string | null; plan: Plan }[]): Promise<void> {
  const acted = made.filter((c) => c.resolvedOn !== null && c.plan === 'wg_action').slice(-3);
  for (const c of acted) {
    await fileBoardReport(ctx, {
      caseId: c.id,
      summary: 'The working group received the report, heard both parties and issued the consequence in its guidelines. The reporter was consulted on the proposal before it was enacted.',
    });
  }
}

/**
 * Two reports as they arrive through the public form, received today: one still waiting for its
 * acknowledgement (so the overview shows it due), one acknowledged with a reply from the reporter.
 * Only in a demo of realistic size, so small demos keep exactly the number of cases asked for.
 */
async function addWebFormReports(ctx: ServiceContext): Promise<void> {
  const visitor = withActor(ctx, { kind: 'anonymous' });
  await submitReport(visitor, {
    whatHappened: 'In the project chat a user keeps replying to my questions with jokes about my accent, even after I asked them to stop.',
    peopleInvolved: 'Sam Example, @sam_example',
    ongoing: 'yes',
    language: 'English',
  });
  const second = await submitReport(visitor, {
    contactEmail: 'reporter@demo.example',
    whatHappened: 'At the meetup last week one of the organisers made comments about my body during the break.',
    when: 'Last Thursday evening',
    witnesses: 'Kim Example',
    ongoing: 'no',
    translationTool: 'yes',
  });
  const { caseId } = await openReport(visitor, { receiptCode: second.receiptCode });
  const thread = await getReporterThread(ctx, { caseId });
  await messageReporter(ctx, { caseId, purpose: 'acknowledgement', body: thread.templates.acknowledgement });
  await replyToWorkingGroup(withActor(ctx, { kind: 'reporter', caseId }), { body: 'Thank you. The same person was at the previous meetup too.' });
}
