import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors';
import { exitCodeFor } from './exit-codes';

describe('exit codes', () => {
  it('gives every error code a non-zero exit code', () => {
    for (const code of ERROR_CODES) expect(exitCodeFor(code), code).toBeGreaterThan(0);
  });
});
