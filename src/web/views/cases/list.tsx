// The case register: filters (a GET form, so a filtered list is a link), then code names only.
import { CONSEQUENCE_LABELS } from '../../../domain/outcomes';
import type { CaseListRow } from '../../../services/cases/list-cases';
import { ErrorSummary, Field, SelectField } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { CASE_STAGE_LABELS } from '../../../domain/case-lifecycle';
import { consequenceLabel, options, sourceLabel, STATUS_LABELS } from './labels';

const SORTS = { received_desc: 'Newest first', received_asc: 'Oldest first', code_name: 'Code name', status: 'Status' };

export function CaseListPage(p: {
  page: PageContext;
  rows: CaseListRow[];
  spaces: { id: string; name: string }[];
  values: FormValues;
  errors: FieldErrors;
  canCreate: boolean;
}) {
  return (
    <Layout page={p.page} title="Cases" wide>
      <h1>Cases</h1>
      {p.canCreate ? (
        <p>
          <a class="button" href="/wg/cases/new">Record a new case</a>
        </p>
      ) : null}
      <ErrorSummary errors={p.errors} />
      <form method="get" action="/wg/cases" class="filters" aria-label="Filter cases">
        <SelectField name="status" label="Status" allowEmpty="Any" options={[{ value: 'ongoing', label: 'Ongoing' }, { value: 'resolved', label: 'Resolved' }]} values={p.values} errors={p.errors} />
        <Field name="period" label="Period received" hint="A year or half-year, like 2025-H1" values={p.values} errors={p.errors} />
        <SelectField name="spaceId" label="Space" allowEmpty="Any" options={p.spaces.map((s) => ({ value: s.id, label: s.name }))} values={p.values} errors={p.errors} />
        <SelectField name="consequence" label="Consequence" allowEmpty="Any" options={options(CONSEQUENCE_LABELS)} values={p.values} errors={p.errors} />
        <SelectField name="stage" label="Stage" allowEmpty="Any" options={options(CASE_STAGE_LABELS)} values={p.values} errors={p.errors} />
        <SelectField name="sort" label="Sort by" options={options(SORTS)} values={p.values} errors={p.errors} />
        <div class="actions">
          <button type="submit">Show cases</button>
          <a href="/wg/cases">Clear filters</a>
        </div>
      </form>
      {p.rows.length === 0 ? (
        <p>No cases to show.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{`${p.rows.length} case${p.rows.length === 1 ? '' : 's'}`}</caption>
            <thead>
              <tr>
                <th scope="col">Code name</th>
                <th scope="col">Received</th>
                <th scope="col">Status</th>
                <th scope="col">Stage</th>
                <th scope="col">Spaces</th>
                <th scope="col">People</th>
                <th scope="col">Highest consequence</th>
                <th scope="col">Resolved by</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) =>
                r.kind === 'recused' ? (
                  <tr>
                    <th scope="row">{r.codeName}</th>
                    <td>—</td>
                    <td>{STATUS_LABELS.recused}</td>
                    <td colspan={5}>
                      You are recused from this case. <a href={`/wg/cases/${r.id}/recuse`}>Your conflict<span class="visually-hidden">{` on ${r.codeName}`}</span></a>
                    </td>
                  </tr>
                ) : (
                  <tr>
                    <th scope="row">
                      <a href={`/wg/cases/${r.id}`}>{r.codeName}</a>
                    </th>
                    <td>{r.receivedOn}</td>
                    <td>{STATUS_LABELS[r.status]}</td>
                    <td>{CASE_STAGE_LABELS[r.stage]}</td>
                    <td>{r.spaces.join(', ') || '—'}</td>
                    <td>{r.peopleCount}</td>
                    <td>{consequenceLabel(r.highestConsequence)}</td>
                    <td>{r.status === 'resolved' ? sourceLabel(r.resolutionSource) : '—'}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
