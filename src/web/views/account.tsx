// The member's own account page: warnings about failed sign-ins, changing the password, signing
// out everywhere.
import type { SignInAlert } from '../../services/auth/get-sign-in-alert';
import { ErrorSummary, Field, PostForm } from './forms';
import { Layout } from './layout';
import type { FieldErrors, PageContext } from './page';

const minute = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The one wording of the warning, on the account page and in the message after sign-in. */
export function signInAlertText(a: SignInAlert): string {
  return `Someone failed to sign in to your account ${a.failures} time${a.failures === 1 ? '' : 's'} since ${minute(a.since)}; sign-ins were slowed down from ${minute(a.at)}.`;
}

function SignInAlertPanel(p: { alert: SignInAlert; csrf: string }) {
  return (
    <div class="panel" role="status">
      <h2>Failed sign-ins to your account</h2>
      <p>{signInAlertText(p.alert)}</p>
      <p>
        If that was not you, someone may be guessing your password. Your authenticator code still protects the account; if you think the password
        is known, change it and tell the chair.
      </p>
      <PostForm action="/wg/account/sign-in-alert/dismiss" csrf={p.csrf} label="Dismiss the warning about failed sign-ins">
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="secondary">
          I have seen this
        </button>
      </PostForm>
    </div>
  );
}

const PASSWORD_LABELS = { currentPassword: 'Current password', password: 'New password', passwordConfirm: 'New password again' };

function ChangePasswordForm(p: { csrf: string; errors: FieldErrors }) {
  return (
    <PostForm action="/wg/account/password" csrf={p.csrf} label="Change your password">
      <Field name="currentPassword" label={PASSWORD_LABELS.currentPassword} type="password" autocomplete="current-password" required errors={p.errors} />
      <Field
        name="password"
        label={PASSWORD_LABELS.password}
        type="password"
        autocomplete="new-password"
        required
        errors={p.errors}
        hint="At least 12 characters, and not one of the 10,000 most common passwords. A passphrase of several words is easy to remember and hard to guess."
      />
      <Field name="passwordConfirm" label={PASSWORD_LABELS.passwordConfirm} type="password" autocomplete="new-password" required errors={p.errors} />
      <button type="submit">Change password</button>
    </PostForm>
  );
}

export function AccountPage(p: { page: PageContext; alert: SignInAlert | null; errors?: FieldErrors }) {
  return (
    <Layout page={p.page} title="Your account">
      <h1>Your account</h1>
      {p.alert ? <SignInAlertPanel alert={p.alert} csrf={p.page.csrf} /> : null}
      <h2 id="password">Change your password</h2>
      <p>Your other sessions end when the password changes; this one stays signed in.</p>
      <ErrorSummary errors={p.errors ?? {}} labels={PASSWORD_LABELS} />
      <ChangePasswordForm csrf={p.page.csrf} errors={p.errors ?? {}} />
      <h2>Sign out everywhere</h2>
      <p>If you lost a device or signed in on a shared computer, end every session of your account, including this one.</p>
      <PostForm action="/wg/account/logout-everywhere" csrf={p.page.csrf} label="Sign out everywhere">
        <button type="submit" class="danger">
          Sign out everywhere
        </button>
      </PostForm>
    </Layout>
  );
}
