// The composer: messages from a case to someone outside the working group. The draft is shown with
// every replacement marked and numbered; each has a form to undo it (with a reason); a form adds a
// phrase to remove; the draft and recipients are edited in plain fields; a second member approves;
// then it is sent. Plain forms and server round trips: works without JavaScript.
import type { Child } from 'hono/jsx';
import {
  FOUR_PART_LABELS,
  FOUR_PARTS,
  MESSAGE_KIND_LABELS,
  OUTGOING_STATE_LABELS,
  RECIPIENT_KIND_LABELS,
  RECIPIENT_KINDS,
  type FourPart,
} from '../../domain/outgoing-message';
import type { MessageListItem, MessageView, ReplacementView } from '../../services/outgoing';
import { TextareaField } from './cases/fields';
import { ErrorSummary, PostForm, SelectField } from './forms';
import { Layout } from './layout';
import { findingLabel } from './public-text';
import type { FieldErrors, FormValues, PageContext } from './page';

const recipientOptions = RECIPIENT_KINDS.map((k) => ({ value: k, label: RECIPIENT_KIND_LABELS[k] }));

function RecipientFields(p: { values: FormValues; errors: FieldErrors }) {
  return (
    <>
      <SelectField name="recipientKind" label="Who is it for?" options={recipientOptions} values={p.values} errors={p.errors} />
      <TextareaField name="recipients" label="Recipient addresses" hint="One email address a line. They are kept sealed and never shown in the message." rows={2} values={p.values} errors={p.errors} />
    </>
  );
}

function FourPartFields(p: { values: FormValues; errors: FieldErrors }) {
  return (
    <>
      {FOUR_PARTS.map((part) => (
        <TextareaField name={`parts.${part}`} label={FOUR_PART_LABELS[part]} values={p.values} errors={p.errors} rows={3} />
      ))}
    </>
  );
}

const ERROR_LABELS: Record<string, string> = {
  recipients: 'Recipient addresses',
  recipientKind: 'Who is it for?',
  body: 'Message',
  reason: 'Reason',
  phrase: 'Words to remove',
  space: 'Event or space',
  casePersonId: 'Person',
  via: 'How to send it',
  form: 'Form',
  ...Object.fromEntries(FOUR_PARTS.map((p) => [`parts.${p}`, FOUR_PART_LABELS[p]])),
};

export type NewMessageForm = 'message' | 'four_part' | 'history';

