// Commands anyone can run without a Candor installation (no database, configuration or keys).
// bin/candor.js loads this entry instead of main.ts for them, so they start without loading the
// rest of the CLI; main.ts registers them too, for `candor --help`.
import { runProgram, type Registration } from './run';
import { registerVerifyPublications } from './verify-publications';

const registrations: Registration[] = [registerVerifyPublications];

export const main = (argv: string[]): Promise<void> => runProgram(registrations, argv);
