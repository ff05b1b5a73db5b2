import type { Command } from 'commander';
import { registerAudit } from './audit';
import { registerBackup } from './backup';
import { registerDemo } from './demo';
import { registerDocs } from './docs';
import { registerImport } from './import';
import { registerKeys } from './keys';
import { registerMember } from './member';
import { registerMigrate } from './migrate';
import { registerPublish } from './publish';
import { registerRedact } from './redact';
import { buildProgramFrom, runProgram } from './run';
import { registerServe } from './serve';
import { registerSetupLink } from './setup-link';
import { registerStats } from './stats';
import { registerVerifyPublications } from './verify-publications';

// Each subcommand lives in its own file and registers itself here.
const registrations: Array<(program: Command) => void> = [registerMigrate, registerImport, registerStats, registerAudit, registerBackup, registerDemo, registerServe, registerMember, registerPublish, registerRedact, registerSetupLink, registerVerifyPublications, registerDocs, registerKeys];

export function buildProgram(): Command {
  return buildProgramFrom(registrations);
}

export async function main(argv: string[]): Promise<void> {
  // Everything the command creates (database files, key, lock, exports) is for this user only.
  process.umask(0o077);
  await runProgram(registrations, argv);
}
