// The reporter's portal: signing in with the receipt code, the report's status and conversation,
// and the forms to reply, answer a proposal and ask for reconsideration. No script needed.
import { REPORTER_STATUS_WORDS } from '../../../domain/report-intake';
import type { MyReport, ThreadEntry } from '../../../services/intake';
import { Paragraphs, TextareaField } from '../cases/fields';
import { CsrfField, ErrorSummary, Field, fieldId, multipartAction, PostForm } from '../forms';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { PublicPage } from '../public/pages';
import { EmergencyNotice } from './report-form';
import { FileField, RadioGroup } from './radio';

const LABELS: Record<string, string> = { email: 'Email address', receiptCode: 'Receipt code', body: 'Your message', files: 'Files', answer: 'Your answer', comment: 'Comment', reasons: 'Your reasons' };

export function PortalSignInPage(p: { page: PageContext; values: FormValues; errors: FieldErrors }) {
  const id = fieldId('receiptCode');
  const error = p.errors.receiptCode;
  const value = p.values.receiptCode;
  return (
    <PublicPage page={p.page} title="Follow your report">
      <h1>Follow your report</h1>
      <p class="lede">Enter the twelve-word receipt code you were given when you sent your report.</p>
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <PostForm action="/portal" csrf={p.page.csrf} label="Follow your report">
        <div class={error ? 'field field-error' : 'field'}>
          <label for={id}>Receipt code</label>
          <p class="hint" id={`${id}-hint`}>Twelve words, in order, separated by spaces.</p>
          {error ? <p class="error" id={`${id}-error`}>{error}</p> : null}
          <textarea id={id} name="receiptCode" rows={3} autocomplete="off" spellcheck={false} aria-invalid={error ? 'true' : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
            {Array.isArray(value) ? value[0] : (value ?? '')}
          </textarea>
        </div>
        <button type="submit">Open my report</button>
      </PostForm>
      <p>
        <a href="/portal/link">No code at hand? Get a one-time link by email</a> · <a href="/portal/lost-code">I have lost my receipt code</a> ·{' '}
        <a href="/report">Send a new report</a>
      </p>
    </PublicPage>
  );
}

export function RequestLinkPage(p: { page: PageContext; values: FormValues; errors: FieldErrors; sent: boolean }) {
  return (
    <PublicPage page={p.page} title="A link to your report">
      <h1>Get a link to your report by email</h1>
      {p.sent ? (
        <div class="notice" role="status">
          <p>
            If a report was sent with this address, we have sent a link to it. The link opens the report once, within 30 minutes. If nothing arrives,
            check the address you gave with the report, or use your receipt code.
          </p>
        </div>
      ) : null}
      <p class="lede">
        If you gave an email address when you sent your report, we can send a link there that opens the report once, without the receipt code.
      </p>
      <p>Anyone who can read that mailbox could use the link. If someone else may read it, use your receipt code instead.</p>
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <PostForm action="/portal/link" csrf={p.page.csrf} label="Get a link to your report">
        <Field name="email" label="Email address" type="email" autocomplete="email" values={p.values} errors={p.errors} />
        <button type="submit">Send me a link</button>
      </PostForm>
      <p>
        <a href="/portal">Use my receipt code</a>
      </p>
    </PublicPage>
  );
}

/** Opening a link only shows this button: mail scanners that follow links must not use up the link. */
export function OpenLinkPage(p: { page: PageContext; token: string; failed: boolean }) {
  return (
    <PublicPage page={p.page} title="Open your report">
      <h1>Open your report</h1>
      {p.failed ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>
            This link has expired or was already used. <a href="/portal/link">Ask for a new link</a>, or <a href="/portal">use your receipt code</a>.
          </p>
        </div>
      ) : (
        <PostForm action={`/portal/link/${p.token}`} csrf={p.page.csrf} label="Open your report">
          <p>This link opens your report once. Use the button to open it now.</p>
          <button type="submit">Open my report</button>
        </PostForm>
      )}
    </PublicPage>
  );
}

export function LostCodePage(p: { page: PageContext }) {
  return (
    <PublicPage page={p.page} title="Lost receipt code">
      <h1>If you have lost your receipt code</h1>
      <p class="lede">We cannot give you a new code or show you the old one, and nobody at the working group can either.</p>
      <p>
        The code is the only thing that connects you to your report, so that nobody else can open it, not even someone who knows your
        name or your email. We keep only a scrambled form of it that cannot be turned back into the words.
      </p>
      <p>
        If you gave an email address with your report, <a href="/portal/link">we can send a one-time link to it</a> that opens the report without the
        code.
      </p>
      <h2>How to start again safely</h2>
      <ol>
        <li>
          <a href="/report">Send a new report</a>. You will get a new receipt code.
        </li>
        <li>
          In "Other context", say that you reported this before, roughly when, and what it was about, so the working group can connect the
          two reports. You do not need to repeat everything.
        </li>
        <li>If you gave an email before and want to be reached there again, give it again (or stay anonymous).</li>
      </ol>
      <EmergencyNotice />
    </PublicPage>
  );
}

