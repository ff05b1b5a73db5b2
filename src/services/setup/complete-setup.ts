// First run: create the organisation and its first chair, who enrols a password and TOTP at once.
// The first chair holds identity-key access from the start (see IDENTITY_KEY_ROLES in
// domain/permissions): nobody may grant it to themselves, so with a single chair nobody else could.
// Possible exactly once: the organisation row's fixed primary key makes a second attempt fail
// even when two browsers submit together.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { organisation, members } from '../../db/schema';
import { CandorError } from '../../errors';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { checkEnrolmentCredentials } from '../auth/enrolment-credentials';
import { withActor, withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { isSetupOpen } from './get-setup-status';
import { setupSchema, type SetupInput } from './schemas';
import { loadMemberActor } from '../auth/load-actor';
import { installStarterDocuments } from '../documents/starter-set';
import { authorize } from '../authorize';

export async function completeSetup(ctx: ServiceContext, raw: SetupInput): Promise<{ memberId: string }> {
  authorize(ctx, 'redeem:token');
  // Access: only a register without organisation, members or invitations may be set up; the web
  // route also requires the operator's setup token (setup-token.ts).
  if (!(await isSetupOpen(ctx))) throw new CandorError('conflict', 'Setup is closed: this register already has an organisation or members');
  const data = parseInput(setupSchema, raw);
  const now = ctx.now();
  const { passwordHash, totpStep: step } = await checkEnrolmentCredentials(data, now);
  return withTransaction(ctx, async (tx) => {
    // An organisation row left by an import without setup is taken over; a completed one is not.
    const org = await tx.db
      .insert(organisation)
      .values({ id: 1, name: data.organisationName, setupCompletedAt: now })
      .onConflictDoUpdate({
        target: organisation.id,
        set: { name: data.organisationName, setupCompletedAt: now },
        setWhere: sql`${organisation.setupCompletedAt} is null`,
      })
      .returning({ id: organisation.id });
    if (org.length === 0) throw new CandorError('conflict', 'Setup has already been completed');
    const id = randomUUID(); // made here so the TOTP secret can be sealed to its row
    const [m] = await tx.db
      .insert(members)
      .values({
        id,
        displayName: data.displayName,
        email: data.email,
        role: 'chair',
        passwordHash,
        totpSealed: seal(tx.keys.master, { table: 'members', column: 'totp', row: id }, data.totpSecret),
        totpLastStep: step,
        // Nothing to declare against yet: the register has no cases.
        conflictsDeclaredAt: now,
        identityKeyAccess: true,
        createdAt: now,
      })
      .returning({ id: members.id });
    const actor = await loadMemberActor(tx.db, m!.id);
    const asChair = withActor(tx, actor!);
    await audit(asChair, { action: 'setup.complete', entity: 'organisation', entityRef: '1' });
    await audit(asChair, { action: 'member.identity_access', entity: 'member', entityRef: m!.id, details: { granted: true, firstChair: true } });
    // A complete set of documents to adapt, so the public site describes the process from day one.
    await installStarterDocuments(asChair, { organisationName: data.organisationName });
    return { memberId: m!.id };
  });
}
