// The board's area (decision 032): its queue of requests for reconsideration, the board reports
// the chair filed, aggregate figures, the information requests it sent; one request to decide;
// one board report; and the chair's page for answering information requests. Nothing here shows a
// case the viewer is involved in: the services leave such cases out before the page sees them.
import type { BoardFigures, DeadlineTally } from '../../domain/board-figures';
import { BOARD_DECISION_RESULTS, CASE_STAGE_LABELS } from '../../domain/case-lifecycle';
import { RECONSIDERATION_RESULT_LABELS, REQUESTER_LABELS, type ReconsiderationRequester, type ReconsiderationResult } from '../../domain/case-reviews';
import type { BoardArea, BoardQueueItem, BoardQueueItemView, BoardReportView, CaseBoardReports, InformationRequestView } from '../../services/board';
import { Paragraphs, TextareaField } from './cases/fields';
import { ErrorSummary, Field, PostForm, SelectField } from './forms';
import { Layout } from './layout';
import type { FieldErrors, FormValues, PageContext } from './page';

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const requester = (r: string) => REQUESTER_LABELS[r as ReconsiderationRequester] ?? r;
const result = (r: string) => RECONSIDERATION_RESULT_LABELS[r as ReconsiderationResult] ?? r;

function QueueTable(p: { items: BoardQueueItem[]; caption: string }) {
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Asked by</th>
            <th scope="col">Asked on</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((q) => (
            <tr>
              <th scope="row">
                <a href={`/wg/board/requests/${q.id}`}>{q.codeName}</a>
              </th>
              <td>{requester(q.requestedBy)}</td>
              <td>{q.requestedOn}</td>
              <td>{q.decidedOn ? `${result(q.result)} on ${q.decidedOn}` : result(q.result)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const tally = (t: DeadlineTally) => [t.kept, t.missed, t.open, t.unrecorded];

function Figures(p: { figures: BoardFigures }) {
  const f = p.figures;
  return (
    <>
      <div class="table-wrap">
        <table>
          <caption>Cases by stage ({f.total} in all)</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Ongoing</th>
              <th scope="col">Resolved</th>
            </tr>
          </thead>
          <tbody>
            {f.byStage.map((s) => (
              <tr>
                <th scope="row">{CASE_STAGE_LABELS[s.stage]}</th>
                <td>{s.ongoing}</td>
                <td>{s.resolved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap">
        <table>
          <caption>Deadlines to reporters</caption>
          <thead>
            <tr>
              <th scope="col">Deadline</th>
              <th scope="col">Kept</th>
              <th scope="col">Missed</th>
              <th scope="col">Still open</th>
              <th scope="col">Not recorded</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['Acknowledgement within a day', f.acknowledgement],
                ['First answer within a week (web-form reports)', f.firstResponse],
              ] as const
            ).map(([label, t]) => (
              <tr>
                <th scope="row">{label}</th>
                {tally(t).map((n) => (
                  <td>{n}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function InformationRequestItem(p: { r: InformationRequestView; children?: unknown }) {
  const r = p.r;
  return (
    <li>
      <p>
        <strong>{r.codeName ? `About ${r.codeName}` : 'General'}</strong>: asked {when(r.requestedAt)}
        {r.requestedBy ? ` by ${r.requestedBy}` : ''}
      </p>
      {r.request ? <Paragraphs text={r.request} /> : null}
      {r.answeredAt ? (
        <>
          <p>
            Answered {when(r.answeredAt)}
            {r.answeredBy ? ` by ${r.answeredBy}` : ''}:
          </p>
          {r.answer ? <Paragraphs text={r.answer} /> : null}
        </>
      ) : (
        <p>Not answered yet.</p>
      )}
      {p.children}
    </li>
  );
}

export function BoardAreaPage(p: { page: PageContext; area: BoardArea; canAsk: boolean; values: FormValues; errors: FieldErrors }) {
  const a = p.area;
  return (
    <Layout page={p.page} title="Board" wide>
      <h1>Board</h1>
      <p class="lede">What the board decides and oversees. Cases you are involved in, or recused from, are not shown here; they count in the figures only.</p>
      <ErrorSummary errors={p.errors} labels={{ request: 'What the board asks', caseCode: 'Case code name' }} />
      <section aria-labelledby="queue-h">
        <h2 id="queue-h">Requests to decide</h2>
        <p>Requests for reconsideration of a working-group decision. The board reviews each one and records its outcome and reasons.</p>
        {a.pending.length === 0 ? <p>No request is waiting for the board.</p> : <QueueTable items={a.pending} caption="Requests waiting for the board" />}
        {a.decided.length > 0 ? (
          <details>
            <summary>Decided requests ({a.decided.length})</summary>
            <QueueTable items={a.decided} caption="Requests the board decided" />
          </details>
        ) : null}
      </section>
      <section aria-labelledby="reports-h">
        <h2 id="reports-h">Board reports</h2>
        {a.reports.length === 0 ? (
          <p>No board report has been filed.</p>
        ) : (
          <ul>
            {a.reports.map((r) => (
              <li>
                <a href={`/wg/board/reports/${r.id}`}>{r.codeName}</a>, filed {when(r.filedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="figures-h">
        <h2 id="figures-h">Figures</h2>
        <Figures figures={a.figures} />
      </section>
      <section aria-labelledby="info-h">
        <h2 id="info-h">Information requests to the working group</h2>
        {a.informationRequests.length === 0 ? (
          <p>The board has not asked for information.</p>
        ) : (
          <ul>
            {a.informationRequests.map((r) => (
              <InformationRequestItem r={r} />
            ))}
          </ul>
        )}
        {p.canAsk ? (
          <PostForm action="/wg/board/information-requests" csrf={p.page.csrf} label="Ask the working group for information">
            <TextareaField name="request" label="What the board asks" hint="The chair answers in Candor. Both are kept in the audit trail (without their text)." values={p.values} errors={p.errors} rows={4} />
            <Field name="caseCode" label="Case code name (optional)" hint="When the request is about one case." values={p.values} errors={p.errors} autocomplete="off" />
            <button type="submit">Send the request</button>
          </PostForm>
        ) : null}
      </section>
      {a.canReadAudit ? (
        <section aria-labelledby="audit-h">
          <h2 id="audit-h">Audit trail</h2>
          <p>
            Last verified: {a.integrity.lastVerified ? `${when(a.integrity.lastVerified.at)} (${a.integrity.lastVerified.checked} entries)` : 'never'}.
            {a.integrity.lastFailure ? ` A verification failed on ${when(a.integrity.lastFailure.at)}.` : ''}
          </p>
          <p>
            <a href="/wg/audit">Read the audit trail</a> (entries about cases you are involved in are left out).
          </p>
        </section>
      ) : null}
    </Layout>
  );
}

export function BoardRequestPage(p: { page: PageContext; item: BoardQueueItemView; values: FormValues; errors: FieldErrors }) {
  const q = p.item;
  return (
    <Layout page={p.page} title={`Request for reconsideration: ${q.codeName}`}>
      <p>
        <a href="/wg/board">Back to the board</a>
      </p>
      <h1>Request for reconsideration: {q.codeName}</h1>
      <ErrorSummary errors={p.errors} labels={{ result: 'Outcome', decidedOn: 'Decided on', review: 'What the board reviewed', reasons: 'Reasons' }} />
      <dl>
        <dt>Asked by</dt>
        <dd>{requester(q.requestedBy)}</dd>
        <dt>Asked on</dt>
        <dd>{q.requestedOn}</dd>
        <dt>Outcome</dt>
        <dd>{result(q.result)}</dd>
      </dl>
      {q.request ? (
        <section aria-labelledby="request-h">
          <h2 id="request-h">The request</h2>
          <Paragraphs text={q.request} />
        </section>
      ) : (
        <p>The request's own words are in the case record; ask for records access to read them.</p>
      )}
      {q.decision ? (
        <section aria-labelledby="decision-h">
          <h2 id="decision-h">The board's decision of {q.decision.decidedOn}</h2>
          {q.decision.review ? (
            <>
              <h3>What the board reviewed</h3>
              <Paragraphs text={q.decision.review} />
            </>
          ) : null}
          <h3>Reasons</h3>
          {q.decision.reasons ? <Paragraphs text={q.decision.reasons} /> : null}
        </section>
      ) : q.result === 'pending' ? (
        <section aria-labelledby="decide-h">
          <h2 id="decide-h">Decide</h2>
          <PostForm action={`/wg/board/requests/${q.id}/decide`} csrf={p.page.csrf} label="Record the board's decision">
            <SelectField name="result" label="Outcome" options={BOARD_DECISION_RESULTS.map((r) => ({ value: r, label: result(r) }))} values={p.values} errors={p.errors} allowEmpty="Choose…" />
            <Field name="decidedOn" label="Decided on" hint="YYYY-MM-DD" values={p.values} errors={p.errors} autocomplete="off" />
            <TextareaField name="review" label="What the board reviewed (optional)" values={p.values} errors={p.errors} rows={4} />
            <TextareaField name="reasons" label="Reasons" hint="Sealed; the working group reads them when it enacts the outcome." values={p.values} errors={p.errors} rows={6} />
            <button type="submit">Record the decision</button>
          </PostForm>
        </section>
      ) : (
        <p>This request was decided before the board recorded its reasons in Candor.</p>
      )}
    </Layout>
  );
}

export function BoardReportPage(p: { page: PageContext; report: BoardReportView }) {
  const r = p.report;
  return (
    <Layout page={p.page} title={`Board report: ${r.codeName}`}>
      <p>
        <a href="/wg/board">Back to the board</a>
      </p>
      <h1>Board report: {r.codeName}</h1>
      <dl>
        <dt>Filed</dt>
        <dd>{when(r.filedAt)}</dd>
        <dt>Resolved on</dt>
        <dd>{r.resolvedOn ?? 'not recorded'}</dd>
      </dl>
      <Paragraphs text={r.summary} />
    </Layout>
  );
}

export function InformationRequestsPage(p: { page: PageContext; requests: InformationRequestView[]; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout page={p.page} title="Board requests" wide>
      <h1>Board requests</h1>
      <p class="lede">Information the board asked the working group for. Answers go to the board; asking and answering are both in the audit trail.</p>
      <ErrorSummary errors={p.errors} />
      {p.requests.length === 0 ? (
        <p>The board has not asked for information.</p>
      ) : (
        <ul>
          {p.requests.map((r) => (
            <InformationRequestItem r={r}>
              {r.answeredAt ? null : (
                <PostForm action={`/wg/information-requests/${r.id}/answer`} csrf={p.page.csrf} label={r.codeName ? `Answer the request about ${r.codeName}` : 'Answer the request'}>
                  <TextareaField name={`answer-${r.id}`} label="Answer" values={p.values} errors={p.errors} rows={5} />
                  <button type="submit">Send the answer</button>
                </PostForm>
              )}
            </InformationRequestItem>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The chair's page on one case: the reports filed to the board, and the form to file one once resolved. */
export function CaseBoardReportsPage(p: { page: PageContext; view: CaseBoardReports; values: FormValues; errors: FieldErrors }) {
  const v = p.view;
  return (
    <Layout page={p.page} title={`Board reports: ${v.codeName}`}>
      <p>
        <a href={`/wg/cases/${v.caseId}`}>Back to the case</a>
      </p>
      <h1>Board reports: {v.codeName}</h1>
      <ErrorSummary errors={p.errors} labels={{ summary: 'Summary for the board' }} />
      {v.reports.length === 0 ? (
        <p>No report has been filed to the board for this case.</p>
      ) : (
        <ul>
          {v.reports.map((r) => (
            <li>
              <p>
                Filed {when(r.filedAt)}
                {r.filedBy ? ` by ${r.filedBy}` : ''}
              </p>
              {r.summary ? <Paragraphs text={r.summary} /> : null}
            </li>
          ))}
        </ul>
      )}
      {v.canFile ? (
        <PostForm action={`/wg/cases/${v.caseId}/board-report`} csrf={p.page.csrf} label="Report the case to the board">
          <TextareaField
            name="summary"
            label="Summary for the board"
            hint="Under the case's code name, without names or other identities. Board members involved in the case do not see it."
            values={p.values}
            errors={p.errors}
            rows={8}
          />
          <button type="submit">File the report</button>
        </PostForm>
      ) : (
        <p>A case is reported to the board once it is resolved.</p>
      )}
    </Layout>
  );
}
