// One case record. Only people allowed to read the case get here; what they may change decides
// which forms show. Forms on this page re-render it with their errors (status 400).
import { CASE_STAGE_LABELS, CASE_STAGES, CHANNEL_LABELS, DERIVED_STAGES, ROLE_IN_CASE_LABELS } from '../../../domain/case-lifecycle';
import { can } from '../../../domain/permissions';
import type { CaseEventView, CaseView } from '../../../services/cases/get-case';
import type { CaseDecision } from '../../../services/decisions';
import { DecisionSummary } from './decision-page';
import { ErrorSummary, multipartAction, PostForm, SelectField } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { Paragraphs, TextareaField } from './fields';
import { consequenceLabel, sourceLabel, STATUS_LABELS, yesNo } from './labels';

export interface MemberOption {
  id: string;
  name: string;
  role: string;
}

function describeEvent(e: CaseEventView): string {
  const d = e.data as Record<string, unknown>;
  const meta = (d.meta ?? {}) as Record<string, unknown>;
  switch (e.kind) {
    case 'created':
      return 'Case recorded';
    case 'imported':
      return 'Imported from the tracking sheet';
    case 'details_changed':
      return 'Details changed';
    case 'acknowledged':
      return `Reporter acknowledged (${String(d.on)})`;
    case 'stage_changed':
      return `Stage changed to ${CASE_STAGE_LABELS[d.stage as keyof typeof CASE_STAGE_LABELS] ?? String(d.stage)}`;
    case 'resolved':
      return `Resolved on ${String(d.resolvedOn)}`;
    case 'reopened':
      return 'Reopened';
    case 'note':
      return 'Note';
    case 'person_added':
      return `Person row added${meta.person ? ` (${String(meta.person)})` : ''}`;
    case 'person_updated':
      return `Person row changed${meta.person ? ` (linked to ${String(meta.person)})` : ''}`;
    case 'attachment_added':
      return 'Attachment added';
    case 'reporter_message':
      return d.direction === 'from_reporter' ? 'Message from the reporter' : 'Message to the reporter';
    case 'resolution_proposed':
      return 'Proposed resolution shared with the reporter';
    case 'proposal_answered':
      return `The reporter answered the proposed resolution (${d.answer === 'agree' ? 'agrees' : d.answer === 'disagree' ? 'disagrees' : 'comment'})`;
    case 'recusal_withdrawal_requested':
      return 'A member asked to withdraw a declared conflict';
    case 'recusal_withdrawal_decided':
      return d.decision === 'confirmed' ? 'Withdrawal of a declared conflict confirmed' : 'Withdrawal of a declared conflict refused';
    case 'board_decided':
      return d.result === 'changed' ? 'The board changed the decision' : d.result === 'upheld' ? 'The board upheld the decision' : 'A request to the board was withdrawn';
    case 'decision_proposed':
      return d.severity === 'severe' ? 'Resolution proposed (very severe or legal)' : 'Resolution proposed';
    case 'decision_adopted':
      return d.by === 'consensus' ? 'Resolution adopted by consensus' : 'Resolution adopted by two thirds';
    case 'decision_rejected':
      return 'Proposed resolution rejected';
    case 'decision_escalated':
      return 'No decision within the voting time: escalated to the board';
    case 'party_consulted':
      return 'Affected party consulted on the resolution';
    case 'decision_enacted':
      return 'Resolution enacted';
    case 'reconsideration_requested':
      return 'Reconsideration requested';
    case 'reconsideration_decided':
      return 'Reconsideration decided';
    default:
      return e.kind;
  }
}