export function CaseMessagesPage(p: { page: PageContext; caseId: string; codeName: string; items: readonly MessageListItem[] }) {
  const base = `/wg/cases/${p.caseId}/messages`;
  return (
    <Layout page={p.page} title={`Messages to outside parties · ${p.codeName}`}>
      <p>
        <a href={`/wg/cases/${p.caseId}`}>Back to case {p.codeName}</a>
      </p>
      <h1>Messages to outside parties</h1>
      <p class="lede">
        Write to a reported party, moderators, event organizers or another party. Candor removes what identifies people (the parties of this case,
        names, handles, addresses, dates, quotations) and shows you each replacement; a second member without a conflict approves the exact text
        and recipients before it can be sent.
      </p>
      <nav aria-label="New message" class="actions">
        <a href={`${base}/new?form=message`}>Write a message</a>
        <a href={`${base}/new?form=four_part`}>Message to a reported party, in four parts</a>
        <a href={`${base}/new?form=history`}>History summary for an event or space</a>
      </nav>
      <h2>Messages of this case</h2>
      {p.items.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul>
          {p.items.map((m) => (
            <li>
              <a href={`${base}/${m.id}`}>
                {MESSAGE_KIND_LABELS[m.kind]} to {RECIPIENT_KIND_LABELS[m.recipientKind].toLowerCase()}
              </a>
              : {OUTGOING_STATE_LABELS[m.state]} ({m.counts.proposed} replacement(s) proposed, {m.counts.undone} undone, {m.counts.byHand} phrase(s) removed by hand)
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

const FORM_TITLES: Record<NewMessageForm, string> = {
  message: 'Write a message',
  four_part: 'Message to a reported party, in four parts',
  history: 'History summary for an event or space',
};

export function NewMessagePage(p: {
  page: PageContext;
  caseId: string;
  codeName: string;
  people: ReadonlyArray<{ id: string; label: string }>;
  form: NewMessageForm;
  values: FormValues;
  errors: FieldErrors;
}) {
  const base = `/wg/cases/${p.caseId}/messages`;
  const values = { recipientKind: p.form === 'history' ? 'organizers' : 'reported', ...p.values };
  const title = FORM_TITLES[p.form];
  return (
    <Layout page={p.page} title={`${title} · ${p.codeName}`}>
      <p>
        <a href={base}>Messages of case {p.codeName}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={p.errors} labels={ERROR_LABELS} />
      {p.form === 'history' ? (
        p.people.length === 0 ? (
          <p>This case has no person row with a person code name.</p>
        ) : (
          <PostForm action={`${base}/history`} csrf={p.page.csrf} label={title}>
            <p>Candor writes the summary from the register: categories and consequences by month, no case details. You review it before it is approved.</p>
            <SelectField name="casePersonId" label="Person" options={p.people.map((x) => ({ value: x.id, label: x.label }))} values={values} errors={p.errors} />
            <TextareaField name="space" label="Event or space" rows={1} values={values} errors={p.errors} />
            <RecipientFields values={values} errors={p.errors} />
            <button type="submit">Write the summary</button>
          </PostForm>
        )
      ) : (
        <PostForm action={base} csrf={p.page.csrf} label={title}>
          <input type="hidden" name="kind" value={p.form} />
          <RecipientFields values={values} errors={p.errors} />
          {p.form === 'four_part' ? <FourPartFields values={values} errors={p.errors} /> : <TextareaField name="body" label="Message" rows={8} values={values} errors={p.errors} />}
          <button type="submit">Check the draft</button>
        </PostForm>
      )}
    </Layout>
  );
}

function MarkedDraft(p: { view: MessageView }) {
  const parts: Child[] = p.view.segments.map((s) => {
    switch (s.kind) {
      case 'plain':
        return s.text;
      case 'engine':
        return (
          <mark class="kept">
            {s.text}
            <span class="replacement"> → {s.replacement}</span>
            <sup>
              <a href={`#replacement-${s.index + 1}`}>[{s.index + 1}]</a>
            </sup>
          </mark>
        );
      case 'undone':
        return (
          <mark class="undone">
            {s.text}
            <sup>
              <a href={`#replacement-${s.index + 1}`}>[{s.index + 1}, undone]</a>
            </sup>
          </mark>
        );
      case 'hand':
        return (
          <mark class="hand">
            {s.text}
            <span class="replacement"> → {s.replacement} (by hand)</span>
          </mark>
        );
    }
  });
  return <div class="composer-draft panel">{parts}</div>;
}

function ReplacementItem(p: { r: ReplacementView; view: MessageView; page: PageContext; base: string; values: FormValues; errors: FieldErrors; editable: boolean }) {
  const { r } = p;
  const name = `reason-${r.index}`;
  return (
    <li id={`replacement-${r.index + 1}`}>
      <p>
        <strong>“{r.original}”</strong> → “{r.replacement}”: {findingLabel(r.label)} ({r.reason}){r.party ? `; matches a known party: ${r.party}` : ''}.
      </p>
      {r.undone ? (
        <>
          <p>Undone: {r.undone.reason}</p>
          {p.editable ? (
            <PostForm action={`${p.base}/restore`} csrf={p.page.csrf} label={`Redact replacement ${r.index + 1} again`}>
              <input type="hidden" name="textHash" value={p.view.textHash} />
              <input type="hidden" name="undone" value={String(r.undone.index)} />
              <button type="submit" class="secondary">Redact it again</button>
            </PostForm>
          ) : null}
        </>
      ) : p.editable ? (
        <PostForm action={`${p.base}/undo`} csrf={p.page.csrf} label={`Undo replacement ${r.index + 1}`}>
          <input type="hidden" name="textHash" value={p.view.textHash} />
          <input type="hidden" name="replacement" value={String(r.index)} />
          <TextareaField name={name} label={`Why may “${r.original}” go out as written?`} rows={2} values={p.values} errors={p.errors} />
          <button type="submit" class="secondary">Undo this replacement</button>
        </PostForm>
      ) : null}
    </li>
  );
}

export function ComposerPage(p: { page: PageContext; view: MessageView; values: FormValues; errors: FieldErrors; copied?: boolean }) {
  const m = p.view;
  const base = `/wg/cases/${m.caseId}/messages/${m.id}`;
  const editable = m.state !== 'sent';
  const editValues: FormValues = {
    recipientKind: m.recipientKind,
    recipients: m.recipients.join('\n'),
    body: m.body,
    ...(m.parts ? Object.fromEntries(FOUR_PARTS.map((k: FourPart) => [`parts.${k}`, m.parts![k]])) : {}),
    ...p.values,
  };
  const labels = { ...ERROR_LABELS, ...Object.fromEntries(m.replacements.map((r) => [`reason-${r.index}`, `Reason for replacement ${r.index + 1}`])) };
  return (
    <Layout page={p.page} title={`${MESSAGE_KIND_LABELS[m.kind]} · ${m.caseCodeName}`} wide>
      <p>
        <a href={`/wg/cases/${m.caseId}/messages`}>Messages of case {m.caseCodeName}</a>
      </p>
      <h1>{MESSAGE_KIND_LABELS[m.kind]}</h1>
      <ErrorSummary errors={p.errors} labels={labels} />
      <p>
        State: <strong class={`state state-${m.state}`}>{OUTGOING_STATE_LABELS[m.state]}</strong>. For: {RECIPIENT_KIND_LABELS[m.recipientKind]} ({m.recipients.length}{' '}
        address(es)). Written by {m.author}
        {m.editors.length > 0 ? `, changed by ${m.editors.join(', ')}` : ''}.
        {m.approvedBy ? ` Approved by ${m.approvedBy}.` : ''}
      </p>
      <h2>The draft, with each replacement</h2>
      <MarkedDraft view={m} />
      <h2>Replacements</h2>
      {m.replacements.length === 0 ? (
        <p>Candor found nothing to replace.</p>
      ) : (
        <ol>
          {m.replacements.map((r) => (
            <ReplacementItem r={r} view={m} page={p.page} base={base} values={p.values} errors={p.errors} editable={editable} />
          ))}
        </ol>
      )}
      {m.byHand.length > 0 ? (
        <>
          <h3>Removed by hand</h3>
          <ul>
            {m.byHand.map((x) => (
              <li>“{x}”</li>
            ))}
          </ul>
        </>
      ) : null}
      {editable ? (
        <PostForm action={`${base}/redact`} csrf={p.page.csrf} label="Remove words Candor missed">
          <input type="hidden" name="textHash" value={m.textHash} />
          <TextareaField name="phrase" label="Words to remove" hint="Copy them exactly as they appear in the draft; every occurrence is removed." rows={1} values={p.values} errors={p.errors} />
          <button type="submit" class="secondary">Remove these words</button>
        </PostForm>
      ) : null}
      <h2>The text that will be sent</h2>
      {m.note ? <p>A note about the change of recipients is at the top, as this conversation had other recipients before.</p> : null}
      <div class="composer-text panel">{m.text}</div>
      {editable ? (
        <>
          <h2>Approval</h2>
          {m.state === 'approved' ? (
            <p>Approved by {m.approvedBy}. Any edit now needs approval again.</p>
          ) : m.approveRefusal === null ? (
            <PostForm action={`${base}/approve`} csrf={p.page.csrf} label="Approve this message">
              <input type="hidden" name="textHash" value={m.textHash} />
              <input type="hidden" name="recipientsHash" value={m.recipientsHash} />
              <p>I have read the text as it will be sent, to these recipients, and it identifies no one who should not be identified.</p>
              <button type="submit">Approve the message</button>
            </PostForm>
          ) : (
            <p>{m.approveRefusal}</p>
          )}
          <h2>Send</h2>
          {m.sendRefusal === null ? (
            <PostForm action={`${base}/send`} csrf={p.page.csrf} label="Send the message">
              <input type="hidden" name="textHash" value={m.textHash} />
              <input type="hidden" name="recipientsHash" value={m.recipientsHash} />
              <fieldset>
                <legend>How to send it</legend>
                <label>
                  <input type="radio" name="via" value="mail" checked /> Through Candor’s mail, to each recipient
                </label>
                <label>
                  <input type="radio" name="via" value="copy" /> I copy the text above and send it myself (Candor records that it was sent)
                </label>
              </fieldset>
              <button type="submit">Send</button>
            </PostForm>
          ) : (
            <p>{m.sendRefusal}</p>
          )}
          <h2>Edit the draft</h2>
          <p>Candor checks the edited draft again; an approval is void after any edit.</p>
          <PostForm action={`${base}/edit`} csrf={p.page.csrf} label="Edit the draft">
            <RecipientFields values={editValues} errors={p.errors} />
            {m.kind === 'four_part' ? <FourPartFields values={editValues} errors={p.errors} /> : <TextareaField name="body" label="Message" rows={10} values={editValues} errors={p.errors} />}
            <button type="submit" class="secondary">Save and check again</button>
          </PostForm>
        </>
      ) : (
        <>
          <h2>Sent</h2>
          <p>
            Sent {m.sentVia === 'mail' ? 'through Candor’s mail' : 'by a member from their own mailbox'} on {m.sentAt?.toISOString().slice(0, 10)}. The text, recipients,
            approval and replacements are recorded on the case.
          </p>
        </>
      )}
    </Layout>
  );
}
