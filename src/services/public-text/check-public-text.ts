// The one checked path into public view: every free text that will be published is run through
// the redaction engine (the register's parties and the generic detectors) when it is saved. A
// text saved unchanged keeps its review; an edited text starts a new one.
import { publicTextReviews } from '../../db/schema';
import { publicTextState, type PublicTextFinding, type PublicTextState } from '../../domain/public-text';
import { detectAll } from '../../privacy/redaction';
import { audit } from '../audit/emit';
import { assertInTransaction, type ServiceContext } from '../context';
import { loadRegisterParties, organisationAddresses } from './register-parties';
import { hashPublicText, reviewOf, reviewRef } from './store';
import { subjectKey, type PublicTextSubject } from './subjects';

export function findingsIn(text: string, parties: Parameters<typeof detectAll>[1]): PublicTextFinding[] {
  return detectAll(text, parties).map((s) => ({ start: s.start, end: s.end, label: s.label, known: s.party !== undefined }));
}

/** Checks `text` for `subject` (inside the transaction that saves it) and returns its state. */
export async function checkPublicText(ctx: ServiceContext, subject: PublicTextSubject, text: string): Promise<PublicTextState> {
  assertInTransaction(ctx, 'checkPublicText');
  const textHash = hashPublicText(text);
  const existing = await reviewOf(ctx, subject);
  if (text.trim() === '' || existing?.textHash === textHash) return publicTextState(text, textHash, existing);
  const findings = findingsIn(text, { knownParties: await loadRegisterParties(ctx), organisationAddresses: organisationAddresses(ctx) });
  const values = {
    ...subjectKey(subject),
    textHash,
    authorId: ctx.actor.kind === 'member' ? ctx.actor.id : null,
    findings: findings as unknown as Record<string, unknown>[],
    checkedAt: ctx.now(),
    approvedBy: null,
    approvedAt: null,
  };
  await ctx.db
    .insert(publicTextReviews)
    .values(values)
    .onConflictDoUpdate({ target: [publicTextReviews.subjectKind, publicTextReviews.subjectId, publicTextReviews.field], set: values });
  // The check decrypts the identity key; the entry records that, and counts (never the words).
  await audit(ctx, {
    action: 'public_text.check',
    entity: 'public_text',
    entityRef: reviewRef({ subject }),
    details: { textHash, findings: findings.length, knownParties: findings.filter((f) => f.known).length },
  });
  const review = await reviewOf(ctx, subject);
  return publicTextState(text, textHash, review);
}
