// Builds a `candor` program from command registrations and runs it, mapping errors to one line
// on stderr and an exit code. Shared by the full CLI and the standalone entry.
import { Command, CommanderError } from 'commander';
import { isCandorError } from '../errors';
import { exitCodeFor } from './exit-codes';

export type Registration = (program: Command) => void;

export function buildProgramFrom(registrations: readonly Registration[]): Command {
  const program = new Command();
  program
    .name('candor')
    .description('Case register and transparency engine for Code of Conduct working groups')
    .showHelpAfterError()
    .exitOverride();
  for (const register of registrations) register(program);
  return program;
}

export async function runProgram(registrations: readonly Registration[], argv: string[]): Promise<void> {
  const program = buildProgramFrom(registrations);
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
