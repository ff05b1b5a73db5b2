import { Command, CommanderError } from 'commander';
import { isCandorError } from '../errors';
import { registerAudit } from './audit';
import { registerDemo } from './demo';
import { exitCodeFor } from './exit-codes';
import { registerImport } from './import';
import { registerMember } from './member';
import { registerMigrate } from './migrate';
import { registerPublish } from './publish';
import { registerRedact } from './redact';
import { registerServe } from './serve';
import { registerSetupLink } from './setup-link';
import { registerStats } from './stats';

// Each subcommand lives in its own file and registers itself here.
const registrations: Array<(program: Command) => void> = [registerMigrate, registerImport, registerStats, registerAudit, registerDemo, registerServe, registerMember, registerPublish, registerRedact, registerSetupLink];

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('candor')
    .description('Case register and transparency engine for Code of Conduct working groups')
    .showHelpAfterError()
    .exitOverride();
  for (const register of registrations) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // Everything the command creates (database files, key, lock, exports) is for this user only.
  process.umask(0o077);
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    if (isCandorError(e)) {
      process.stderr.write(`candor: ${e.message}\n`);
      for (const issue of e.issues) process.stderr.write(`  ${issue.field}: ${issue.message}\n`);
      process.exitCode = exitCodeFor(e.code);
      return;
    }
    // Unknown failures: say what happened in one line, never a stack with data in it.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`candor: unexpected error: ${message.split('\n')[0]}\n`);
    process.exitCode = 70;
  }
}
