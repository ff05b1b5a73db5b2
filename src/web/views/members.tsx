import { MEMBER_ROLES } from '../../domain/access';
import { mayHoldIdentityKey } from '../../domain/permissions';
import type { MembershipView } from '../../services/members/list-members';
import { MEMBER_ROLE_LABELS } from '../../domain/access';
import { ErrorSummary, Field, fieldId, PostForm, SelectField } from './forms';
import { Layout } from './layout';
import { MailStatusSection } from './mail-status';
import type { MailSetup, MailStatus } from '../../services/mail';
import type { FieldErrors, FormValues, PageContext } from './page';

const LABELS = { displayName: 'Name', email: 'Email address', role: 'Role', spaceIds: 'Spaces (local representatives)' };
const date = (d: Date) => d.toISOString().slice(0, 10);

function InviteForm(p: { page: PageContext; view: MembershipView; values: FormValues; errors: FieldErrors }) {
  const chosen = new Set(Array.isArray(p.values.spaceIds) ? p.values.spaceIds : p.values.spaceIds ? [p.values.spaceIds] : []);
  const spaceError = p.errors.spaceIds;
  return (
    <PostForm action="/wg/members/invite" csrf={p.page.csrf} label="Invite a member">
      <Field name="displayName" label={LABELS.displayName} required values={p.values} errors={p.errors} autocomplete="off" />
      <Field name="email" label={LABELS.email} type="email" required values={p.values} errors={p.errors} autocomplete="off" />
      <SelectField name="role" label={LABELS.role} options={MEMBER_ROLES.map((r) => ({ value: r, label: MEMBER_ROLE_LABELS[r] }))} values={p.values} errors={p.errors} />
      {p.view.spaces.length > 0 ? (
        <fieldset id={fieldId('spaceIds')} aria-describedby={spaceError ? 'spaceIds-error' : undefined}>
          <legend>{LABELS.spaceIds}</legend>
          {spaceError ? <p class="error" id="spaceIds-error">{spaceError}</p> : null}
          {p.view.spaces.map((s) => (
            <div class="checkbox">
              <input type="checkbox" id={`space-${s.id}`} name="spaceIds" value={s.id} checked={chosen.has(s.id)} />
              <label for={`space-${s.id}`}>{s.name}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <button type="submit">Create invitation link</button>
    </PostForm>
  );
}

export interface Invitation {
  url: string;
  name: string;
  expiresAt: Date;
  pendingApproval: boolean;
}

export interface ResetLink {
  url: string;
  name: string;
  expiresAt: Date;
}

export function MembersPage(p: { page: PageContext; view: MembershipView; values: FormValues; errors: FieldErrors; invitation?: Invitation; reset?: ResetLink; mail?: { setup: MailSetup | null; status: MailStatus } }) {
  const self = p.page.actor.kind === 'member' ? p.page.actor.id : null;
  return (
    <Layout page={p.page} title="Members">
      <h1>Members</h1>
      {p.invitation ? (
        <div class="panel" role="status">
          <h2>Invitation for {p.invitation.name}</h2>
          <p>Send this link to them yourself, over a channel you trust. It works once, until {date(p.invitation.expiresAt)}, and is not shown again.</p>
          {p.invitation.pendingApproval ? (
            <p>
              <strong>The link works only after another chair, vice-chair or board member approves the invitation under Approvals.</strong>
            </p>
          ) : null}
          <code class="copy-link">{p.invitation.url}</code>
        </div>
      ) : null}
      {p.reset ? (
        <div class="panel" role="status">
          <h2>Password reset link for {p.reset.name}</h2>
          <p>
            Send this link to them yourself, over a channel you trust. It works once, until {p.reset.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, and is
            not shown again. They still need their authenticator app.
          </p>
          <code class="copy-link">{p.reset.url}</code>
        </div>
      ) : null}
      <div class="table-wrap">
        <table>
          <caption>Members of the working group</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Identity key</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {p.view.members.map((m) => (
              <tr>
                <td>
                  {m.displayName}
                  <br />
                  <span class="muted">{m.email}</span>
                </td>
                <td>
                  {MEMBER_ROLE_LABELS[m.role]}
                  {m.spaceNames.length > 0 ? <span class="muted">{` (${m.spaceNames.join(', ')})`}</span> : null}
                </td>
                <td>{m.active ? (m.conflictsDeclared ? 'Active' : 'Active, conflicts not yet declared') : `Offboarded ${m.offboardedAt ? date(m.offboardedAt) : ''}`}</td>
                <td>{m.identityKeyAccess ? 'Has access' : m.identityKeyPending ? 'Waiting for approval' : 'No access'}</td>
                <td>
                  {m.active && m.id !== self ? (
                    <div class="actions">
                      {mayHoldIdentityKey(m.role) ? (
                        <PostForm action={`/wg/members/${m.id}/identity-access`} csrf={p.page.csrf} class="inline-form" label={`Identity key access for ${m.displayName}`}>
                          <input type="hidden" name="granted" value={m.identityKeyAccess ? 'false' : 'true'} />
                          <button type="submit" class="secondary">
                            {m.identityKeyAccess ? 'Withdraw identity key' : 'Grant identity key'}
                            <span class="visually-hidden">{` for ${m.displayName}`}</span>
                          </button>
                        </PostForm>
                      ) : null}
                      <PostForm action={`/wg/members/${m.id}/password-reset`} csrf={p.page.csrf} class="inline-form" label={`Password reset link for ${m.displayName}`}>
                        <input type="hidden" name="confirm" value="yes" />
                        <button type="submit" class="secondary">
                          Password reset link<span class="visually-hidden">{` for ${m.displayName}`}</span>
                        </button>
                      </PostForm>
                      <PostForm action={`/wg/members/${m.id}/offboard`} csrf={p.page.csrf} class="inline-form" label={`Offboard ${m.displayName}`}>
                        <input type="hidden" name="confirm" value="yes" />
                        <button type="submit" class="danger">
                          Offboard<span class="visually-hidden">{` ${m.displayName}`}</span>
                        </button>
                      </PostForm>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.view.pendingInvites.length > 0 ? (
        <>
          <h2>Pending invitations</h2>
          <ul>
            {p.view.pendingInvites.map((i) => (
              <li>{`${i.displayName} (${i.email}), ${MEMBER_ROLE_LABELS[i.role]}, until ${date(i.expiresAt)}${i.pendingApproval ? ', waiting for approval' : ''}`}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 id="invite">Invite a member</h2>
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <InviteForm page={p.page} view={p.view} values={p.values} errors={p.errors} />
      {p.mail ? <MailStatusSection setup={p.mail.setup} status={p.mail.status} /> : null}
    </Layout>
  );
}
