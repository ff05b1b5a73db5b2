// The shared path of every draft: pick the version, build the candidate against every published
// release, protect it (complementary suppression, merging), and store it as the one draft of its
// key. Idempotent: when the register has not changed, the stored draft is returned as it is.
import { baseOf } from '../../reports/atoms';
import { protectCandidate, withheldExplanation, type WithheldTable } from '../../reports/protect-candidate';
import type { PublishedTable } from '../../privacy/disclosure';
import { correctionsBetween, type PublicationContent, type Protection } from '../../reports/model';
import type { ReleaseCandidate } from '../../reports/statistics/build-release';
import { audit } from '../audit/emit';
import type { ServiceContext } from '../context';
import { historyOf, loadPublished, saveDraft, versionsOf, type PublicationKind, type PublicationRow } from './store';

export type DraftStatus = 'drafted' | 'updated' | 'unchanged' | 'up_to_date';

export interface DraftResult {
  readonly status: DraftStatus;
  readonly id: string;
  readonly version: number;
  readonly passes: boolean;
  readonly protection: Protection;
}

/** Two truths describe the same data when every atom has the same value, whatever its generation. */
export function sameData(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const byBase = (t: Readonly<Record<string, number>>) => new Map(Object.entries(t).map(([id, v]) => [baseOf(id), v]));
  const x = byBase(a);
  const y = byBase(b);
  return x.size === y.size && [...x].every(([k, v]) => y.get(k) === v);
}

export interface DraftBuild {
  readonly kind: PublicationKind;
  readonly key: string;
  /** Builds the unprotected candidate for this version, continuing the atom ids of published releases. */
  readonly candidate: (version: number, publishedTruths: readonly Readonly<Record<string, number>>[]) => ReleaseCandidate;
  /** The stored content, from the protected release and what the draft already holds. */
  readonly content: (args: {
    candidate: ReleaseCandidate;
    protection: Protection;
    corrections: PublicationContent['corrections'];
    draft: PublicationRow | undefined;
    previous: PublicationRow | undefined;
    withheld: readonly WithheldTable[];
  }) => PublicationContent;
  /** Tables that may be left out when protection cannot make them safe (see protectCandidate). */
  readonly mayWithhold?: (table: PublishedTable) => boolean;
  /** Extra reasons to rewrite an unchanged draft (e.g. generated sections changed). */
  readonly stale?: (draft: PublicationRow) => boolean;
}

export async function prepareDraft(tx: ServiceContext, build: DraftBuild): Promise<DraftResult> {
  const versions = await versionsOf(tx, build.kind, build.key);
  const draft = versions.find((v) => v.state === 'draft');
  const previous = versions.find((v) => v.state === 'published');
  const version = draft?.version ?? (previous?.version ?? 0) + 1;
  const published = await loadPublished(tx);
  const history = historyOf(published);
  const candidate = build.candidate(version, history.truths);

  if (!draft && previous && sameData(previous.content.truth, candidate.truth)) {
    return { status: 'up_to_date', id: previous.id, version: previous.version, passes: true, protection: previous.content.protection };
  }
  if (draft && sameData(draft.content.truth, candidate.truth) && !(build.stale?.(draft) ?? false)) {
    return { status: 'unchanged', id: draft.id, version, passes: draft.content.protection.passes, protection: draft.content.protection };
  }
  const result = await protectCandidate({ history: history.releases, candidate: candidate.release, truth: candidate.truth, ...(build.mayWithhold ? { mayWithhold: build.mayWithhold } : {}) });
  const protection: Protection = {
    passes: result.passes,
    problems: result.problems,
    changes: result.changes,
    alreadyPublic: result.alreadyPublic,
    ...(result.withheld.length > 0 ? { withheld: result.withheld.map(withheldExplanation) } : {}),
  };
  const content = build.content({
    candidate: { release: result.release, truth: candidate.truth },
    protection,
    corrections: correctionsBetween(previous?.content.release, result.release),
    draft,
    previous,
    withheld: result.withheld,
  });
  const id = await saveDraft(tx, { existing: draft, kind: build.kind, key: build.key, version, content });
  await audit(tx, {
    action: 'publication.draft',
    entity: 'publication',
    entityRef: `${build.kind}:${build.key}:v${version}`,
    details: { passes: result.passes, suppressed: result.changes.length, withheld: result.withheld.length },
  });
  return { status: draft ? 'updated' : 'drafted', id, version, passes: result.passes, protection };
}
