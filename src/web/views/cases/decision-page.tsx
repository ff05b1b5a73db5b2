// A case's decision, beside the case page: the proposed resolution, where the vote stands and
// what is still needed, who has voted, the affected parties' feedback, and the forms the reader
// may use (propose, vote, count, record a consultation, enact). Works without JavaScript.
import { CASE_OPTION_LABELS, CASE_OPTIONS, CONSULTATION_CHANNEL_LABELS, CONSULTATION_CHANNELS, CONSULTED_PARTIES, CONSULTED_PARTY_LABELS, DECISION_STATUS_LABELS } from '../../../domain/decisions';
import { CONSEQUENCE_LABELS, CONSEQUENCES } from '../../../domain/outcomes';
import type { CaseDecision, DecisionView } from '../../../services/decisions';
import { Field, ErrorSummary, PostForm, SelectField } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { CheckboxGroup, Paragraphs, TextareaField } from './fields';

const CHOICE_LABELS = { agree: 'Agree', disagree: 'Disagree', abstain: 'Abstain' } as const;
const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

const LABELS: Record<string, string> = {
  severity: 'Kind of decision',
  caseOptions: 'Case-level options',
  summary: 'The resolution in words',
  choice: 'Your vote',
  note: 'Note',
  party: 'Who was consulted',
  channel: 'How',
  feedback: 'Their feedback',
};

const PERSON_FIELDS = {
  casePersonId: 'Person',
  consequence: 'Consequence',
  suspensionDays: 'Suspension length in days (suspensions only)',
  conditions: 'Conditions for return (optional)',
  expectedChanges: 'Expected behaviour changes (optional)',
  repair: 'Opportunities for repair (optional)',
} as const;

function Standing(p: { d: DecisionView }) {
  const s = p.d.standing;
  if (!s) return <p>{DECISION_STATUS_LABELS[p.d.status]}{p.d.adoptedBy ? (p.d.adoptedBy === 'consensus' ? ', by consensus' : ', by two thirds') : ''}.</p>;
  const t = s.tally;
  return (
    <div>
      <p>{`${t.agree} agree, ${t.disagree} disagree, ${t.abstain} abstain, ${t.outstanding} not voted yet, of ${t.eligible} members without a conflict.`}</p>
      <p>
        <strong>Still needed: </strong>
        {s.outcome === 'pending' ? s.needed : s.outcome === 'adopted' ? 'nothing; count the votes to record the adoption' : s.reason}
        {'.'}
      </p>
      <p class="hint">{`Every resolution needs at least ${t.minimum} agreeing votes; two thirds is ${t.twoThirds}. Voting closes ${p.d.votingEndsAt.toISOString().slice(0, 10)}; without consensus or two thirds by then, the board decides.`}</p>
      {p.d.waitingFor.length > 0 ? <p>{`Waiting for: ${p.d.waitingFor.join(', ')}.`}</p> : null}
    </div>
  );
}

/** One line for the case page: where the case's decision stands and, while it is voted on, what is still needed. */
export function DecisionSummary(p: { view: CaseDecision }) {
  const d = p.view.decision;
  const href = `/wg/cases/${p.view.caseId}/decision`;
  if (!d) return <a href={href}>No resolution proposed</a>;
  const s = d.standing;
  const text =
    s?.outcome === 'pending'
      ? `Being voted on: ${s.tally.agree} of ${s.tally.eligible} agree; still needed: ${s.needed}`
      : `${DECISION_STATUS_LABELS[d.status]}${d.status === 'adopted' ? ` (${d.consultations.length} consulted)` : ''}`;
  return <a href={href}>{text}</a>;
}