const fmtSize = (n: number) => (n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${(n / (1024 * 1024)).toFixed(1)} MB`);

/** A one-button form acting on a member's access to the case (share, recusal, exclusion). */
function MemberActionForm(props: { action: string; csrf: string; memberId: string; decision?: string; label: string; button: string; hidden: string }) {
  return (
    <PostForm action={props.action} csrf={props.csrf} class="inline-form" label={props.label}>
      <input type="hidden" name="memberId" value={props.memberId} />
      {props.decision ? <input type="hidden" name="decision" value={props.decision} /> : null}
      <button type="submit" class="secondary">
        {props.button}
        <span class="visually-hidden">{props.hidden}</span>
      </button>
    </PostForm>
  );
}

export function CasePage(p: {
  page: PageContext;
  view: CaseView;
  advisers: MemberOption[];
  members: MemberOption[];
  /** Where the case's decision stands (the decision page's summary line). */
  decision?: CaseDecision;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const v = p.view;
  const base = `/wg/cases/${v.id}`;
  const errors = p.errors ?? {};
  const values = p.values ?? {};
  return (
    <Layout page={p.page} title={`Case ${v.codeName}`} wide>
      <h1>{`Case ${v.codeName}`}</h1>
      <ErrorSummary errors={errors} labels={{ body: 'Note', stage: 'Stage', memberId: 'Adviser', excludeMemberId: 'Member', file: 'Attachment', reason: 'Reason' }} />
      <nav aria-label="Case actions" class="actions">
        {v.allowed.update ? <a href={`${base}/edit`}>Edit details</a> : null}
        {v.allowed.update ? <a href={`${base}/people/new`}>Add a person row</a> : null}
        {v.allowed.update && v.status === 'ongoing' ? <a href={`${base}/resolve`}>Resolve the case</a> : null}
        <a href={`${base}/decision`}>Decision and vote</a>
        <a href={`${base}/reviews`}>Reconsideration and urgent actions</a>
        <a href={`${base}/reporter`}>Messages with the reporter</a>
        {p.page.actor.kind === 'member' && can(p.page.actor, 'file:board_report') ? <a href={`${base}/board-report`}>Reports to the board</a> : null}
        {p.page.actor.kind === 'member' && can(p.page.actor, 'compose:message') ? <a href={`${base}/messages`}>Messages to outside parties</a> : null}
        {p.page.actor.kind === 'member' && p.page.actor.role !== 'board' ? <a href={`${base}/recuse`}>Declare a conflict</a> : null}
      </nav>

      <h2>Summary</h2>
      <dl class="summary">
        <dt>Received</dt>
        <dd>{v.receivedOn}</dd>
        <dt>How it arrived</dt>
        <dd>{CHANNEL_LABELS[v.channel]}</dd>
        <dt>Spaces</dt>
        <dd>{v.spaces.map((s) => s.name).join(', ') || 'None recorded'}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[v.status]}</dd>
        <dt>Stage</dt>
        <dd>{CASE_STAGE_LABELS[v.stage]}</dd>
        {p.decision ? (
          <>
            <dt>Decision</dt>
            <dd>
              <DecisionSummary view={p.decision} />
            </dd>
          </>
        ) : null}
        <dt>Acknowledged</dt>
        <dd>{v.acknowledgedOn ?? 'Not yet'}</dd>
        <dt>Resolution source</dt>
        <dd>{sourceLabel(v.resolutionSource)}</dd>
        <dt>Resolved</dt>
        <dd>{v.resolvedOn ?? '—'}</dd>
        <dt>Review date</dt>
        <dd>{v.reviewOn ?? '—'}</dd>
        <dt>Safety risk</dt>
        <dd>{yesNo(v.safetyRisk)}</dd>
        <dt>Ongoing harassment</dt>
        <dd>{v.ongoingHarassment ? v.ongoingHarassment[0]!.toUpperCase() + v.ongoingHarassment.slice(1) : 'Not recorded'}</dd>
        <dt>Categories</dt>
        <dd>{v.categories.join(', ') || 'None recorded'}</dd>
      </dl>

      {v.resolution ? (
        <section aria-labelledby="resolution-h">
          <h2 id="resolution-h">Resolution</h2>
          <h3>Summary of actions</h3>
          <Paragraphs text={v.resolution.summary} />
          <h3>Outcome</h3>
          <Paragraphs text={v.resolution.outcome} />
        </section>
      ) : null}
      {v.allowed.update && v.status === 'resolved' ? (
        <PostForm action={`${base}/reopen`} csrf={p.page.csrf} label="Reopen the case">
          <TextareaField name="reason" label="Why reopen it? (optional)" rows={2} values={values} errors={errors} />
          <button type="submit" class="secondary">Reopen the case</button>
        </PostForm>
      ) : null}

      <section aria-labelledby="narrative-h">
        <h2 id="narrative-h">What was reported</h2>
        {v.narrative ? <Paragraphs text={v.narrative} /> : <p>Nothing recorded yet.</p>}
      </section>

      <section aria-labelledby="people-h">
        <h2 id="people-h">People</h2>
        {v.people.length === 0 ? (
          <p>No people rows yet.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Person code name</th>
                  <th scope="col">Role in case</th>
                  <th scope="col">Consequence</th>
                  <th scope="col">Suspension</th>
                  <th scope="col">Flagged</th>
                  {v.allowed.update ? <th scope="col">Change</th> : null}
                </tr>
              </thead>
              <tbody>
                {v.people.map((r) => (
                  <tr>
                    <th scope="row">{r.personCodeName ?? '—'}</th>
                    <td>{ROLE_IN_CASE_LABELS[r.roleInCase]}</td>
                    <td>{consequenceLabel(r.consequence)}</td>
                    <td>{r.suspensionFrom || r.suspensionUntil ? `${r.suspensionFrom ?? '?'} to ${r.suspensionUntil ?? '?'}` : '—'}</td>
                    <td>{r.flagged ? 'Yes' : 'No'}</td>
                    {v.allowed.update ? (
                      <td>
                        <a href={`${base}/people/${r.id}`}>{`Edit row ${r.personCodeName ?? ''}`.trim()}</a>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="files-h">
        <h2 id="files-h">Attachments</h2>
        {v.attachments.length === 0 ? (
          <p>No attachments.</p>
        ) : (
          <ul>
            {v.attachments.map((a) => (
              <li>
                <a href={`${base}/attachments/${a.id}`}>{a.filename}</a> {`(${a.contentType}, ${fmtSize(a.size)})`}
              </li>
            ))}
          </ul>
        )}
        {v.allowed.update ? (
          <form method="post" action={multipartAction(`${base}/attachments`, p.page.csrf)} enctype="multipart/form-data" aria-label="Attach a file">
            <div class={errors.file ? 'field field-error' : 'field'}>
              <label for="f-file">Attach a file</label>
              <p class="hint" id="f-file-hint">PDF, PNG, JPEG, GIF, WebP or plain text, at most 10 MB. Stored sealed.</p>
              {errors.file ? <p class="error" id="f-file-error">{errors.file}</p> : null}
              <input type="file" id="f-file" name="file" aria-describedby={errors.file ? 'f-file-hint f-file-error' : 'f-file-hint'} aria-invalid={errors.file ? 'true' : undefined} />
            </div>
            <button type="submit" class="secondary">Upload</button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <ol class="timeline">
          {v.events.map((e) => (
            <li>
              <p>
                <strong>{describeEvent(e)}</strong> {`— ${e.at.toISOString().slice(0, 16).replace('T', ' ')} UTC${e.actorName ? `, ${e.actorName}` : ''}`}
              </p>
              {e.body ? <Paragraphs text={e.body} /> : null}
            </li>
          ))}
        </ol>
        {v.allowed.note ? (
          <PostForm action={`${base}/notes`} csrf={p.page.csrf} label="Add a note">
            <TextareaField name="body" label="Note" hint="Sealed at rest; visible to everyone who may read this case." values={values} errors={errors} />
            <button type="submit">Add the note</button>
          </PostForm>
        ) : null}
      </section>

      {v.allowed.update ? (
        <section aria-labelledby="workflow-h">
          <h2 id="workflow-h">Workflow</h2>
          {v.acknowledgedOn === null ? (
            <PostForm action={`${base}/acknowledge`} csrf={p.page.csrf} label="Acknowledge the report">
              <button type="submit" class="secondary">Record that the reporter was acknowledged today</button>
            </PostForm>
          ) : null}
          {v.status === 'ongoing' ? (
            <PostForm action={`${base}/stage`} csrf={p.page.csrf} label="Change the stage">
              <SelectField
                name="stage"
                label="Stage"
                options={CASE_STAGES.filter((s) => s !== 'resolved' && (!DERIVED_STAGES.has(s) || s === v.stage)).map((s) => ({ value: s, label: CASE_STAGE_LABELS[s] }))}
                values={{ stage: v.stage, ...values }}
                errors={errors}
              />
              <button type="submit" class="secondary">Change the stage</button>
            </PostForm>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="access-h">
        <h2 id="access-h">Access</h2>
        {v.sharedWith.length > 0 ? (
          <>
            <p>Shared with:</p>
            <ul class="access-list">
              {v.sharedWith.map((m) => (
                <li>
                  {m.name}
                  {v.allowed.share ? (
                    <MemberActionForm action={`${base}/unshare`} csrf={p.page.csrf} memberId={m.id} label={`Revoke the share with ${m.name}`} button="Revoke" hidden={` the share with ${m.name}`} />
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Not shared with any adviser.</p>
        )}
        {v.recused.length > 0 ? (
          <>
            <p>Recused:</p>
            <ul class="access-list">
              {v.recused.map((m) => (
                <li>
                  {`${m.name}${m.excluded ? ' (excluded)' : m.withdrawalRequested ? ' (asks to withdraw their declared conflict)' : ''}`}
                  {m.withdrawalRequested && v.allowed.exclude
                    ? (['confirmed', 'refused'] as const).map((decision) => (
                        <MemberActionForm
                          action={`${base}/recusal-withdrawal`}
                          csrf={p.page.csrf}
                          memberId={m.id}
                          decision={decision}
                          label={`${decision === 'confirmed' ? 'Confirm' : 'Refuse'} the withdrawal of ${m.name}'s conflict`}
                          button={decision === 'confirmed' ? 'Confirm the withdrawal' : 'Refuse the withdrawal'}
                          hidden={` for ${m.name}`}
                        />
                      ))
                    : null}
                  {m.excluded && v.allowed.exclude ? (
                    <MemberActionForm action={`${base}/lift-exclusion`} csrf={p.page.csrf} memberId={m.id} label={`Withdraw the exclusion of ${m.name}`} button="Withdraw the exclusion" hidden={` of ${m.name}`} />
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No member is recused.</p>
        )}
        {v.allowed.share && p.advisers.length > 0 ? (
          <PostForm action={`${base}/share`} csrf={p.page.csrf} label="Share with an adviser">
            <SelectField name="memberId" label="Share with an adviser" options={p.advisers.map((m) => ({ value: m.id, label: m.name }))} values={values} errors={errors} />
            <button type="submit" class="secondary">Share the case</button>
          </PostForm>
        ) : null}
        {v.allowed.exclude && p.members.length > 0 ? (
          <PostForm action={`${base}/exclude`} csrf={p.page.csrf} label="Exclude a member named in the case">
            <SelectField name="excludeMemberId" label="Exclude a member named in this case" hint="They lose access to the case at once." options={p.members.map((m) => ({ value: m.id, label: `${m.name} (${m.role})` }))} values={{}} errors={{}} />
            <button type="submit" class="danger">Exclude the member</button>
          </PostForm>
        ) : null}
      </section>
    </Layout>
  );
}
