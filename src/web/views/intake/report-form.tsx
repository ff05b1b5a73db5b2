// The public report form and the page that hands over the receipt. Plain HTML forms: no script,
// every field labelled, one error summary linking to the fields, everything typed kept.
import { Checkbox, TextareaField } from '../cases/fields';
import { ErrorSummary, Field, multipartAction, SelectField } from '../forms';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { PublicPage } from '../public/pages';
import { FileField, RadioGroup } from './radio';

export const REPORT_LABELS: Record<string, string> = {
  contactEmail: 'Your email',
  anonymous: 'Stay anonymous',
  peopleInvolved: 'People involved',
  witnesses: 'Witnesses',
  when: 'When it happened',
  where: 'Where it happened',
  whereElse: 'Where, if elsewhere',
  whatHappened: 'What happened',
  links: 'Links to public records',
  context: 'Other context',
  ongoing: 'Is it still going on?',
  translationTool: 'Translation tool',
  language: 'Preferred language',
  files: 'Files',
  form: 'The form',
};

export function EmergencyNotice() {
  return (
    <div class="panel" role="note">
      <p>
        <strong>If anyone is in physical danger, contact local emergency services first.</strong> This form reaches a volunteer working
        group, which may not read it for several hours.
      </p>
    </div>
  );
}

export function ReportFormPage(p: {
  page: PageContext;
  workingGroup: string;
  places: readonly { id: string; name: string }[];
  values: FormValues;
  errors: FieldErrors;
  maxFiles: number;
  maxFileMb: number;
}) {
  const { values, errors } = p;
  return (
    <PublicPage page={p.page} title="Report a concern">
      <h1>Report a concern</h1>
      <EmergencyNotice />
      <p class="lede">
        Tell the {p.workingGroup} about conduct that breaks the code of conduct, whether it happened to you or you saw it. Only "what
        happened" is required. You do not need an account, and you can stay anonymous.
      </p>
      <ErrorSummary errors={errors} labels={REPORT_LABELS} />
      <form method="post" action={multipartAction('/report', p.page.csrf)} enctype="multipart/form-data" novalidate aria-label="Report a concern">
        <fieldset>
          <legend>How we can reach you</legend>
          <Field name="contactEmail" label="Your email (optional)" type="email" autocomplete="email" values={values} errors={errors} hint="We use it only to tell you there is news about your report. You will get a receipt code either way." />
          <Checkbox name="anonymous" label="Stay anonymous to the working group (leave the email empty)" values={values} />
        </fieldset>
        <fieldset>
          <legend>Who was involved</legend>
          <TextareaField name="peopleInvolved" label="People involved (optional)" rows={3} hint="One person per line. Give any names, nicknames or handles you know, separated by commas: Alex Smith, @alexs" values={values} errors={errors} />
          <TextareaField name="witnesses" label="Witnesses (optional)" rows={2} hint="One person per line, as above." values={values} errors={errors} />
        </fieldset>
        <fieldset>
          <legend>When and where</legend>
          <Field name="when" label="When it happened (optional)" values={values} errors={errors} hint="A date, a time, or roughly: “last week”, “during the conference”." />
          <SelectField name="where" label="Where it happened (optional)" allowEmpty="Choose a place, or leave it" options={[...p.places.map((s) => ({ value: s.id, label: s.name })), { value: 'elsewhere', label: 'Elsewhere' }]} values={values} errors={errors} />
          <Field name="whereElse" label="Where, if elsewhere (optional)" values={values} errors={errors} />
        </fieldset>
        <TextareaField name="whatHappened" label="What happened (required)" rows={10} hint="In your own words and your own language. Say what you saw or experienced, as far as you remember it." values={values} errors={errors} />
        <TextareaField name="links" label="Links to public records (optional)" rows={3} hint="Links to messages, posts or issues, one per line." values={values} errors={errors} />
        <TextareaField name="context" label="Other context (optional)" rows={4} values={values} errors={errors} />
        <RadioGroup name="ongoing" legend="Is it still going on? (optional)" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'maybe', label: 'Not sure' }]} values={values} errors={errors} />
        <RadioGroup name="translationTool" legend="Did you use a translation tool to write this? (optional)" hint="It helps us read your words as you meant them." options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} values={values} errors={errors} />
        <Field name="language" label="Language you would like us to write in (optional)" values={values} errors={errors} />
        <FileField name="files" label="Files (optional)" multiple hint={`Up to ${p.maxFiles} files, each at most ${p.maxFileMb} MB: PDF, images (PNG, JPEG, GIF, WebP) or plain text. If the form comes back with an error, choose the files again.`} errors={errors} />
        <div class="hp" aria-hidden="true">
          <label for="f-website">Leave this empty</label>
          <input type="text" id="f-website" name="website" tabindex={-1} autocomplete="off" />
        </div>
        <button type="submit">Send the report</button>
      </form>
    </PublicPage>
  );
}

export function ReportReceivedPage(p: { page: PageContext; receiptCode: string; acknowledgeBy: string; respondBy: string }) {
  const words = p.receiptCode.split(' ');
  return (
    <PublicPage page={p.page} title="Report received">
      <h1>Your report is received</h1>
      <p class="lede">Thank you. Your report is stored safely, and only the working group can read it.</p>
      <h2>Your receipt code</h2>
      <p>
        Write these twelve words down, in order, and keep them somewhere safe. They are the only way to follow your report, read our
        answers and reply. <strong>We cannot show them again</strong>, and nobody can recover them for you.
      </p>
      <ol class="receipt-code" aria-label="Receipt code">
        {words.map((w) => (
          <li>{w}</li>
        ))}
      </ol>
      <p>
        The same code on one line: <code>{p.receiptCode}</code>
      </p>
      <h2>What happens next</h2>
      <ul>
        <li>The working group confirms it has read your report by {p.acknowledgeBy}.</li>
        <li>It writes to you with a first real answer by {p.respondBy}.</li>
        <li>
          Follow your report and reply on <a href="/portal">the report portal</a> with your receipt code.
        </li>
      </ul>
      <EmergencyNotice />
    </PublicPage>
  );
}
