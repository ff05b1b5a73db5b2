// What an expungement destroys (decision 030). A sealed value's data key is stored beside it, wrapped
// by the master key, with no separate key store to shred, so destroying one is setting it to null
// (PostgreSQL's VACUUM reclaims the old row versions; backups older than the expungement still
// hold them until they are pruned — docs/operations.md). What the published figures are computed
// from stays: the case's dates, categories, status, resolution source, channel and spaces, and its
// reported people rows with their consequence and their (now anonymous) person code name.
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import {
  accessRequests,
  attachments,
  attendeeCheckDisclosures,
  caseEvents,
  casePeople,
  cases,
  caseStudies,
  expungements,
  outgoingMessages,
  people,
  personIndexes,
  reconsiderations,
  recusals,
  reports,
  unilateralActions,
} from '../../db/schema';
import { COUNTED_ROLE } from '../../domain/statistics';
import { seal } from '../../privacy/envelope';
import { assertInTransaction, type ServiceContext } from '../context';

/** Counts of what was destroyed: the audit entry records these, never the content. */
export type Destroyed = Record<string, number>;

/** A reason nobody may read any more; the column does not allow null. */
const EXPUNGED_REASON = 'expunged under the retention rules';

export async function destroyCaseContent(tx: ServiceContext, caseId: string): Promise<Destroyed> {
  assertInTransaction(tx, 'destroyCaseContent');
  const out: Destroyed = {};
  const count = (k: string, n: number) => {
    if (n > 0) out[k] = (out[k] ?? 0) + n;
  };
  const [c] = await tx.db
    .update(cases)
    .set({ narrativeSealed: null, documentsSealed: null, resolutionSealed: null, updatedAt: tx.now() })
    .where(eq(cases.id, caseId))
    .returning({ id: cases.id });
  count('case', c ? 1 : 0);
  count('timelineTexts', (await tx.db.update(caseEvents).set({ bodySealed: null }).where(and(eq(caseEvents.caseId, caseId), sql`${caseEvents.bodySealed} is not null`)).returning({ id: caseEvents.id })).length);
  count('attachments', (await tx.db.delete(attachments).where(eq(attachments.caseId, caseId)).returning({ id: attachments.id })).length);
  count('reportForm', (await tx.db.update(reports).set({ contactSealed: null, detailsSealed: null }).where(eq(reports.caseId, caseId)).returning({ id: reports.caseId })).length);
  count('recusalDetails', (await tx.db.update(recusals).set({ detailsSealed: null }).where(and(eq(recusals.caseId, caseId), sql`${recusals.detailsSealed} is not null`)).returning({ id: recusals.memberId })).length);
  count('reconsiderationDetails', (await tx.db.update(reconsiderations).set({ detailsSealed: null }).where(eq(reconsiderations.caseId, caseId)).returning({ id: reconsiderations.id })).length);
  count('urgentActionDetails', (await tx.db.update(unilateralActions).set({ detailsSealed: null }).where(eq(unilateralActions.caseId, caseId)).returning({ id: unilateralActions.id })).length);
  const requests = await tx.db.select({ id: accessRequests.id }).from(accessRequests).where(eq(accessRequests.caseId, caseId));
  for (const r of requests) {
    await tx.db
      .update(accessRequests)
      .set({ reasonSealed: seal(tx.keys.master, { table: 'access_requests', column: 'reason', row: r.id }, EXPUNGED_REASON) })
      .where(eq(accessRequests.id, r.id));
  }
  count('accessRequestReasons', requests.length);
  // Messages composed for the case (their drafts, redactions, texts and recipients' addresses).
  count('outgoingMessages', (await tx.db.delete(outgoingMessages).where(eq(outgoingMessages.caseId, caseId)).returning({ id: outgoingMessages.id })).length);
  // Case-study drafts never published; a published study is public, anonymized text and stays.
  count(
    'caseStudyDrafts',
    (await tx.db.delete(caseStudies).where(and(eq(caseStudies.caseId, caseId), isNull(caseStudies.publishedAt))).returning({ id: caseStudies.id })).length,
  );
  Object.assign(out, await unlinkPeople(tx, caseId, ['reporter', 'witness', 'affected']));
  // Reported people stay linked (the figures count them as named) but lose their identity.
  const reported = await tx.db
    .select({ personId: casePeople.personId })
    .from(casePeople)
    .where(and(eq(casePeople.caseId, caseId), eq(casePeople.roleInCase, COUNTED_ROLE)));
  for (const r of reported) if (r.personId) count('identities', await shredIdentityIfOnlyExpunged(tx, r.personId));
  return out;
}

