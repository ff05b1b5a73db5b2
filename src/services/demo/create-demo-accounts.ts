// Accounts for each role in the demo organisation, made through the same setup, invitation and
// enrolment verbs a real organisation uses. Two-factor sign-in stays on: the operator gets each
// account's password and TOTP secret to put into an authenticator app.
import { randomBytes } from 'node:crypto';
import type { MemberRole } from '../../domain/access';
import { loadMemberActor } from '../auth/load-actor';
import { newTotpSecret, totpCode } from '../auth/totp';
import { withActor, type ServiceContext } from '../context';
import { declareConflicts } from '../members/declare-conflicts';
import { enrolMember } from '../members/enrol-member';
import { inviteMember } from '../members/invite-member';
import { setIdentityAccess } from '../members/set-identity-access';
import { completeSetup } from '../setup/complete-setup';

export interface DemoAccount {
  role: MemberRole;
  displayName: string;
  email: string;
  password: string;
  totpSecret: string;
}

const ACCOUNTS: ReadonlyArray<{ role: MemberRole; displayName: string; email: string }> = [
  { role: 'chair', displayName: 'Demo Chair', email: 'chair@demo.example' },
  { role: 'vice_chair', displayName: 'Demo Vice-chair', email: 'vice-chair@demo.example' },
  { role: 'member', displayName: 'Demo Member', email: 'member@demo.example' },
  { role: 'adviser', displayName: 'Demo Adviser', email: 'adviser@demo.example' },
  { role: 'board', displayName: 'Demo Board Member', email: 'board@demo.example' },
  { role: 'local', displayName: 'Demo Local Representative', email: 'local@demo.example' },
];

const password = () => randomBytes(12).toString('base64url');

export async function createDemoAccounts(ctx: ServiceContext, opts: { localSpaceIds: string[] }): Promise<DemoAccount[]> {
  const out: DemoAccount[] = [];
  let chairCtx: ServiceContext | null = null;
  for (const a of ACCOUNTS) {
    const secret = newTotpSecret();
    const pw = password();
    const credentials = { password: pw, passwordConfirm: pw, totpSecret: secret, code: totpCode(secret, ctx.now()) };
    let memberId: string;
    if (!chairCtx) {
      ({ memberId } = await completeSetup(ctx, { organisationName: ctx.config.organisation.name, displayName: a.displayName, email: a.email, ...credentials }));
      chairCtx = withActor(ctx, (await loadMemberActor(ctx.db, memberId))!);
    } else {
      // The operator (who runs `candor demo`) invites: invitations of chairs, vice-chairs and board
      // members by a member would wait for a second member's approval.
      const invite = await inviteMember(ctx, { displayName: a.displayName, email: a.email, role: a.role, spaceIds: a.role === 'local' ? opts.localSpaceIds : [] });
      ({ memberId } = await enrolMember(ctx, { token: invite.token, ...credentials }));
      if (a.role !== 'board') {
        // Nothing to declare yet: the demo's cases are created after its accounts.
        await declareConflicts(withActor(ctx, (await loadMemberActor(ctx.db, memberId))!), { conflicts: [] });
      }
    }
    // The first chair holds identity-key access from setup; the operator grants it to the vice-chair.
    if (a.role === 'vice_chair') {
      await setIdentityAccess(ctx, { memberId, granted: true });
    }
    out.push({ ...a, password: pw, totpSecret: secret });
  }
  return out;
}
