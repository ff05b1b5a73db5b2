// A case's requests for reconsideration by the board and urgent actions taken by one member:
// one page beside the case page, with small forms. Handlers map forms to verbs, errors to the
// same page (status 400, values kept). Each form's fields have names of their own, so the page
// never shows two inputs with the same id.
import type { Context } from 'hono';
import {
  RECONSIDERATION_RESULT_LABELS,
  REQUESTER_LABELS,
  URGENT_ACTION_LABELS,
  URGENT_ACTIONS,
  URGENT_REVIEW_CLASS_LABELS,
  URGENT_REVIEW_RESULT_LABELS,
  URGENT_REVIEW_RESULTS,
  wallClockOf,
} from '../../../domain/case-reviews';
import { localDate } from '../../../domain/periods';
import { listCaseReviews, type CaseReviews } from '../../../services/case-reviews/list-case-reviews';
import { recordReconsideration } from '../../../services/case-reviews/record-reconsideration';
import { recordUrgentAction } from '../../../services/case-reviews/record-urgent-action';
import { reviewUrgentAction } from '../../../services/case-reviews/review-urgent-action';
import type { AppEnv } from '../../env';
import { str, submitForm } from '../../forms';
import { Paragraphs, TextareaField } from '../../views/cases/fields';
import { ErrorSummary, Field, fieldId, PostForm, SelectField } from '../../views/forms';
import { Layout } from '../../views/layout';
import { pageContext, type FieldErrors, type FormValues, type PageContext } from '../../views/page';
import { defineRoutes } from '../table';
import { caseAccess, caseIdOf } from './cases-shared';

const LABELS: Record<string, string> = {
  requestedOn: 'Date of the request',
  requestedBy: 'Who asked',
  requestDetails: 'What was asked',
  urgentAction: 'Action taken',
  memberId: 'Member who acted',
  takenAt: 'When the action was taken',
  actionDetails: 'What was done',
  actionId: 'Urgent action',
  reviewedAt: 'When the working group reviewed it',
  reviewResult: 'Result of the review',
};

function DateTimeField(p: { name: string; label: string; hint: string; values: FormValues; errors: FieldErrors }) {
  const id = fieldId(p.name);
  const error = p.errors[p.name];
  const value = str(p.values[p.name]);
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{p.label}</label>
      <p class="hint" id={`${id}-hint`}>{p.hint}</p>
      {error ? <p class="error" id={`${id}-error`}>{error}</p> : null}
      <input id={id} name={p.name} type="datetime-local" value={value} aria-invalid={error ? 'true' : undefined} aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].join(' ').trim()} />
    </div>
  );
}

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

