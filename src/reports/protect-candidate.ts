// The protection every draft goes through before it is stored, shared by the publishing service
// and by tests that replay publishing without a database: show what history already determines,
// protect (complementary suppression, merging), then show again whatever history pins.
import { protectRelease, type AtomValues, type ProtectResult, type Release } from '../privacy/disclosure';
import { showWhatHistoryDetermines } from './already-public';

export interface ProtectedCandidate extends ProtectResult {
  /** Cells shown as they are because earlier releases already determine them. */
  readonly alreadyPublic: readonly string[];
}

export async function protectCandidate(args: { history: readonly Release[]; candidate: Release; truth: AtomValues }): Promise<ProtectedCandidate> {
  const { history, truth } = args;
  const visible = await showWhatHistoryDetermines({ history, candidate: args.candidate, truth });
  const protected_ = await protectRelease({ history, candidate: visible.release, truth });
  // Suppression may pick a figure an earlier version already published and this one does not
  // change (a correction hiding a public number): history pins it, so showing it again tells a
  // reader nothing new and the audit's verdict stands. Whether history pins it depends only on
  // what is published, never on a hidden value.
  const kept = await showWhatHistoryDetermines({ history, candidate: protected_.release, truth });
  return { ...protected_, release: kept.release, alreadyPublic: [...visible.shown, ...kept.shown] };
}
