// The chair's retention page (decision 030): what the record-keeping rules make due, a confirmation
// step that says what will be destroyed, and the form that records a reporter's removal request.
// Code names appear only for items on cases the viewer may act on (the list is filtered by the
// per-case rule before it reaches this view).
import type { DueItem, RetentionKind } from '../../domain/retention';
import type { RetentionOverview } from '../../services/retention';
import { ErrorSummary, Field, fieldId, PostForm } from './forms';
import { Layout } from './layout';
import type { FieldErrors, FormValues, PageContext } from './page';

const KIND_LABELS: Record<RetentionKind, string> = {
  minor_record: 'Minor record: expunge the case',
  reporter_identity: "Remove the reporter's identity",
};

/** What confirming destroys and what stays, per rule; the page says it before the chair confirms. */
const DESTROYS: Record<RetentionKind, { gone: string[]; kept: string }> = {
  minor_record: {
    gone: [
      "The case's narrative, documents and resolution text.",
      'Every text of the timeline, and every attachment.',
      "The report form's contact address and details.",
      'The details of recusals, reconsiderations and urgent actions, and the reasons of records-access requests.',
      'Messages composed for the case (drafts, texts and recipients), and case-study drafts never published.',
      "The links to the reporter, witnesses and affected people, and their identities when no other case names them.",
      'The real identity of each reported person (and the indexes that find them by name or address) when no case still kept names them.',
    ],
    kept: 'What the published figures are counted from stays: dates, categories, space, channel, status, resolution source, and each reported person’s consequence under an anonymous code name.',
  },
  reporter_identity: {
    gone: ["The reporter's link to the case, and their identity when no other case names them.", "The reporter's contact address on the report form."],
    kept: 'The rest of the record stays as it is.',
  },
};

function itemLink(d: DueItem): string {
  return `/wg/retention?case=${encodeURIComponent(d.caseId)}&kind=${encodeURIComponent(d.kind)}#confirm`;
}

function Settings(p: { settings: RetentionOverview['settings'] }) {
  const m = p.settings.minorRecords.afterMonths;
  const r = p.settings.reporterIdentity.afterDays;
  return (
    <ul>
      <li>{m === null ? 'Minor records are kept: the rule is off.' : `Minor records are due ${m} months after their case was resolved.`}</li>
      <li>
        {r === null
          ? "Reporters' identities are kept: the rule is off."
          : `A reporter who asked for it has their identity removed ${r === 0 ? 'once their case is resolved' : `${r} days after their case was resolved`}.`}
      </li>
    </ul>
  );
}

function Confirm(p: { item: DueItem; csrf: string; errors: FieldErrors }) {
  const what = DESTROYS[p.item.kind];
  const error = p.errors.confirm;
  const id = fieldId('confirm');
  return (
    <section id="confirm" aria-labelledby="confirm-title">
      <h2 id="confirm-title">{`Confirm: ${KIND_LABELS[p.item.kind]} (${p.item.codeName})`}</h2>
      <p>{p.item.reason}</p>
      <p>This is destroyed for good and cannot be undone:</p>
      <ul>
        {what.gone.map((g) => (
          <li>{g}</li>
        ))}
      </ul>
      <p>{what.kept}</p>
      <p>The audit trail records that the expungement happened, under which rule and how many values it destroyed; never what they said.</p>
      <PostForm action="/wg/retention/expunge" csrf={p.csrf} label={`Confirm the expungement of ${p.item.codeName}`}>
        <input type="hidden" name="caseId" value={p.item.caseId} />
        <input type="hidden" name="kind" value={p.item.kind} />
        <div class={error ? 'checkbox field-error' : 'checkbox'}>
          {error ? (
            <p class="error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
          <input type="checkbox" id={id} name="confirm" value="yes" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} />
          <label for={id}>I have read what will be destroyed, and I confirm it.</label>
        </div>
        <button type="submit">Destroy these records</button> <a href="/wg/retention">Cancel</a>
      </PostForm>
    </section>
  );
}

export function RetentionPage(p: { page: PageContext; overview: RetentionOverview; confirming: DueItem | null; values: FormValues; errors: FieldErrors }) {
  const { due, hidden, settings } = p.overview;
  return (
    <Layout page={p.page} title="Retention">
      <h1>Retention</h1>
      <p>
        The record-keeping rules make these records due for expungement. Nothing is destroyed until a chair confirms each one. The published statistics
        never change because of it.
      </p>
      <Settings settings={settings} />
      <ErrorSummary errors={p.errors} labels={{ caseCode: 'Case code name', confirm: 'Confirmation', caseId: 'Item', kind: 'Item' }} />
      {p.confirming ? <Confirm item={p.confirming} csrf={p.page.csrf} errors={p.errors} /> : null}
      <h2>Due now</h2>
      {due.length === 0 ? (
        <p>Nothing is due.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Due for expungement</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Rule</th>
                <th scope="col">Due since</th>
                <th scope="col">Why</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {due.map((d) => (
                <tr>
                  <td>{d.codeName}</td>
                  <td>{KIND_LABELS[d.kind]}</td>
                  <td>{d.dueOn}</td>
                  <td>{d.reason}</td>
                  <td>
                    <a href={itemLink(d)}>
                      Review and confirm<span class="visually-hidden">{`: ${d.codeName}, ${KIND_LABELS[d.kind]}`}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 ? (
        <p class="muted">{`${hidden} more ${hidden === 1 ? 'item is' : 'items are'} due on cases you may not act on (you are recused or named); another chair confirms ${hidden === 1 ? 'it' : 'them'}.`}</p>
      ) : null}
      <h2>A reporter asks to be forgotten</h2>
      <p>
        When a reporter asks for their identity to be removed once their case is resolved, record it here. The removal then appears above when the rule
        makes it due.
      </p>
      <PostForm action="/wg/retention/reporter-requests" csrf={p.page.csrf} label="Record a reporter's removal request">
        <Field name="caseCode" label="Case code name" values={p.values} errors={p.errors} autocomplete="off" />
        <button type="submit">Record the request</button>
      </PostForm>
    </Layout>
  );
}
