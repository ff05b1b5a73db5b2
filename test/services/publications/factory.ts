// Cases for publication tests, built through the real verbs (system actor).
import type { Channel } from '../../../src/domain/case-lifecycle';
import type { Consequence } from '../../../src/domain/outcomes';
import { acknowledgeCase } from '../../../src/services/cases/acknowledge-case';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import { createCase } from '../../../src/services/cases/create-case';
import { resolveCase } from '../../../src/services/cases/resolve-case';
import type { ServiceContext } from '../../../src/services/context';
import { createSpace } from '../../../src/services/spaces/create-space';

export interface CaseOverrides {
  receivedOn?: string;
  channel?: Channel;
  categories?: string[];
  spaceIds?: string[];
  narrative?: string;
  codeName?: string;
  /** One consequence per reported person; empty = nobody named. */
  consequences?: (Consequence | null)[];
  flagged?: boolean;
  personCodeName?: string;
  /** null = leave ongoing. */
  resolvedOn?: string | null;
  resolutionSource?: 'working_group' | 'board' | 'local' | 'none';
  acknowledgedOn?: string;
  summary?: string;
  outcome?: string;
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function buildCase(ctx: ServiceContext, over: CaseOverrides = {}): Promise<{ id: string; codeName: string }> {
  const receivedOn = over.receivedOn ?? '2025-02-10';
  const c = await createCase(
    ctx,
    {
      receivedOn,
      channel: over.channel ?? 'email',
      categories: over.categories ?? ['Harassment'],
      spaceIds: over.spaceIds ?? [],
      ...(over.narrative !== undefined ? { narrative: over.narrative } : {}),
    },
    over.codeName ? { codeName: over.codeName } : {},
  );
  await acknowledgeCase(ctx, { caseId: c.id, on: over.acknowledgedOn ?? addDays(receivedOn, 1) });
  for (const consequence of over.consequences ?? ['warning']) {
    await addCasePerson(ctx, { caseId: c.id, consequence, flagged: over.flagged ?? false, ...(over.personCodeName ? { personCodeName: over.personCodeName } : {}) });
  }
  const resolvedOn = over.resolvedOn === undefined ? addDays(receivedOn, 20) : over.resolvedOn;
  if (resolvedOn !== null) {
    const action = (over.consequences ?? ['warning']).some((x) => x && !['no_action', 'out_of_scope', 'not_violation'].includes(x));
    await resolveCase(ctx, { caseId: c.id, resolvedOn, resolutionSource: over.resolutionSource ?? (action ? 'working_group' : 'none'), summary: over.summary ?? 'Reviewed and decided.', outcome: over.outcome ?? 'Parties informed.' });
  }
  return c;
}

export async function buildSpace(ctx: ServiceContext, over: { slug: string; name?: string; kind?: 'online' | 'event' | 'affiliated'; publishesOwnReport?: boolean }): Promise<string> {
  return (await createSpace(ctx, { slug: over.slug, name: over.name ?? over.slug, kind: over.kind ?? 'online', publishesOwnReport: over.publishesOwnReport ?? false })).id;
}

/** A small register over 2024–2025, some figures large, some small, one ongoing case per half. */
export async function buildSmallRegister(ctx: ServiceContext): Promise<void> {
  const forum = await buildSpace(ctx, { slug: 'forum' });
  const meetup = await buildSpace(ctx, { slug: 'meetup', kind: 'event' });
  for (const [half, month] of [['2024-H1', '02'], ['2024-H2', '08'], ['2025-H1', '03'], ['2025-H2', '09']] as const) {
    void half;
    const year = half.slice(0, 4);
    for (let i = 0; i < 4; i++) await buildCase(ctx, { receivedOn: `${year}-${month}-1${i}`, spaceIds: [forum], consequences: ['warning'] });
    await buildCase(ctx, { receivedOn: `${year}-${month}-20`, spaceIds: [forum], consequences: ['not_violation'], categories: ['Spam or advertising'] });
    await buildCase(ctx, { receivedOn: `${year}-${month}-21`, spaceIds: [meetup], consequences: ['ban'], flagged: true, channel: 'event', categories: ['Threats or violence'] });
    await buildCase(ctx, { receivedOn: `${year}-${month}-22`, spaceIds: [forum], consequences: ['no_action'], channel: 'web_form' });
    await buildCase(ctx, { receivedOn: `${year}-${month}-25`, spaceIds: [forum], consequences: [null], resolvedOn: null });
  }
}
