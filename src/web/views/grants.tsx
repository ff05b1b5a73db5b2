// The approvals page: grants of power that wait for a second member.
import type { PendingGrant } from '../../services/members/list-grant-requests';
import { MEMBER_ROLE_LABELS } from '../../domain/access';
import { PostForm } from './forms';
import { Layout } from './layout';
import type { PageContext } from './page';

const KIND_LABELS: Record<PendingGrant['kind'], string> = {
  identity_key: 'Identity-key access',
  invite: 'Invitation',
};

function Decide(p: { g: PendingGrant; csrf: string }) {
  const what = `${KIND_LABELS[p.g.kind]} for ${p.g.subject.name}`;
  return (
    <div class="actions">
      {(['approve', 'decline'] as const).map((d) => (
        <PostForm action={`/wg/grants/${p.g.id}/${d}`} csrf={p.csrf} class="inline-form" label={`${d === 'approve' ? 'Approve' : 'Decline'}: ${what}`}>
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" class={d === 'approve' ? '' : 'secondary'}>
            {d === 'approve' ? 'Approve' : 'Decline'}
            <span class="visually-hidden">{`: ${what}`}</span>
          </button>
        </PostForm>
      ))}
    </div>
  );
}

export function GrantsPage(p: { page: PageContext; grants: PendingGrant[] }) {
  return (
    <Layout page={p.page} title="Approvals">
      <h1>Approvals</h1>
      <p>
        Giving someone access to the identity key, or inviting a chair, vice-chair or board member, takes two people: it takes effect only once
        another chair, vice-chair or board member approves it here. Nobody decides their own request or one that concerns themselves.
      </p>
      {p.grants.length === 0 ? (
        <p>Nothing is waiting for approval.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Waiting for approval</caption>
            <thead>
              <tr>
                <th scope="col">Request</th>
                <th scope="col">For</th>
                <th scope="col">Asked by</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {p.grants.map((g) => (
                <tr>
                  <td>{g.kind === 'invite' ? `Invitation as ${MEMBER_ROLE_LABELS[g.subject.role]}` : KIND_LABELS[g.kind]}</td>
                  <td>
                    {g.subject.name}
                    <br />
                    <span class="muted">{g.subject.email}</span>
                  </td>
                  <td>{`${g.requestedBy}, ${g.createdAt.toISOString().slice(0, 10)}`}</td>
                  <td>{g.mayDecide ? <Decide g={g} csrf={p.page.csrf} /> : <span class="muted">Waiting for another member</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
