// A member without a conflict votes on the case's proposed resolution: agree, disagree or abstain,
// with an optional note (sealed). Voting again replaces the member's vote while the vote is open.
// A recused or excluded member cannot reach the case at all (like any case they may not see:
// refused as "Not found"). After each vote the quorum rule decides whether the resolution is adopted or rejected.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { decisionVotes } from '../../db/schema';
import type { QuorumResult } from '../../domain/quorum';
import { sealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { loadVotes, requireDecision, settleDecision } from './decision-state';
import { castVoteInput, type CastVoteInput } from './schemas';

export async function castVote(ctx: ServiceContext, raw: CastVoteInput): Promise<QuorumResult> {
  authorize(ctx, 'vote:decision');
  const input = parseInput(castVoteInput, raw, 'The vote');
  return withTransaction(ctx, async (tx) => {
    const { row, resource } = await openCase(tx, input.caseId, 'vote:decision');
    const memberId = memberIdOf(tx);
    const d = await requireDecision(tx, row.id, 'proposed');
    const previous = (await loadVotes(tx, d.id)).find((v) => v.memberId === memberId);
    const id = previous?.id ?? randomUUID(); // the note is sealed to the vote's row
    const noteSealed = sealOrNull(tx.keys.master, { table: 'decision_votes', column: 'note', row: id }, input.note);
    if (previous) {
      await tx.db.update(decisionVotes).set({ choice: input.choice, noteSealed, castAt: tx.now() }).where(eq(decisionVotes.id, id));
    } else {
      await tx.db.insert(decisionVotes).values({ id, decisionId: d.id, memberId, choice: input.choice, noteSealed, castAt: tx.now() });
    }
    await audit(tx, { action: 'decision.vote', entity: 'case', entityRef: row.codeName, details: { choice: input.choice, changed: previous !== undefined, note: noteSealed !== null } });
    return settleDecision(tx, row, d, resource);
  });
}