function Proposal(p: { d: DecisionView; people: CaseDecision['casePeople'] }) {
  const label = (id: string) => p.people.find((x) => x.id === id)?.label ?? 'A person row';
  return (
    <>
      <p>{`Proposed ${p.d.proposedAt.toISOString().slice(0, 10)}${p.d.proposedBy ? ` by ${p.d.proposedBy}` : ''}; ${p.d.severity === 'severe' ? 'very severe or legal (a majority must agree)' : 'ordinary'}.`}</p>
      {p.d.people.length > 0 ? (
        <ul>
          {p.d.people.map((x) => (
            <li>
              <strong>{`${label(x.casePersonId)}: ${CONSEQUENCE_LABELS[x.consequence]}${x.suspensionDays ? `, ${x.suspensionDays} days` : ''}`}</strong>
              {x.conditions ? <p>{`Conditions for return: ${x.conditions}`}</p> : null}
              {x.expectedChanges ? <p>{`Expected changes: ${x.expectedChanges}`}</p> : null}
              {x.repair ? <p>{`Repair: ${x.repair}`}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {p.d.caseOptions.length > 0 ? <p>{`For the case: ${p.d.caseOptions.map((o) => CASE_OPTION_LABELS[o]).join('; ')}.`}</p> : null}
      {p.d.summary ? <Paragraphs text={p.d.summary} /> : null}
    </>
  );
}

export function DecisionPage(p: { page: PageContext; view: CaseDecision; values: FormValues; errors: FieldErrors }) {
  const v = p.view;
  const d = v.decision;
  const base = `/wg/cases/${v.caseId}/decision`;
  const open = d && (d.status === 'proposed' || d.status === 'adopted');
  const labels = { ...LABELS, ...Object.fromEntries(v.casePeople.flatMap((x, i) => Object.entries(PERSON_FIELDS).map(([f, label]) => [`people.${i}.${f}`, `${x.label}, ${label.toLowerCase()}`]))) };
  return (
    <Layout page={p.page} title={`Decision · ${v.codeName}`} wide>
      <p>
        <a href={`/wg/cases/${v.caseId}`}>{`Back to case ${v.codeName}`}</a>
      </p>
      <h1>{`Decision: ${v.codeName}`}</h1>
      <ErrorSummary errors={p.errors} labels={labels} />
      <p>{`Stage: ${v.stage}.`}</p>

      <section aria-labelledby="vote-h">
        <h2 id="vote-h">Where the vote stands</h2>
        {d ? (
          <>
            <Standing d={d} />
            <h3>The proposed resolution</h3>
            <Proposal d={d} people={v.casePeople} />
            {d.votes.length > 0 ? (
              <div class="table-wrap">
                <table>
                  <caption>Votes</caption>
                  <thead>
                    <tr>
                      <th scope="col">Member</th>
                      <th scope="col">Vote</th>
                      <th scope="col">Note</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.votes.map((x) => (
                      <tr>
                        <th scope="row">{x.counted ? x.memberName : `${x.memberName} (not counted: conflict)`}</th>
                        <td>{CHOICE_LABELS[x.choice]}</td>
                        <td>{x.note ? <Paragraphs text={x.note} /> : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>No votes yet.</p>
            )}
          </>
        ) : (
          <p>No resolution has been proposed for this case.</p>
        )}
        {v.mayVote ? (
          <PostForm action={`${base}/vote`} csrf={p.page.csrf} label="Vote on the proposed resolution">
            <SelectField name="choice" label={v.ownVote ? `${LABELS.choice!} (you voted ${CHOICE_LABELS[v.ownVote].toLowerCase()}; voting again replaces it)` : LABELS.choice!} options={options(['agree', 'disagree', 'abstain'] as const, CHOICE_LABELS)} values={p.values} errors={p.errors} />
            <TextareaField name="note" label={`${LABELS.note!} (optional, stays in the record)`} rows={3} values={p.values} errors={p.errors} />
            <button type="submit">Vote</button>
          </PostForm>
        ) : null}
        {v.mayPropose && d?.status === 'proposed' ? (
          <PostForm action={`${base}/count`} csrf={p.page.csrf} label="Count the votes now">
            <button type="submit">Count the votes now</button>
          </PostForm>
        ) : null}
      </section>

      {d && (d.status === 'adopted' || d.consultations.length > 0) ? (
        <section aria-labelledby="consult-h">
          <h2 id="consult-h">Consulting the affected parties</h2>
          {d.consultations.length === 0 ? <p>Nobody consulted yet. Consult the affected parties before the resolution is enacted.</p> : null}
          <ul>
            {d.consultations.map((x) => (
              <li>
                {`${CONSULTED_PARTY_LABELS[x.party]} (${CONSULTATION_CHANNEL_LABELS[x.channel]}, ${x.recordedAt.toISOString().slice(0, 10)})`}
                {x.feedback ? <Paragraphs text={x.feedback} /> : null}
              </li>
            ))}
          </ul>
          {v.mayConsult && d.status === 'adopted' ? (
            <PostForm action={`${base}/consultations`} csrf={p.page.csrf} label="Record a consultation">
              <SelectField name="party" label={LABELS.party!} options={options(CONSULTED_PARTIES, CONSULTED_PARTY_LABELS)} values={p.values} errors={p.errors} />
              <SelectField name="channel" label={LABELS.channel!} options={options(CONSULTATION_CHANNELS, CONSULTATION_CHANNEL_LABELS)} values={p.values} errors={p.errors} />
              <TextareaField name="feedback" label={`${LABELS.feedback!} (optional, stays in the record)`} rows={3} values={p.values} errors={p.errors} />
              <button type="submit">Record the consultation</button>
            </PostForm>
          ) : null}
          {v.mayPropose && d.status === 'adopted' && d.consultations.length > 0 ? (
            <PostForm action={`${base}/enact`} csrf={p.page.csrf} label="Enact the resolution">
              <p>Enacting writes each person's consequence (and a suspension's dates, from today) onto their row of the case.</p>
              <button type="submit">Enact the resolution</button>
            </PostForm>
          ) : null}
        </section>
      ) : null}

      {v.mayPropose && !open ? (
        <section aria-labelledby="propose-h">
          <h2 id="propose-h">Propose a resolution</h2>
          <PostForm action={`${base}/propose`} csrf={p.page.csrf} label="Propose a resolution">
            <SelectField name="severity" label={LABELS.severity!} options={[{ value: 'ordinary', label: 'Ordinary (at least two agree)' }, { value: 'severe', label: 'Very severe or legal (a majority must agree)' }]} values={p.values} errors={p.errors} />
            {v.casePeople.map((x, i) => (
              <fieldset>
                <legend>{x.label}</legend>
                <input type="hidden" name={`people.${i}.casePersonId`} value={x.id} />
                <SelectField name={`people.${i}.consequence`} label={PERSON_FIELDS.consequence} allowEmpty="None proposed" options={options(CONSEQUENCES, CONSEQUENCE_LABELS)} values={p.values} errors={p.errors} />
                <Field name={`people.${i}.suspensionDays`} label={PERSON_FIELDS.suspensionDays} values={p.values} errors={p.errors} />
                <TextareaField name={`people.${i}.conditions`} label={PERSON_FIELDS.conditions} rows={2} values={p.values} errors={p.errors} />
                <TextareaField name={`people.${i}.expectedChanges`} label={PERSON_FIELDS.expectedChanges} rows={2} values={p.values} errors={p.errors} />
                <TextareaField name={`people.${i}.repair`} label={PERSON_FIELDS.repair} rows={2} values={p.values} errors={p.errors} />
              </fieldset>
            ))}
            <CheckboxGroup name="caseOptions" legend={LABELS.caseOptions!} options={options(CASE_OPTIONS, CASE_OPTION_LABELS)} values={p.values} errors={p.errors} />
            <TextareaField name="summary" label={`${LABELS.summary!} (optional, stays in the record)`} rows={4} values={p.values} errors={p.errors} />
            <button type="submit">Propose</button>
          </PostForm>
        </section>
      ) : null}
    </Layout>
  );
}
