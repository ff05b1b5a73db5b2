// The review of free text before it goes public: the text with each finding marked, a form per
// finding to keep it with a reason, and the second member's approval of the exact text. Plain
// forms: works without JavaScript.
import type { Child } from 'hono/jsx';
import { PUBLIC_TEXT_STATE_LABELS, type PublicTextState as TextState } from '../../domain/public-text';
import type { PublicTextListItem, PublicTextReviewView, ReviewFindingView } from '../../services/public-text';
import { ErrorSummary, fieldId, PostForm } from './forms';
import { Layout } from './layout';
import type { FieldErrors, FormValues, PageContext } from './page';

const FINDING_LABELS: Record<string, string> = {
  PERSON: 'a person’s name',
  USERNAME: 'a username or handle',
  EMAIL: 'an email address',
  URL: 'a web address that may identify someone',
  PHONE: 'a phone number',
  DATETIME: 'a specific date or time',
  QUOTE: 'a verbatim quotation',
};

export const findingLabel = (label: string): string => FINDING_LABELS[label] ?? label;

export function PublicTextState(props: { state: TextState }) {
  return <span class={`state state-${props.state}`}>{PUBLIC_TEXT_STATE_LABELS[props.state]}</span>;
}

/** The state of each text of a page, with a link to its review (publications, documents). */
export function PublicTextStatusList(props: { items: ReadonlyArray<{ title: string; state: TextState; reviewId: string | null }> }) {
  return (
    <ul>
      {props.items.map((i) => (
        <li>
          {i.reviewId && i.state !== 'empty' ? <a href={`/wg/public-texts/${i.reviewId}`}>{i.title}</a> : i.title}: <PublicTextState state={i.state} />
        </li>
      ))}
    </ul>
  );
}

/** The text with every finding marked and numbered as in the list below it. */
function MarkedText(props: { text: string; findings: readonly ReviewFindingView[] }) {
  const parts: Child[] = [];
  let at = 0;
  for (const f of [...props.findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(props.text.slice(at, f.start));
    parts.push(
      <mark>
        {props.text.slice(f.start, f.end)}
        <sup>[{f.index + 1}]</sup>
      </mark>,
    );
    at = f.end;
  }
  parts.push(props.text.slice(at));
  return <div class="public-text panel">{parts}</div>;
}

function FindingItem(props: { f: ReviewFindingView; review: PublicTextReviewView; page: PageContext; values: FormValues; errors: FieldErrors }) {
  const { f, review } = props;
  const me = props.page.actor.kind === 'member' ? props.page.actor.id : null;
  const id = fieldId(`reason-${f.index}`);
  const error = props.errors[`reason-${f.index}`];
  const raw = props.values[`reason-${f.index}`];
  return (
    <li id={`finding-${f.index + 1}`}>
      <p>
        <strong>“{review.text.slice(f.start, f.end)}”</strong>: {findingLabel(f.label)}
        {f.known === true ? ', and it matches a party in the case register' : ''}.
      </p>
      {f.override ? (
        <p>
          Kept {f.override.by === me ? 'by you' : 'by another member'}: {f.override.reason}
        </p>
      ) : review.editable ? (
        <PostForm action={`/wg/public-texts/${review.id}/override`} csrf={props.page.csrf} label={`Keep finding ${f.index + 1}`}>
          <input type="hidden" name="textHash" value={review.textHash} />
          <input type="hidden" name="finding" value={String(f.index)} />
          <div class={error ? 'field field-error' : 'field'}>
            <label for={id}>Why may this be published?</label>
            {error ? (
              <p class="error" id={`${id}-error`}>
                {error}
              </p>
            ) : null}
            <textarea id={id} name="reason" rows={2} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
              {Array.isArray(raw) ? raw[0] : raw}
            </textarea>
          </div>
          <button type="submit" class="secondary">
            Keep it, with this reason
          </button>
        </PostForm>
      ) : null}
    </li>
  );
}

export function PublicTextReviewPage(props: { page: PageContext; review: PublicTextReviewView; values: FormValues; errors: FieldErrors }) {
  const r = props.review;
  const open = r.findings.filter((f) => !f.override).length;
  return (
    <Layout page={props.page} title={`Review: ${r.title}`}>
      <p>
        <a href="/wg/public-texts">All texts under review</a> · <a href={r.editUrl}>Where this text is edited</a>
      </p>
      <h1>{r.title}</h1>
      <ErrorSummary errors={props.errors} labels={Object.fromEntries(r.findings.map((f) => [`reason-${f.index}`, `Finding ${f.index + 1}`]))} />
      <p>
        State: <PublicTextState state={r.state} />
      </p>
      <p class="lede">
        This text will be public. Candor checked it against every party of every case and for names, handles, addresses, dates and quotations.
        Edit the text where it is written, or keep each finding with a reason; then a second member, who did not write it or keep a finding,
        approves the exact text. Any edit starts the review again.
      </p>
      {r.state === 'unchecked' ? <p class="error">The text was edited since it was checked: save it again where it is written.</p> : null}
      <h2>The text</h2>
      <MarkedText text={r.text} findings={r.findings} />
      <h2>Findings</h2>
      {r.findings.length === 0 ? (
        <p>Nothing found.</p>
      ) : (
        <>
          <p>{open === 0 ? 'Every finding is resolved.' : `${open} of ${r.findings.length} finding(s) to resolve.`}</p>
          <ol>
            {r.findings.map((f) => (
              <FindingItem f={f} review={r} page={props.page} values={props.values} errors={props.errors} />
            ))}
          </ol>
        </>
      )}
      <h2>Approval</h2>
      {r.state === 'approved' ? (
        <p>Approved by {r.approvedBy !== null && props.page.actor.kind === 'member' && r.approvedBy === props.page.actor.id ? 'you' : 'a second member'}.</p>
      ) : r.editable && r.state === 'awaiting_approval' && r.approvalRefusal === null ? (
        <PostForm action={`/wg/public-texts/${r.id}/approve`} csrf={props.page.csrf} label="Approve this text">
          <input type="hidden" name="textHash" value={r.textHash} />
          <p>I have read this text as it will be published, and it identifies no one.</p>
          <button type="submit">Approve the text</button>
        </PostForm>
      ) : (
        <p>{r.approvalRefusal ?? 'Not yet.'}</p>
      )}
    </Layout>
  );
}

export function PublicTextListPage(props: { page: PageContext; items: readonly PublicTextListItem[] }) {
  return (
    <Layout page={props.page} title="Public text review">
      <h1>Public text review</h1>
      <p class="lede">
        Release notes, the sections of transparency reports and the documentation changelog are public. Each text is checked before it is
        published, and a second member approves it.
      </p>
      {props.items.length === 0 ? (
        <p>No text is waiting.</p>
      ) : (
        <ul>
          {props.items.map((i) => (
            <li>
              <a href={`/wg/public-texts/${i.id}`}>{i.title}</a>: <PublicTextState state={i.state} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
