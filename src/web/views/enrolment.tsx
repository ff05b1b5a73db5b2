// First-run setup, invitation enrolment and sign-in pages. The first two share the TOTP step.
import { raw } from 'hono/html';
import { formatSecret } from '../../services/auth/totp';
import { ErrorSummary, Field, PostForm } from './forms';
import { Layout } from './layout';
import type { FieldErrors, FormValues, PageContext } from './page';

export interface TotpEnrolment {
  secret: string;
  qrSvg: string;
}

const LABELS: Record<string, string> = {
  organisationName: 'Organisation name',
  displayName: 'Your name',
  email: 'Email address',
  password: 'Password',
  passwordConfirm: 'Password again',
  code: 'Code from your authenticator app',
  totpSecret: 'Authenticator secret',
};

function PasswordFields(p: { errors: FieldErrors }) {
  return (
    <>
      <Field name="password" label={LABELS.password!} type="password" autocomplete="new-password" required errors={p.errors} hint="At least 12 characters, and not one of the 10,000 most common passwords. A passphrase of several words is easy to remember and hard to guess." />
      <Field name="passwordConfirm" label={LABELS.passwordConfirm!} type="password" autocomplete="new-password" required errors={p.errors} />
    </>
  );
}

function TotpStep(p: { totp: TotpEnrolment; errors: FieldErrors; values: FormValues }) {
  return (
    <fieldset>
      <legend>Two-step sign-in</legend>
      <p class="hint">
        Every sign-in asks for a code from an authenticator app (such as Aegis, FreeOTP or 2FAS). Scan this code with the app, or type the
        secret below into it, then enter the 6-digit code the app shows.
      </p>
      <figure class="qr" role="img" aria-label="QR code holding the authenticator secret shown below">
        {raw(p.totp.qrSvg)}
      </figure>
      <p>
        Secret: <span class="secret">{formatSecret(p.totp.secret)}</span>
      </p>
      <input type="hidden" name="totpSecret" value={p.totp.secret} />
      <Field name="code" label={LABELS.code!} inputmode="numeric" autocomplete="one-time-code" required errors={p.errors} values={p.values} />
    </fieldset>
  );
}

/** /setup without the operator's link: where to find it. */
export function SetupLinkNeededPage(p: { page: PageContext; wrongLink: boolean }) {
  return (
    <Layout page={p.page} title="Set up Candor">
      <h1>Set up Candor</h1>
      <p class="lede">
        {p.wrongLink ? 'This setup link is not valid. ' : ''}Candor has not been set up yet. Setup needs the one-time setup link that only the
        operator of this server has.
      </p>
      <p>
        If you run this server: the link is printed when <code>candor serve</code> starts, and <code>candor setup-link</code> prints it again.
      </p>
    </Layout>
  );
}

export function SetupPage(p: { page: PageContext; token: string; totp: TotpEnrolment; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout page={p.page} title="Set up Candor">
      <h1>Set up Candor</h1>
      <p class="lede">Name your organisation and create the first account, for the chair of the working group. The chair can then invite everyone else.</p>
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <PostForm action={`/setup/${p.token}`} csrf={p.page.csrf} label="First-run setup">
        <Field name="organisationName" label={LABELS.organisationName!} required values={p.values} errors={p.errors} autocomplete="organization" />
        <Field name="displayName" label={LABELS.displayName!} required values={p.values} errors={p.errors} autocomplete="name" />
        <Field name="email" label={LABELS.email!} type="email" required values={p.values} errors={p.errors} autocomplete="email" />
        <PasswordFields errors={p.errors} />
        <TotpStep totp={p.totp} errors={p.errors} values={p.values} />
        <button type="submit">Create the organisation</button>
      </PostForm>
    </Layout>
  );
}

export function EnrolPage(p: { page: PageContext; token: string; invitee: { displayName: string; email: string; roleLabel: string }; totp: TotpEnrolment; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout page={p.page} title="Join the working group">
      <h1>Welcome, {p.invitee.displayName}</h1>
      <p class="lede">
        You have been invited as <strong>{p.invitee.roleLabel}</strong> with the address {p.invitee.email}. Choose a password and set up
        two-step sign-in to finish.
      </p>
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <PostForm action={`/enrol/${p.token}`} csrf={p.page.csrf} label="Create your account">
        <PasswordFields errors={p.errors} />
        <TotpStep totp={p.totp} errors={p.errors} values={p.values} />
        <button type="submit">Create my account</button>
      </PostForm>
    </Layout>
  );
}

export function LoginPage(p: { page: PageContext; values: FormValues; errors: FieldErrors; next?: string }) {
  return (
    <Layout page={p.page} title="Sign in">
      <h1>Sign in</h1>
      {p.page.actor.kind === 'member' ? (
        <p class="panel">
          You are signed in as {p.page.actor.displayName}. <a href="/wg">Go to the overview</a>.
        </p>
      ) : null}
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <PostForm action={p.next ? `/login?next=${encodeURIComponent(p.next)}` : '/login'} csrf={p.page.csrf} label="Sign in">
        <Field name="email" label={LABELS.email!} type="email" autocomplete="username" required values={p.values} errors={p.errors} />
        <Field name="password" label={LABELS.password!} type="password" autocomplete="current-password" required errors={p.errors} />
        <Field name="code" label={LABELS.code!} inputmode="numeric" autocomplete="one-time-code" required errors={p.errors} hint="The 6-digit code your authenticator app shows now." />
        <button type="submit">Sign in</button>
      </PostForm>
    </Layout>
  );
}

export function ResetPasswordPage(p: { page: PageContext; token: string; displayName: string; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout page={p.page} title="Choose a new password">
      <h1>Choose a new password, {p.displayName}</h1>
      <p class="lede">This link works once. Your authenticator app stays as it is: enter the code it shows now to confirm it is you.</p>
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <PostForm action={`/reset/${p.token}`} csrf={p.page.csrf} label="Choose a new password">
        <PasswordFields errors={p.errors} />
        <Field name="code" label={LABELS.code!} inputmode="numeric" autocomplete="one-time-code" required errors={p.errors} />
        <button type="submit">Set the new password</button>
      </PostForm>
    </Layout>
  );
}
