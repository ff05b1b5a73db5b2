// Community involvement: the public form and the answers the working group published; the
// working group's queue and the triage of one submission.
import type { PublicCommunityItem, SubmissionForWg } from '../../../services/community';
import { STATUS_LABELS, SUBMISSION_KIND_LABELS, SUBMISSION_KINDS, TRIAGE_STATUSES } from '../../../services/community';
import type { PublicDocument, VersionRow } from '../../../services/documents';
import { PUBLIC_TEXT_STATE_LABELS } from '../../../domain/public-text';
import { Paragraphs, TextareaField } from '../cases/fields';
import { ErrorSummary, Field, fieldId, PostForm, SelectField } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { PublicPage } from '../public/pages';

export const COMMUNITY_LABELS = {
  kind: 'What are you sending?',
  documentId: 'Which document is it about?',
  body: 'Your question or suggestion',
  status: 'Decision',
  publicTitle: 'Title as the public will read it',
  publicText: 'Answer or reason, as the public will read it',
  resolvedByVersionId: 'Document version that made the change',
};

const STATUS_HEADINGS = { answered: 'Questions we answered', accepted: 'Proposals we accepted', declined: 'Proposals we declined, and why' } as const;

function KindFieldset(p: { values: FormValues; errors: FieldErrors }) {
  const error = p.errors.kind;
  return (
    <fieldset id={fieldId('kind')} class={error ? 'field field-error' : 'field'} aria-describedby={error ? `${fieldId('kind')}-error` : undefined}>
      <legend>{COMMUNITY_LABELS.kind}</legend>
      {error ? (
        <p class="error" id={`${fieldId('kind')}-error`}>
          {error}
        </p>
      ) : null}
      {SUBMISSION_KINDS.map((k) => (
        <div class="radio">
          <input type="radio" id={`kind-${k}`} name="kind" value={k} checked={p.values.kind === k} />
          <label for={`kind-${k}`}>{SUBMISSION_KIND_LABELS[k]}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function CommunityPage(p: { page: PageContext; items: readonly PublicCommunityItem[]; documents: readonly PublicDocument[]; q: string; values: FormValues; errors: FieldErrors; sent: boolean }) {
  return (
    <PublicPage page={p.page} title="Questions and proposals">
      <h1>Questions and proposals</h1>
      <p class="lede">
        Ask how we work, suggest an improvement, or propose a change to one of <a href="/documentation">our documents</a>. We answer here, in our own words,
        without quoting you or saying who asked.
      </p>
      {p.sent ? (
        <p class="flash" role="status">
          Thank you: we received your message. We read every one; answers and accepted proposals appear on this page.
        </p>
      ) : null}
      <h2>Send us a question or a proposal</h2>
      <p>
        No account is needed, and we do not record who you are: not your name, not your address, not your browser. Please do not use this form to
        report a code of conduct concern — use the report form for that, so that it is handled confidentially.
      </p>
      <ErrorSummary errors={p.errors} labels={COMMUNITY_LABELS} />
      <PostForm action="/community" csrf={p.page.csrf} label="Send a question or proposal">
        <KindFieldset values={p.values} errors={p.errors} />
        <SelectField
          name="documentId"
          label={`${COMMUNITY_LABELS.documentId} (optional)`}
          allowEmpty="None in particular"
          options={p.documents.map((d) => ({ value: d.id, label: d.title }))}
          values={p.values}
          errors={p.errors}
        />
        <TextareaField name="body" label={COMMUNITY_LABELS.body} rows={6} hint="Please do not name anyone." values={p.values} errors={p.errors} />
        <div class="hp-field" aria-hidden="true">
          <label for="f-website">Leave this field empty</label>
          <input type="text" id="f-website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>
        <button type="submit">Send</button>
      </PostForm>
      <h2 id="answers">Questions the community asked</h2>
      <form method="get" action="/community#answers" role="search">
        <label for="q">Search the answers</label>
        <input type="search" id="q" name="q" value={p.q} />
        <button type="submit">Search</button>
      </form>
      {p.items.length === 0 ? <p>{p.q ? 'Nothing matches your search.' : 'Nothing has been answered yet.'}</p> : null}
      {(['answered', 'accepted', 'declined'] as const).map((status) => {
        const items = p.items.filter((i) => i.status === status);
        return items.length === 0 ? null : (
          <section aria-labelledby={`h-${status}`}>
            <h3 id={`h-${status}`}>{STATUS_HEADINGS[status]}</h3>
            {items.map((i) => (
              <article id={`item-${i.id}`} class="panel">
                <h4>{i.title}</h4>
                {i.document ? (
                  <p class="muted">
                    About <a href={`/documentation/${i.document.slug}`}>{i.document.title}</a>
                  </p>
                ) : null}
                <Paragraphs text={i.text} />
              </article>
            ))}
          </section>
        );
      })}
    </PublicPage>
  );
}

export function CommunityQueuePage(p: { page: PageContext; items: readonly SubmissionForWg[] }) {
  return (
    <Layout page={p.page} title="Community questions and proposals">
      <h1>Community questions and proposals</h1>
      <p class="lede">
        What the public sent through the form on the public site. Nobody’s identity is recorded. Answer, accept or decline each one in your own words;
        that wording is public once a second member approves it.
      </p>
      {p.items.length === 0 ? (
        <p>Nothing has been sent yet.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Submissions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Kind</th>
                <th scope="col">Document</th>
                <th scope="col">Decision</th>
                <th scope="col">Public wording</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((i) => (
                <tr>
                  <th scope="row">
                    <a href={`/wg/community/${i.id}`}>{i.receivedOn}</a>
                  </th>
                  <td>{i.kind}</td>
                  <td>{i.documentTitle ?? '—'}</td>
                  <td>{STATUS_LABELS[i.status]}</td>
                  <td>{i.status === 'new' ? '—' : PUBLIC_TEXT_STATE_LABELS[i.reviewState]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export function TriagePage(p: { page: PageContext; item: SubmissionForWg; versions: readonly Pick<VersionRow, 'id' | 'version' | 'publishedOn'>[]; values: FormValues; errors: FieldErrors }) {
  const { item } = p;
  return (
    <Layout page={p.page} title="Triage a community submission">
      <p>
        <a href="/wg/community">All submissions</a>
      </p>
      <h1>{SUBMISSION_KIND_LABELS[item.kind]}</h1>
      <p class="muted">
        Received {item.receivedOn}
        {item.documentTitle ? `, about ${item.documentTitle}` : ''}. Current decision: {STATUS_LABELS[item.status]}
        {item.reviewId ? (
          <>
            {' '}
            (public wording: <a href={`/wg/public-texts/${item.reviewId}`}>{PUBLIC_TEXT_STATE_LABELS[item.reviewState]}</a>)
          </>
        ) : null}
        .
      </p>
      <section class="panel" aria-labelledby="sent-title">
        <h2 id="sent-title">What was sent (never published)</h2>
        <Paragraphs text={item.body} />
      </section>
      <h2>Decision</h2>
      <ErrorSummary errors={p.errors} labels={COMMUNITY_LABELS} />
      <PostForm action={`/wg/community/${item.id}`} csrf={p.page.csrf} label="Decision">
        <SelectField name="status" label={COMMUNITY_LABELS.status} options={TRIAGE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} values={p.values} errors={p.errors} />
        <Field name="publicTitle" label={COMMUNITY_LABELS.publicTitle} hint="Reword the question or proposal; never quote the sender." values={p.values} errors={p.errors} />
        <TextareaField name="publicText" label={COMMUNITY_LABELS.publicText} rows={5} hint="Public. Never mention a case." values={p.values} errors={p.errors} />
        {p.versions.length > 0 ? (
          <SelectField
            name="resolvedByVersionId"
            label={`${COMMUNITY_LABELS.resolvedByVersionId} (accepted proposals, optional)`}
            allowEmpty="None yet"
            options={p.versions.map((v) => ({ value: v.id, label: `Version ${v.version}, ${v.publishedOn}` }))}
            values={p.values}
            errors={p.errors}
          />
        ) : null}
        <button type="submit">Save the decision</button>
      </PostForm>
    </Layout>
  );
}
