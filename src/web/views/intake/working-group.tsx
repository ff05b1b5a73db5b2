// The working group's pages for the reporter's path: the conversation on a case and the templates.
import { REPORTER_MESSAGE_PURPOSES } from '../../../domain/case-lifecycle';
import { TEMPLATE_KEYS, TEMPLATE_LABELS, TEMPLATE_PLACEHOLDERS, type TemplateKey } from '../../../domain/report-intake';
import type { ReporterThread, TemplateView } from '../../../services/intake';
import { Paragraphs, TextareaField } from '../cases/fields';
import { ErrorSummary, PostForm, SelectField } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';

const PURPOSE_LABELS: Record<string, string> = {
  message: 'Message',
  acknowledgement: 'Acknowledgement',
  handled_locally: 'Acknowledgement (already handled locally)',
  more_information: 'Request for more information',
  outcome: 'Outcome',
  information: 'More information',
};

const fmt = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d);

export function ReporterThreadPage(p: { page: PageContext; view: ReporterThread; timeZone: string; values: FormValues; errors: FieldErrors }) {
  const v = p.view;
  const base = `/wg/cases/${v.caseId}/reporter`;
  const d = v.details;
  return (
    <Layout page={p.page} title={`Reporter — ${v.codeName}`}>
      <p>
        <a href={`/wg/cases/${v.caseId}`}>Back to case {v.codeName}</a>
      </p>
      <h1>Messages with the reporter — {v.codeName}</h1>
      <ErrorSummary errors={p.errors} labels={{ purpose: 'Kind of message', body: 'Message', proposal: 'Proposed resolution' }} />
      {!v.hasPortal ? (
        <p>This case did not come through the report form, so there is no portal to write to.</p>
      ) : (
        <>
          <section aria-labelledby="report-h">
            <h2 id="report-h">From the report form</h2>
            <dl>
              <dt>How to reach the reporter</dt>
              <dd>{v.contact ?? 'Anonymous: only through the portal'}</dd>
              {d ? (
                <>
                  <dt>When</dt>
                  <dd>{d.when || '—'}</dd>
                  <dt>Where (if elsewhere)</dt>
                  <dd>{d.where || '—'}</dd>
                  <dt>Still going on</dt>
                  <dd>{d.ongoing ?? '—'}</dd>
                  <dt>Translation tool used</dt>
                  <dd>{d.translationTool ?? '—'}</dd>
                  <dt>Preferred language</dt>
                  <dd>{d.language || '—'}</dd>
                  <dt>Links</dt>
                  <dd>{d.links ? <Paragraphs text={d.links} /> : '—'}</dd>
                  <dt>Other context</dt>
                  <dd>{d.context ? <Paragraphs text={d.context} /> : '—'}</dd>
                </>
              ) : null}
              <dt>Acknowledge by</dt>
              <dd>{v.acknowledgeBy ? fmt(v.acknowledgeBy, p.timeZone) : '—'}</dd>
              <dt>First answer by</dt>
              <dd>{v.respondBy ? fmt(v.respondBy, p.timeZone) : '—'}</dd>
            </dl>
          </section>
          <section aria-labelledby="thread-h">
            <h2 id="thread-h">Conversation</h2>
            {v.thread.length === 0 ? <p>No messages yet.</p> : (
              <ol class="timeline">
                {v.thread.map((e) => (
                  <li>
                    <p>
                      <strong>
                        {e.kind === 'to_reporter'
                          ? `To the reporter: ${PURPOSE_LABELS[e.purpose] ?? e.purpose}`
                          : e.kind === 'from_reporter'
                            ? 'From the reporter'
                            : e.kind === 'proposal'
                              ? 'Proposed resolution shared'
                              : `The reporter's answer: ${e.answer === 'agree' ? 'agrees' : e.answer === 'disagree' ? 'disagrees' : 'comment'}`}
                      </strong>{' '}
                      {`— ${fmt(e.at, p.timeZone)}`}
                    </p>
                    {e.body ? <Paragraphs text={e.body} /> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
          {v.canWrite ? (
            <>
              <section aria-labelledby="write-h">
                <h2 id="write-h">Write to the reporter</h2>
                <p>
                  Start from a template:{' '}
                  {TEMPLATE_KEYS.map((k, i) => (
                    <>
                      {i > 0 ? ' · ' : ''}
                      <a href={`${base}?template=${k}`}>{TEMPLATE_LABELS[k]}</a>
                    </>
                  ))}
                </p>
                <PostForm action={`${base}/messages`} csrf={p.page.csrf} label="Write to the reporter">
                  <SelectField name="purpose" label="Kind of message" options={REPORTER_MESSAGE_PURPOSES.filter((x) => x !== 'information').map((x) => ({ value: x, label: PURPOSE_LABELS[x]! }))} values={p.values} errors={p.errors} />
                  <TextareaField name="body" label="Message" rows={8} hint="The reporter reads it in the portal. An acknowledgement also records that the reporter was acknowledged." values={p.values} errors={p.errors} />
                  <button type="submit">Send to the reporter</button>
                </PostForm>
              </section>
              {v.status === 'ongoing' ? (
                <section aria-labelledby="proposal-h">
                  <h2 id="proposal-h">Share a proposed resolution</h2>
                  <p>Before the decision is enacted, tell the reporter what the working group proposes. Their answer is recorded here; it does not bind the working group.</p>
                  <PostForm action={`${base}/proposal`} csrf={p.page.csrf} label="Share a proposed resolution">
                    <TextareaField name="proposal" label="Proposed resolution" rows={6} values={p.values} errors={p.errors} />
                    <button type="submit">Share with the reporter</button>
                  </PostForm>
                </section>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </Layout>
  );
}

export function TemplatesPage(p: { page: PageContext; templates: TemplateView[]; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout page={p.page} title="Message templates">
      <h1>Messages to reporters: templates</h1>
      <p class="lede">The working group's own words, which members start from when they write to a reporter. Placeholders are filled in for each case:</p>
      <ul>
        {Object.entries(TEMPLATE_PLACEHOLDERS).map(([k, v]) => (
          <li>
            <code>{`{${k}}`}</code> — {v}
          </li>
        ))}
      </ul>
      <ErrorSummary errors={p.errors} labels={Object.fromEntries(TEMPLATE_KEYS.map((k) => [`body-${k}`, TEMPLATE_LABELS[k]]))} />
      {p.templates.map((t) => (
        <section aria-labelledby={`t-${t.key}`}>
          <h2 id={`t-${t.key}`}>{TEMPLATE_LABELS[t.key as TemplateKey]}{t.edited ? '' : ' (default wording)'}</h2>
          <PostForm action="/wg/templates" csrf={p.page.csrf} label={TEMPLATE_LABELS[t.key as TemplateKey]}>
            <input type="hidden" name="key" value={t.key} />
            <TextareaField name={`body-${t.key}`} label="Wording" rows={8} values={{ [`body-${t.key}`]: p.values[`body-${t.key}`] ?? t.body }} errors={p.errors} />
            <button type="submit">Save this template</button>
          </PostForm>
        </section>
      ))}
    </Layout>
  );
}
