// The protection every draft goes through before it is stored, shared by the publishing service
// and by tests that replay publishing without a database: show what history already determines,
// protect (complementary suppression, merging), then show again whatever history pins. When the
// caller allows it (the annual report), a table protection cannot make safe is withheld whole and
// the rest protected again, so the report publishes what it safely can instead of being refused.
import { protectRelease, type AtomValues, type ProtectResult, type PublishedTable, type Release } from '../privacy/disclosure';
import { showWhatHistoryDetermines } from './already-public';

export interface WithheldTable {
  readonly tableId: string;
  readonly title: string;
  /** For the chair: the figure that could not be protected. */
  readonly because: string;
}

export interface ProtectedCandidate extends ProtectResult {
  /** Cells shown as they are because earlier releases already determine them. */
  readonly alreadyPublic: readonly string[];
  /** Tables left out of the release because no protection made them safe to publish. */
  readonly withheld: readonly WithheldTable[];
}

export async function protectCandidate(args: {
  history: readonly Release[];
  candidate: Release;
  truth: AtomValues;
  /** Tables that may be withheld when protection cannot make them pass; none when absent. */
  mayWithhold?: (table: PublishedTable) => boolean;
}): Promise<ProtectedCandidate> {
  const { history, truth } = args;
  const visible = await showWhatHistoryDetermines({ history, candidate: args.candidate, truth });
  let attempt = await protectOnce(history, visible.release, truth);
  const withheld: WithheldTable[] = [];
  while (!attempt.passes && args.mayWithhold !== undefined) {
    const next = tablesToWithhold(attempt, history, args.mayWithhold);
    if (next.length === 0) break;
    withheld.push(...next);
    const out = new Set(withheld.map((w) => w.tableId));
    // Start again from the unprotected tables: suppressions made for the withheld table's sake
    // would otherwise stay in the others.
    attempt = await protectOnce(history, { ...visible.release, tables: visible.release.tables.filter((t) => !out.has(t.id)) }, truth);
  }
  return { ...attempt, alreadyPublic: [...visible.shown, ...attempt.alreadyPublic], withheld };
}

async function protectOnce(history: readonly Release[], candidate: Release, truth: AtomValues): Promise<ProtectResult & { alreadyPublic: string[] }> {
  const protected_ = await protectRelease({ history, candidate, truth });
  // Suppression may pick a figure an earlier version already published and this one does not
  // change (a correction hiding a public number): history pins it, so showing it again tells a
  // reader nothing new and the audit's verdict stands. Whether history pins it depends only on
  // what is published, never on a hidden value.
  const kept = await showWhatHistoryDetermines({ history, candidate: protected_.release, truth });
  return { ...protected_, release: kept.release, alreadyPublic: kept.shown };
}

/**
 * Which tables to leave out after protection failed: the withholdable tables holding a figure the
 * audit refuses; else, for a refused figure of an earlier release, the withholdable tables that
 * count any of its units; else every withholdable table left. Removing a table only removes
 * constraints, so no figure left becomes easier to prove.
 */
function tablesToWithhold(attempt: ProtectResult, history: readonly Release[], mayWithhold: (t: PublishedTable) => boolean): WithheldTable[] {
  const release = attempt.release;
  const failing = attempt.audit.cells.filter((c) => !c.ok);
  // Refusals without a refused figure (published figures that contradict the register) are not
  // a matter of small counts: withholding tables would hide a real problem.
  if (failing.length === 0) return [];
  const candidates = release.tables.filter(mayWithhold);
  const pick = (tables: readonly PublishedTable[], because: string): WithheldTable[] => tables.map((t) => ({ tableId: t.id, title: t.title, because }));

  const own = failing.filter((c) => c.releaseId === release.id);
  const ownTables = candidates.filter((t) => own.some((c) => c.tableId === t.id));
  if (ownTables.length > 0) return ownTables.map((t) => pick([t], own.find((c) => c.tableId === t.id)!.label)[0]!);

  for (const f of failing) {
    const cell = history.find((r) => r.id === f.releaseId)?.tables.find((t) => t.id === f.tableId)?.cells.find((c) => c.row === f.row && c.col === f.col);
    const atoms = new Set(cell?.atoms ?? []);
    const sharing = candidates.filter((t) => t.cells.some((c) => c.atoms.some((a) => atoms.has(a))));
    if (sharing.length > 0) return pick(sharing, `${f.label} (published earlier)`);
  }
  const first = failing[0]!;
  return pick(candidates, first.releaseId === release.id ? first.label : `${first.label} (published earlier)`);
}

/** One line for the chair per withheld table. */
export const withheldExplanation = (w: WithheldTable): string =>
  `Withheld "${w.title}": no protection could keep "${w.because}" from being worked out, so the table is left out and the report says so.`;