function CaseReviewsPage(p: { page: PageContext; view: CaseReviews; timeZone: string; values: FormValues; errors: FieldErrors }) {
  const v = p.view;
  const base = `/wg/cases/${v.caseId}`;
  const when = (d: Date) => wallClockOf(d, p.timeZone).replace('T', ' ');
  const pending = v.reconsiderations.filter((r) => r.result === 'pending');
  const unreviewed = v.urgentActions.filter((a) => a.reviewedAt === null);
  return (
    <Layout page={p.page} title={`Reconsideration and urgent actions · ${v.codeName}`} wide>
      <p>
        <a href={base}>{`Back to case ${v.codeName}`}</a>
      </p>
      <h1>{`Reconsideration and urgent actions: ${v.codeName}`}</h1>
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <p class="lede">
        Counts of both (never details) appear in the annual transparency report, masked like every other small figure.
      </p>

      <section aria-labelledby="reconsiderations-h">
        <h2 id="reconsiderations-h">Requests for reconsideration by the board</h2>
        {v.reconsiderations.length === 0 ? (
          <p>No request recorded.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption>Requests for reconsideration</caption>
              <thead>
                <tr>
                  <th scope="col">Requested</th>
                  <th scope="col">By</th>
                  <th scope="col">Result</th>
                  <th scope="col">Decided</th>
                  <th scope="col">What was asked</th>
                </tr>
              </thead>
              <tbody>
                {v.reconsiderations.map((r) => (
                  <tr>
                    <th scope="row">{r.requestedOn}</th>
                    <td>{REQUESTER_LABELS[r.requestedBy]}</td>
                    <td>{RECONSIDERATION_RESULT_LABELS[r.result]}</td>
                    <td>{r.decidedOn ?? '—'}</td>
                    <td>{r.details ? <Paragraphs text={r.details} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {v.canUpdate ? (
          <>
            <h3>Record a request</h3>
            <PostForm action={`${base}/reconsiderations`} csrf={p.page.csrf} label="Record a request for reconsideration">
              <Field name="requestedOn" label={LABELS.requestedOn!} type="date" values={p.values} errors={p.errors} />
              <SelectField name="requestedBy" label={LABELS.requestedBy!} options={options(['reporter', 'reported'] as const, REQUESTER_LABELS)} values={p.values} errors={p.errors} />
              <TextareaField name="requestDetails" label={`${LABELS.requestDetails!} (optional, stays in the record)`} rows={3} values={p.values} errors={p.errors} />
              <button type="submit">Record the request</button>
            </PostForm>
            {pending.length > 0 ? <p>The board decides pending requests in its own area and records its outcome and reasons; the result then shows here.</p> : null}
          </>
        ) : null}
      </section>

      <section aria-labelledby="urgent-h">
        <h2 id="urgent-h">Urgent actions by one member</h2>
        <p>When harm is ongoing or someone's safety is threatened, a member may act alone and must bring the action to the working group within 24 hours.</p>
        {v.urgentActions.length === 0 ? (
          <p>No urgent action recorded.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption>Urgent actions</caption>
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">By</th>
                  <th scope="col">Action</th>
                  <th scope="col">Review</th>
                  <th scope="col">What was done</th>
                </tr>
              </thead>
              <tbody>
                {v.urgentActions.map((a) => (
                  <tr>
                    <th scope="row">{when(a.takenAt)}</th>
                    <td>{a.memberName}</td>
                    <td>{URGENT_ACTION_LABELS[a.action]}</td>
                    <td>
                      {URGENT_REVIEW_CLASS_LABELS[a.review]}
                      {a.reviewedAt && a.reviewResult ? ` (${when(a.reviewedAt)}): ${URGENT_REVIEW_RESULT_LABELS[a.reviewResult]}` : ''}
                    </td>
                    <td>{a.details ? <Paragraphs text={a.details} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {v.canUpdate ? (
          <>
            <h3>Record an urgent action</h3>
            <PostForm action={`${base}/urgent-actions`} csrf={p.page.csrf} label="Record an urgent action">
              <SelectField name="urgentAction" label={LABELS.urgentAction!} options={options(URGENT_ACTIONS, URGENT_ACTION_LABELS)} values={p.values} errors={p.errors} />
              <SelectField name="memberId" label={LABELS.memberId!} allowEmpty="Me" options={v.votingMembers.map((m) => ({ value: m.id, label: m.name }))} values={p.values} errors={p.errors} />
              <DateTimeField name="takenAt" label={LABELS.takenAt!} hint={`Date and time in the organisation's time zone (${p.timeZone}).`} values={p.values} errors={p.errors} />
              <TextareaField name="actionDetails" label={`${LABELS.actionDetails!} (optional, stays in the record)`} rows={3} values={p.values} errors={p.errors} />
              <button type="submit">Record the action</button>
            </PostForm>
            {unreviewed.length > 0 ? (
              <>
                <h3>Record the working group's review</h3>
                <PostForm action={`${base}/urgent-actions/review`} csrf={p.page.csrf} label="Record the review of an urgent action">
                  <SelectField name="actionId" label={LABELS.actionId!} options={unreviewed.map((a) => ({ value: a.id, label: `${URGENT_ACTION_LABELS[a.action]}, ${when(a.takenAt)}, by ${a.memberName}` }))} values={p.values} errors={p.errors} />
                  <DateTimeField name="reviewedAt" label={LABELS.reviewedAt!} hint={`Date and time in the organisation's time zone (${p.timeZone}).`} values={p.values} errors={p.errors} />
                  <SelectField name="reviewResult" label={LABELS.reviewResult!} options={options(URGENT_REVIEW_RESULTS, URGENT_REVIEW_RESULT_LABELS)} values={p.values} errors={p.errors} />
                  <button type="submit">Record the review</button>
                </PostForm>
              </>
            ) : null}
          </>
        ) : null}
      </section>
    </Layout>
  );
}

async function render(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const view = await listCaseReviews(c.var.ctx, { caseId: caseIdOf(c) });
  return c.html(<CaseReviewsPage page={pageContext(c)} view={view} timeZone={c.var.deps.config.organisation.timeZone} values={values} errors={errors} />, status);
}

/** The verb's field names → this page's field names. */
const rename = (errors: FieldErrors, names: Record<string, string>): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [names[k] ?? k, v]));

export const caseReviewRoutes = defineRoutes('/wg/cases', (r) => {
  r.get('/:caseId/reviews', caseAccess('read:case'), async (c) => {
    const tz = c.var.deps.config.organisation.timeZone;
    const today = localDate(new Date(), tz);
    return render(c, { requestedOn: today }, {}, 200);
  }, { resourceParam: 'caseId' });

  const form = (
    path: string,
    run: (c: Context<AppEnv>, values: FormValues) => Promise<unknown>,
    names: Record<string, string>,
    done: string,
  ) =>
    r.post(`/:caseId/${path}`, caseAccess('update:case'), (c) =>
      submitForm(c, {
        run: (v) => run(c, v),
        done: () => ({ to: `/wg/cases/${caseIdOf(c)}/reviews`, flash: done }),
        page: (v, errors) => render(c, v, rename(errors, names), 400),
      }), { resourceParam: 'caseId' });

  form('reconsiderations', (c, v) => recordReconsideration(c.var.ctx, { caseId: caseIdOf(c), requestedOn: str(v.requestedOn), requestedBy: str(v.requestedBy), details: str(v.requestDetails) }), { details: 'requestDetails' }, 'Request for reconsideration recorded.');
  form('urgent-actions', (c, v) => recordUrgentAction(c.var.ctx, { caseId: caseIdOf(c), action: str(v.urgentAction), memberId: str(v.memberId), takenAt: str(v.takenAt), details: str(v.actionDetails) }), { action: 'urgentAction', details: 'actionDetails' }, 'Urgent action recorded.');
  form('urgent-actions/review', (c, v) => reviewUrgentAction(c.var.ctx, { caseId: caseIdOf(c), id: str(v.actionId), reviewedAt: str(v.reviewedAt), result: str(v.reviewResult) }), { id: 'actionId', result: 'reviewResult' }, 'Review recorded.');
});
