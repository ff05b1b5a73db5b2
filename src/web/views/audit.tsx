import { AUDIT_ACTIONS } from '../../services/audit/actions';
import type { AuditIntegrityStatus } from '../../services/audit/anchor-head';
import type { AuditPage } from '../../services/audit/list-entries';
import { ErrorSummary, Field, SelectField } from './forms';
import { Layout } from './layout';
import type { FieldErrors, FormValues, PageContext } from './page';

const LABELS = { action: 'Action', actorId: 'Who', caseCode: 'Case code name', from: 'From (date)', to: 'To (date)' };

function detailText(d: Record<string, string | number | boolean | null>): string {
  return Object.entries(d)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
}

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The last anchor written outside the database and the last verification (decision 017). */
function IntegrityPanel(p: { status: AuditIntegrityStatus }) {
  const { lastAnchor, lastVerified, lastFailure } = p.status;
  return (
    <section aria-labelledby="integrity-h" class="panel">
      <h2 id="integrity-h">Integrity of the trail</h2>
      <dl>
        <dt>Last anchor</dt>
        <dd>{lastAnchor ? `Entry ${lastAnchor.entryId}, written to the anchor file at ${when(lastAnchor.at)}` : 'None yet: the server writes one each minute the trail grows.'}</dd>
        <dt>Last successful verification</dt>
        <dd>
          {lastVerified
            ? `${when(lastVerified.at)}: ${lastVerified.checked} entries checked against ${lastVerified.anchorsChecked} anchor(s)`
            : 'None yet: the operator runs candor audit verify.'}
        </dd>
      </dl>
      {lastFailure ? (
        <p class="error" role="alert">
          {`The verification of ${when(lastFailure.at)} failed${lastFailure.firstBadId !== null ? ` at entry ${lastFailure.firstBadId}` : ' at the anchor file'}; ask the operator for the report of candor audit verify.`}
        </p>
      ) : null}
    </section>
  );
}

export function AuditTrailPage(p: {
  page: PageContext;
  result: AuditPage | null;
  integrity: AuditIntegrityStatus;
  values: FormValues;
  errors: FieldErrors;
  query: (page: number) => string;
}) {
  return (
    <Layout page={p.page} title="Audit trail" wide>
      <h1>Audit trail</h1>
      <p class="lede">Every change and every read of confidential data, newest first. Entries are chained under a key, and the head of the chain is anchored outside the database; `candor audit verify` checks both.</p>
      <IntegrityPanel status={p.integrity} />
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <form method="get" action="/wg/audit" class="filters" aria-label="Filter the audit trail">
        <SelectField name="action" label={LABELS.action} allowEmpty="Any action" options={AUDIT_ACTIONS.map((a) => ({ value: a, label: a }))} values={p.values} errors={p.errors} />
        <SelectField
          name="actorId"
          label={LABELS.actorId}
          allowEmpty="Anyone"
          options={(p.result?.actors ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
          values={p.values}
          errors={p.errors}
        />
        <Field name="caseCode" label={LABELS.caseCode} type="search" values={p.values} errors={p.errors} autocomplete="off" />
        <Field name="from" label={LABELS.from} type="date" values={p.values} errors={p.errors} />
        <Field name="to" label={LABELS.to} type="date" values={p.values} errors={p.errors} />
        <div class="field">
          <button type="submit">Filter</button> <a href="/wg/audit">Clear filters</a>
        </div>
      </form>
      {p.result ? (
        <>
          <div class="table-wrap">
            <table>
              <caption>{`Audit entries, page ${p.result.page}`}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">When (UTC)</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">About</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {p.result.entries.map((e) => (
                  <tr>
                    <td>{e.id}</td>
                    <td>{e.at.toISOString().slice(0, 19).replace('T', ' ')}</td>
                    <td>{e.actor}</td>
                    <td>{e.action}</td>
                    <td>{e.entityRef ? `${e.entity} ${e.entityRef}` : e.entity}</td>
                    <td>{detailText(e.details)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {p.result.entries.length === 0 ? <p>No entries match these filters.</p> : null}
          <nav aria-label="Pages" class="pager">
            {p.result.page > 1 ? <a href={p.query(p.result.page - 1)} rel="prev">Newer entries</a> : null}
            {p.result.hasNext ? <a href={p.query(p.result.page + 1)} rel="next">Older entries</a> : null}
          </nav>
        </>
      ) : null}
    </Layout>
  );
}
