// The identity key. Lists and titles show code names only; real names appear on a person's own
// page, in its body, for members with identity-key access.
import type { IndexKind } from '../../../privacy/blind-index';
import type { PersonListRow } from '../../../services/people/list-people';
import type { PersonView } from '../../../services/people/get-person';
import { Checkbox, TextareaField } from '../cases/fields';
import { ROLE_IN_CASE_LABELS, type RoleInCase } from '../../../domain/case-lifecycle';
import { consequenceLabel } from '../cases/labels';
import { ErrorSummary, Field, PostForm, SelectField } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';

const IDENTITY_LABELS = { realNames: 'Real names', aliases: 'Aliases and nicknames', emails: 'Email addresses', usernames: 'Usernames and handles' };

export function PeopleListPage(p: {
  page: PageContext;
  rows: PersonListRow[];
  search: { values: FormValues; errors: FieldErrors; results: Array<{ id: string; codeName: string; matchedOn: IndexKind[] }> | null };
}) {
  return (
    <Layout page={p.page} title="Identity key" wide>
      <h1>Identity key</h1>
      <p class="lede">Real identities behind person code names. Every page you open here is recorded in the audit trail.</p>
      <p>
        <a class="button" href="/wg/people/new">Add a person</a>
      </p>
      <form method="get" action="/wg/people" aria-label="Find a person">
        <ErrorSummary errors={p.search.errors} labels={{ identifier: 'Name, email or username' }} />
        <Field name="identifier" type="search" label="Find by name, email or username" hint="Matched exactly (ignoring case and accents) against sealed identities." values={p.search.values} errors={p.search.errors} autocomplete="off" />
        <button type="submit" class="secondary">Find</button>
      </form>
      {p.search.results ? (
        <section aria-labelledby="results-h">
          <h2 id="results-h">Search results</h2>
          {p.search.results.length === 0 ? (
            <p>Nobody in the identity key matches.</p>
          ) : (
            <ul>
              {p.search.results.map((r) => (
                <li>
                  <a href={`/wg/people/${r.id}`}>{r.codeName}</a> {`(matched on ${r.matchedOn.join(', ')})`}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <h2>People</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Person code name</th>
              <th scope="col">Identity recorded</th>
              <th scope="col">Reports</th>
              <th scope="col">Highest consequence</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={`/wg/people/${r.id}`}>{r.codeName}</a>
                </th>
                <td>{r.hasIdentity ? 'Yes' : 'No'}</td>
                <td>{r.reportCount}</td>
                <td>{consequenceLabel(r.highestConsequence)}</td>
                <td>{[r.banned ? 'Banned' : null, r.flagged ? 'Flagged' : null].filter(Boolean).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export function PersonFormPage(p: { page: PageContext; person: { id: string; codeName: string } | null; values: FormValues; errors: FieldErrors }) {
  const title = p.person ? `Edit identity of ${p.person.codeName}` : 'Add a person to the identity key';
  return (
    <Layout page={p.page} title={title}>
      <h1>{title}</h1>
      <ErrorSummary errors={p.errors} labels={IDENTITY_LABELS} />
      <PostForm action={p.person ? `/wg/people/${p.person.id}/edit` : '/wg/people'} csrf={p.page.csrf} label={title}>
        {(Object.keys(IDENTITY_LABELS) as (keyof typeof IDENTITY_LABELS)[]).map((k) => (
          <TextareaField name={k} label={IDENTITY_LABELS[k]} hint="One per line. Sealed at rest; matched through blind indexes." rows={3} values={p.values} errors={p.errors} />
        ))}
        <div class="actions">
          <button type="submit">{p.person ? 'Save the identity' : 'Add the person'}</button>
          <a href={p.person ? `/wg/people/${p.person.id}` : '/wg/people'}>Cancel</a>
        </div>
      </PostForm>
    </Layout>
  );
}

function Values(p: { label: string; items: string[] }) {
  return (
    <>
      <dt>{p.label}</dt>
      <dd>{p.items.length > 0 ? p.items.join(', ') : 'None recorded'}</dd>
    </>
  );
}

/** Today's flag and ban, and any that lapsed (derived at read time by getPerson). */
function statusText(v: PersonView): string {
  const parts = [
    v.banned ? (v.banExpiresOn ? `Banned (the ban ends on ${v.banExpiresOn})` : 'Banned') : null,
    v.banLapsedOn ? `Ban expired on ${v.banLapsedOn}` : null,
    v.flagged ? (v.flagExpiresOn ? `Flagged (the flag ends on ${v.flagExpiresOn})` : 'Flagged') : null,
    v.flagLapsedOn ? `Flag expired on ${v.flagLapsedOn}` : null,
  ].filter((x): x is string => x !== null);
  return parts.length > 0 ? parts.join('; ') : 'Neither flagged nor banned';
}

export function PersonPage(p: {
  page: PageContext;
  person: PersonView;
  linkable: Array<{ id: string; caseCodeName: string; personCodeName: string | null; roleInCase: RoleInCase }>;
  values: FormValues;
  errors: FieldErrors;
}) {
  const v = p.person;
  const base = `/wg/people/${v.id}`;
  return (
    <Layout page={p.page} title={`Person ${v.codeName}`} wide>
      <h1>{`Person ${v.codeName}`}</h1>
      <ErrorSummary errors={p.errors} labels={{ flagReason: 'Reason for the flag', flagExpiresOn: 'Flag expires', banReason: 'Reason for the ban', banExpiresOn: 'Ban expires', guidance: 'Guidance for events', casePersonId: 'People row' }} />
      <h2>Identity</h2>
      <dl class="summary">
        <Values label={IDENTITY_LABELS.realNames} items={v.identity.realNames} />
        <Values label={IDENTITY_LABELS.aliases} items={v.identity.aliases} />
        <Values label={IDENTITY_LABELS.emails} items={v.identity.emails} />
        <Values label={IDENTITY_LABELS.usernames} items={v.identity.usernames} />
        <dt>Reports</dt>
        <dd>{v.reportCount}</dd>
        <dt>Highest consequence</dt>
        <dd>{consequenceLabel(v.highestConsequence)}</dd>
        <dt>Status</dt>
        <dd>{statusText(v)}</dd>
      </dl>
      <p>
        <a href={`${base}/edit`}>Edit the identity</a>
      </p>
      <h2>Cases</h2>
      {v.rows.length === 0 ? (
        <p>Not linked to any case.</p>
      ) : (
        <ul>
          {v.rows.map((r) => (
            <li>
              <a href={`/wg/cases/${r.caseId}`}>{r.caseCodeName}</a> {`— ${ROLE_IN_CASE_LABELS[r.roleInCase]}, ${consequenceLabel(r.consequence)}`}
            </li>
          ))}
        </ul>
      )}
      {p.linkable.length > 0 ? (
        <PostForm action={`${base}/link`} csrf={p.page.csrf} label="Link a people row to this person">
          <SelectField
            name="casePersonId"
            label="People row to link"
            hint="For a row recorded under another code name, or before the identity was known."
            options={p.linkable.map((r) => ({ value: r.id, label: `${r.caseCodeName} — ${r.personCodeName ?? 'no code name'} (${ROLE_IN_CASE_LABELS[r.roleInCase]})` }))}
            values={p.values}
            errors={p.errors}
          />
          <button type="submit" class="secondary">Link the row</button>
        </PostForm>
      ) : null}
      <h2>Flag and ban</h2>
      <PostForm action={`${base}/status`} csrf={p.page.csrf} label="Flag or ban">
        <Checkbox name="flagged" label="Flagged: events this person may attend should be told" values={p.values} />
        <TextareaField name="flagReason" label="Reason for the flag" rows={2} values={p.values} errors={p.errors} />
        <Field name="flagExpiresOn" type="date" label="Flag expires on (optional)" hint="YYYY-MM-DD" values={p.values} errors={p.errors} />
        <Checkbox name="banned" label="Banned" values={p.values} />
        <TextareaField name="banReason" label="Reason for the ban" rows={2} values={p.values} errors={p.errors} />
        <Field name="banExpiresOn" type="date" label="Ban expires on (optional)" hint="YYYY-MM-DD" values={p.values} errors={p.errors} />
        <TextareaField name="guidance" label="Guidance for events (optional)" hint="What an event's organisers are told with the answer of an attendee check: what to do if this person registers or attends. No case details." rows={3} values={p.values} errors={p.errors} />
        <button type="submit">Save the status</button>
      </PostForm>
    </Layout>
  );
}