export async function removeReporterIdentity(tx: ServiceContext, caseId: string): Promise<Destroyed> {
  assertInTransaction(tx, 'removeReporterIdentity');
  const out = await unlinkPeople(tx, caseId, ['reporter']);
  const contacts = await tx.db
    .update(reports)
    .set({ contactSealed: null })
    .where(and(eq(reports.caseId, caseId), sql`${reports.contactSealed} is not null`))
    .returning({ id: reports.caseId });
  if (contacts.length > 0) out.reporterContact = contacts.length;
  return out;
}

/** Unlinks the case's people rows of these roles; a person left without any case is deleted. */
async function unlinkPeople(tx: ServiceContext, caseId: string, roles: ('reporter' | 'witness' | 'affected')[]): Promise<Destroyed> {
  // Read who is linked first: RETURNING after the update would give the new value (null).
  const linked = and(eq(casePeople.caseId, caseId), inArray(casePeople.roleInCase, roles), sql`${casePeople.personId} is not null`);
  const rows = await tx.db.select({ id: casePeople.id, personId: casePeople.personId }).from(casePeople).where(linked);
  if (rows.length > 0) await tx.db.update(casePeople).set({ personId: null }).where(linked);
  const out: Destroyed = {};
  if (rows.length > 0) out.unlinked = rows.length;
  let deleted = 0;
  for (const personId of new Set(rows.map((r) => r.personId!))) {
    const links = await tx.db.select({ id: casePeople.id }).from(casePeople).where(eq(casePeople.personId, personId)).limit(1);
    if (links.length > 0) continue; // someone of another case too: their identity stays for that case
    await tx.db.delete(personIndexes).where(eq(personIndexes.personId, personId));
    // An attendee check once disclosed them (a flag or ban since ended): that record keeps its row,
    // so the person stays as a bare code name and only their identity goes.
    const disclosed = await tx.db.select({ id: attendeeCheckDisclosures.id }).from(attendeeCheckDisclosures).where(eq(attendeeCheckDisclosures.personId, personId)).limit(1);
    if (disclosed.length > 0) {
      await tx.db.update(people).set({ identitySealed: null, flagReasonSealed: null, banReasonSealed: null, guidanceSealed: null }).where(eq(people.id, personId));
    } else {
      await tx.db.delete(people).where(eq(people.id, personId));
    }
    deleted += 1;
  }
  if (deleted > 0) out.identities = deleted;
  return out;
}

/**
 * Destroys a person's identity (the sealed real identity, the blind indexes that find them by name
 * or address, the sealed reasons and guidance of a flag or ban) when every case linking them is expunged. The
 * code name stays: it identifies nobody, and the figures count the person as named.
 */
async function shredIdentityIfOnlyExpunged(tx: ServiceContext, personId: string): Promise<number> {
  const expunged = tx.db.select({ id: expungements.caseId }).from(expungements).where(eq(expungements.kind, 'minor_record'));
  const live = await tx.db
    .select({ id: casePeople.id })
    .from(casePeople)
    .where(and(eq(casePeople.personId, personId), notInArray(casePeople.caseId, expunged)))
    .limit(1);
  if (live.length > 0) return 0;
  await tx.db.delete(personIndexes).where(eq(personIndexes.personId, personId));
  const [p] = await tx.db
    .update(people)
    .set({ identitySealed: null, flagReasonSealed: null, banReasonSealed: null, guidanceSealed: null })
    .where(eq(people.id, personId))
    .returning({ id: people.id });
  return p ? 1 : 0;
}
