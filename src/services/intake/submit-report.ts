// The public report form's one write: case, sealed narrative and answers, people rows with their
// identities sealed and blind-indexed, attachments and the receipt, all in one transaction, so a
// receipt is shown only for a report that is completely stored, and a failure leaves nothing.
import { eq } from 'drizzle-orm';
import { reports, spaces } from '../../db/schema';
import { localDate } from '../../domain/periods';
import { newReceiptCode, parseNamedPeople, type NamedIdentity } from '../../domain/report-intake';
import { reportDueDates } from '../../domain/deadlines';
import { invalidInput } from '../../errors';
import { seal, sealOrNull } from '../../privacy/envelope';
import { checkUpload, storeAttachment } from '../attachments/add-attachment';
import type { AllowedType } from '../attachments/file-types';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { addCasePerson } from '../cases/add-case-person';
import { createCase } from '../cases/create-case';
import { notifyMembers } from './notify';
import { withActor, withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { createPerson } from '../people/create-person';
import { MAX_REPORT_FILE_BYTES, submitReportInput, type ReportDetails, type SubmitReportInput } from './schemas';
import { contactIndex } from './portal-link';
import { receiptHash } from './receipt';

export interface SubmittedReport {
  /** Shown to the reporter once; only its hash is stored. */
  receiptCode: string;
  acknowledgeBy: Date;
  respondBy: Date;
}

const hasIdentity = (p: NamedIdentity) => p.realNames.length + p.aliases.length + p.emails.length + p.usernames.length > 0;

export async function submitReport(ctx: ServiceContext, raw: SubmitReportInput): Promise<SubmittedReport> {
  authorize(ctx, 'submit:report');
  const input = parseInput(submitReportInput, raw, 'The report');
  const checked: { file: (typeof input.files)[number]; type: AllowedType }[] = input.files.map((file) => ({
    file,
    type: checkUpload(file, 'files', MAX_REPORT_FILE_BYTES),
  }));
  const named = [
    ...parseNamedPeople(input.peopleInvolved).map((identity) => ({ identity, role: 'reported' as const })),
    ...parseNamedPeople(input.witnesses).map((identity) => ({ identity, role: 'witness' as const })),
    ...(input.contactEmail ? [{ identity: { realNames: [], aliases: [], emails: [input.contactEmail], usernames: [] }, role: 'reporter' as const }] : []),
  ].filter((p) => hasIdentity(p.identity));
  if (named.length > 40) throw invalidInput('Too many people named', [{ field: 'peopleInvolved', message: 'name at most 40 people; put the rest under other context' }]);

  return withTransaction(ctx, async (tx) => {
    const now = tx.now();
    const spaceIds: string[] = [];
    if (input.where && input.where !== 'elsewhere') {
      const [space] = await tx.db.select({ id: spaces.id }).from(spaces).where(eq(spaces.id, input.where));
      if (!space) throw invalidInput('Unknown place', [{ field: 'where', message: 'choose a place from the list' }]);
      spaceIds.push(space.id);
    }
    // The form itself is the authority here: whoever may submit a report may have it recorded.
    // The steps below are the register's own verbs, run as the report form (audited as such).
    const form = withActor(tx, { kind: 'system', label: 'report-form' });
    const created = await createCase(form, {
      receivedOn: localDate(now, tx.config.organisation.timeZone),
      channel: 'web_form',
      ongoingHarassment: input.ongoing ?? null,
      spaceIds,
      narrative: input.whatHappened,
    });
    for (const p of named) {
      const person = await createPerson(form, { identity: p.identity });
      await addCasePerson(form, { caseId: created.id, personCodeName: person.codeName, roleInCase: p.role });
    }
    for (const { file, type } of checked) await storeAttachment(form, created, file, type, null);

    const details: ReportDetails = {
      when: input.when,
      where: input.where === 'elsewhere' ? input.whereElse || 'elsewhere' : '',
      links: input.links,
      context: input.context,
      ongoing: input.ongoing ?? null,
      translationTool: input.translationTool ?? null,
      language: input.language,
      anonymous: input.anonymous || !input.contactEmail,
    };
    const receiptCode = newReceiptCode();
    const deadlines = reportDueDates(now, tx.config.deadlines);
    await tx.db.insert(reports).values({
      caseId: created.id,
      receiptHash: receiptHash(tx, receiptCode),
      contactSealed: sealOrNull(tx.keys.master, { table: 'reports', column: 'contact', row: created.id }, input.contactEmail ?? null),
      contactIndex: input.contactEmail ? contactIndex(tx, input.contactEmail) : null,
      detailsSealed: seal(tx.keys.master, { table: 'reports', column: 'details', row: created.id }, JSON.stringify(details)),
      ...deadlines,
      createdAt: now,
    });
    await audit(tx, { action: 'report.submit', entity: 'case', entityRef: created.codeName, details: { people: named.length, files: checked.length } });
    await notifyMembers(tx, created.id, ['chair', 'vice_chair'], '/wg');
    return { receiptCode, ...deadlines };
  });
}

/** The places a reporter may choose from: names only. */
export async function listReportPlaces(ctx: ServiceContext): Promise<{ id: string; name: string }[]> {
  authorize(ctx, 'submit:report');
  return ctx.db.select({ id: spaces.id, name: spaces.name }).from(spaces).orderBy(spaces.name);
}
