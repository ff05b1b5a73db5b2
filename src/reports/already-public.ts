// Masking a figure that earlier releases already determine exactly protects nobody, and the
// audit would refuse it ("earlier releases already prove it is at least 1"). Typical case: the
// exact six-monthly headlines give the year's "No action" total, which the annual breakdown
// table would otherwise show as "<3". Such cells are shown as they are: that adds nothing to
// what is public. Cells that history bounds but does not determine are left to the audit.
import { auditRelease, cellLabel, type AtomValues, type PublishedCell, type Release } from '../privacy/disclosure';
import { isMasked } from '../privacy/disclosure';

/** A published value that tells a reader nothing (0 ≤ value ≤ a huge number). */
const NO_INFORMATION = { kind: 'small', below: 1_000_000_000, atLeast: 0 } as const;

export async function showWhatHistoryDetermines(args: { history: readonly Release[]; candidate: Release; truth: AtomValues }): Promise<{ release: Release; shown: string[] }> {
  const { history, candidate, truth } = args;
  const probe: Release = {
    id: `${candidate.id}\u0000history-only`,
    title: candidate.title,
    tables: candidate.tables.map((t) => ({ ...t, cells: t.cells.filter((c) => isMasked(c.value)).map((c) => ({ ...c, value: NO_INFORMATION })) })),
  };
  if (history.length === 0 || probe.tables.every((t) => t.cells.length === 0)) return { release: candidate, shown: [] };
  const report = await auditRelease({ history, candidate: probe, truth });
  const determined = new Map<string, number>();
  for (const c of report.cells) {
    if (c.releaseId === probe.id && c.attackerMax !== null && c.attackerMin === c.attackerMax) determined.set(`${c.tableId}|${c.row}|${c.col}`, c.attackerMin);
  }
  const shown: string[] = [];
  const release: Release = {
    ...candidate,
    tables: candidate.tables.map((t) => ({
      ...t,
      cells: t.cells.map((c): PublishedCell => {
        const value = determined.get(`${t.id}|${c.row}|${c.col}`);
        if (value === undefined || !isMasked(c.value)) return c;
        shown.push(`Showed "${cellLabel(t, c)}" (${t.title}) as ${value}: earlier releases already make it public, so hiding it would protect nobody.`);
        return { ...c, value: { kind: 'exact', value } };
      }),
    })),
  };
  return { release, shown };
}
