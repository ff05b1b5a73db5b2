// Membership management for chairs and vice-chairs: invite, offboard, identity-key access; and
// the state of outgoing mail (stuck messages), which is the chairs' to notice.
import type { Context } from 'hono';
import { inviteMember } from '../../../services/members/invite-member';
import { issuePasswordReset } from '../../../services/members/issue-password-reset';
import { getMailStatus } from '../../../services/mail';
import { listMembers } from '../../../services/members/list-members';
import { offboardMember } from '../../../services/members/offboard-member';
import { setIdentityAccess } from '../../../services/members/set-identity-access';
import type { AppEnv } from '../../env';
import { fieldErrors, formInput, list, readForm, str } from '../../forms';
import { publicLink } from '../../../config/public-url';
import { redirectWithFlash } from '../../middleware/flash';
import { MembersPage, type Invitation, type ResetLink } from '../../views/members';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

async function render(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400, invitation?: Invitation, reset?: ResetLink) {
  const view = await listMembers(c.var.ctx);
  const mail = { setup: c.var.deps.mail ?? null, status: await getMailStatus(c.var.ctx, {}) };
  return c.html(<MembersPage page={pageContext(c)} view={view} values={values} errors={errors} invitation={invitation} reset={reset} mail={mail} />, status);
}

const manage = { permission: 'manage:member' } as const;

export const memberRoutes = defineRoutes('/wg/members', (r) => {
  r.get('/', manage, (c) => render(c, { role: 'member' }, {}, 200));

  // The link is shown once, on the page that answers the form, rather than kept anywhere.
  r.post('/invite', manage, async (c) => {
    const values = await readForm(c);
    try {
      const inv = await inviteMember(c.var.ctx, { ...formInput(values), spaceIds: list(values.spaceIds) });
      const url = publicLink(c.var.deps.config, inv.path);
      return render(c, { role: 'member' }, {}, 200, { url, name: str(values.displayName), expiresAt: inv.expiresAt, pendingApproval: inv.pendingApproval });
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return render(c, values, errors, 400);
      throw e;
    }
  });

  r.post('/:memberId/offboard', manage, async (c) => {
    const values = await readForm(c);
    if (str(values.confirm) !== 'yes') return render(c, { role: 'member' }, { form: 'Confirm the offboarding with the button in the members table' }, 400);
    await offboardMember(c.var.ctx, { memberId: c.req.param('memberId') });
    return redirectWithFlash(c, '/wg/members', 'The member has been offboarded; their sessions have ended.');
  });

  // Like an invitation, the link is shown once, on the page that answers the form.
  r.post('/:memberId/password-reset', manage, async (c) => {
    const values = await readForm(c);
    if (str(values.confirm) !== 'yes') return render(c, { role: 'member' }, { form: 'Issue the link with the button in the members table' }, 400);
    const reset = await issuePasswordReset(c.var.ctx, { memberId: c.req.param('memberId') });
    const url = publicLink(c.var.deps.config, reset.path);
    return render(c, { role: 'member' }, {}, 200, undefined, { url, name: reset.displayName, expiresAt: reset.expiresAt });
  });

  r.post('/:memberId/identity-access', manage, async (c) => {
    const values = await readForm(c);
    const granted = str(values.granted);
    if (granted !== 'true' && granted !== 'false') return render(c, { role: 'member' }, { form: 'Choose whether to grant or withdraw access' }, 400);
    const { pending } = await setIdentityAccess(c.var.ctx, { memberId: c.req.param('memberId'), granted: granted === 'true' });
    const done = pending
      ? 'Identity key access requested: it takes effect once another chair, vice-chair or board member approves it under Approvals.'
      : granted === 'true'
        ? 'Identity key access granted.'
        : 'Identity key access withdrawn.';
    return redirectWithFlash(c, '/wg/members', done);
  });
});
