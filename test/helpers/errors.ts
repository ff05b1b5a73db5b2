import { isCandorError } from '../../src/errors';

/** The code of the CandorError a promise rejects with, or 'ok' when it resolves. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isCandorError(e)) return e.code;
    throw e;
  }
  return 'ok';
}
