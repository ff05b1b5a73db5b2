// The credentials a new account is created with, checked the same way at first-run setup and
// at enrolment by invitation: the first TOTP code proves the authenticator holds the secret.
import { CandorError } from '../../errors';
import { hashPassword } from './passwords';
import { checkTotp } from './totp';

export async function checkEnrolmentCredentials(
  data: { password: string; totpSecret: string; code: string },
  now: Date,
): Promise<{ passwordHash: string; totpStep: number }> {
  const totpStep = checkTotp(data.totpSecret, data.code, now, null);
  if (totpStep === null) {
    throw new CandorError('invalid_input', 'Some fields need attention', [
      { field: 'code', message: 'That code does not match; check the time on your phone and try the current code' },
    ]);
  }
  return { passwordHash: await hashPassword(data.password), totpStep };
}