const ANSWER_WORDS = { agree: 'You agreed with the proposal', disagree: 'You disagreed with the proposal', comment: 'You commented on the proposal' } as const;

function Entry(p: { e: ThreadEntry; timeZone: string }) {
  const at = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: p.timeZone }).format(p.e.at);
  const who =
    p.e.kind === 'to_reporter' ? 'The working group wrote' : p.e.kind === 'from_reporter' ? 'You wrote' : p.e.kind === 'proposal' ? 'The working group proposes' : ANSWER_WORDS[p.e.answer];
  return (
    <li>
      <p>
        <strong>{who}</strong> {`— ${at}`}
      </p>
      {p.e.body ? <Paragraphs text={p.e.body} /> : null}
    </li>
  );
}

export function PortalReportPage(p: { page: PageContext; report: MyReport; timeZone: string; values: FormValues; errors: FieldErrors; maxFiles: number; maxFileMb: number }) {
  const { report, values, errors } = p;
  const status = REPORTER_STATUS_WORDS[report.status];
  return (
    <PublicPage page={p.page} title="Your report">
      <h1>Your report</h1>
      <ErrorSummary errors={errors} labels={LABELS} />
      <section aria-labelledby="status-h">
        <h2 id="status-h">Status: {status.label}</h2>
        <p>{status.meaning}</p>
        <p>Received on {report.receivedOn}.</p>
        {report.reconsideration ? (
          <p>
            You asked the board to reconsider the decision on {report.reconsideration.requestedOn}.{' '}
            {report.reconsideration.result === 'pending' ? 'The board has not decided yet.' : `The board has decided (${report.reconsideration.result}).`}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="thread-h">
        <h2 id="thread-h">Messages</h2>
        {report.thread.length === 0 ? <p>No messages yet.</p> : (
          <ol class="timeline">
            {report.thread.map((e) => (
              <Entry e={e} timeZone={p.timeZone} />
            ))}
          </ol>
        )}
      </section>
      {report.mayAnswerProposal ? (
        <section aria-labelledby="answer-h">
          <h2 id="answer-h">Your answer to the proposal</h2>
          <p>The working group will read your answer before it decides. It is not bound by it.</p>
          <PostForm action="/portal/report/answer" csrf={p.page.csrf} label="Answer the proposal">
            <RadioGroup name="answer" legend="Do you agree with what the working group proposes?" options={[{ value: 'agree', label: 'I agree' }, { value: 'disagree', label: 'I do not agree' }, { value: 'comment', label: 'I want to comment' }]} values={values} errors={errors} />
            <TextareaField name="comment" label="Anything you want to add (optional)" values={values} errors={errors} />
            <button type="submit">Send my answer</button>
          </PostForm>
        </section>
      ) : null}
      {report.mayRequestReconsideration ? (
        <section aria-labelledby="reconsider-h">
          <h2 id="reconsider-h">Ask the board to reconsider</h2>
          <p>If you think the decision is wrong, you can ask the board to look at it again. Say why.</p>
          <PostForm action="/portal/report/reconsider" csrf={p.page.csrf} label="Ask the board to reconsider">
            <TextareaField name="reasons" label="Your reasons" values={values} errors={errors} />
            <button type="submit">Send the request to the board</button>
          </PostForm>
        </section>
      ) : null}
      <section aria-labelledby="reply-h">
        <h2 id="reply-h">Write to the working group</h2>
        <form method="post" action={multipartAction('/portal/report/reply', p.page.csrf)} enctype="multipart/form-data" novalidate aria-label="Write to the working group">
          <TextareaField name="body" label="Your message, or more information" values={values} errors={errors} />
          <FileField name="files" label="Files (optional)" multiple hint={`Up to ${p.maxFiles} files, each at most ${p.maxFileMb} MB: PDF, images or plain text.`} errors={errors} />
          <button type="submit">Send</button>
        </form>
      </section>
      <form method="post" action="/portal/sign-out" aria-label="Close the report">
        <CsrfField token={p.page.csrf} />
        <button type="submit" class="secondary">Close my report on this device</button>
      </form>
      <EmergencyNotice />
    </PublicPage>
  );
}
