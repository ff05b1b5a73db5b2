// Records-access requests: the board asks for one case record with a reason; the chair decides.
import type { AccessRequestView } from '../../../services/access-requests/list-access-requests';
import { MAX_GRANT_DAYS } from '../../../services/access-requests/schemas';
import { ErrorSummary, Field, PostForm } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { TextareaField } from './fields';

const STATUS = { pending: 'Waiting for the chair', granted: 'Granted', refused: 'Refused', expired: 'Expired' };

export function AccessRequestsPage(p: {
  page: PageContext;
  requests: AccessRequestView[];
  canRequest: boolean;
  canDecide: boolean;
  values: FormValues;
  errors: FieldErrors;
}) {
  return (
    <Layout page={p.page} title="Records-access requests" wide>
      <h1>Records-access requests</h1>
      <ErrorSummary errors={p.errors} labels={{ caseCodeName: 'Case code name', reason: 'Reason', days: 'Days' }} />
      {p.canRequest ? (
        <section aria-labelledby="ask-h">
          <h2 id="ask-h">Ask to see a case record</h2>
          <p>The chair reads your reason and may grant access for a limited time. Every read is recorded in the audit trail.</p>
          <PostForm action="/wg/access-requests" csrf={p.page.csrf} label="Ask to see a case record">
            <Field name="caseCodeName" label="Case code name" hint="As it appears in the audit trail, such as “home shelf”." values={p.values} errors={p.errors} autocomplete="off" />
            <TextareaField name="reason" label="Reason" values={p.values} errors={p.errors} rows={4} />
            <button type="submit">Send the request</button>
          </PostForm>
        </section>
      ) : null}
      <h2>Requests</h2>
      {p.requests.length === 0 ? (
        <p>No requests.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Asked by</th>
                <th scope="col">Asked on</th>
                <th scope="col">Reason</th>
                <th scope="col">Status</th>
                {p.canDecide ? <th scope="col">Decision</th> : null}
              </tr>
            </thead>
            <tbody>
              {p.requests.map((r) => (
                <tr>
                  <th scope="row">{r.status === 'granted' ? <a href={`/wg/cases/${r.caseId}`}>{r.caseCodeName}</a> : r.caseCodeName}</th>
                  <td>{r.requesterName}</td>
                  <td>{r.createdAt.toISOString().slice(0, 10)}</td>
                  <td>{r.reason}</td>
                  <td>{STATUS[r.status]}{r.status === 'granted' && r.expiresAt ? ` until ${r.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}</td>
                  {p.canDecide ? (
                    <td>
                      {r.status === 'pending' ? (
                        <div class="actions">
                          <PostForm action={`/wg/access-requests/${r.id}/decide`} csrf={p.page.csrf} label={`Grant the request on ${r.caseCodeName}`}>
                            <input type="hidden" name="decision" value="grant" />
                            <label for={`days-${r.id}`}>{`Days (1–${MAX_GRANT_DAYS})`}</label>
                            <input id={`days-${r.id}`} name="days" type="text" inputmode="numeric" value="7" />
                            <button type="submit">Grant</button>
                          </PostForm>
                          <PostForm action={`/wg/access-requests/${r.id}/decide`} csrf={p.page.csrf} label={`Refuse the request on ${r.caseCodeName}`}>
                            <input type="hidden" name="decision" value="refuse" />
                            <button type="submit" class="danger">Refuse</button>
                          </PostForm>
                        </div>
                      ) : (
                        '—'
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
