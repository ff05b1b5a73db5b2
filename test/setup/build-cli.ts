// Tests that start the real `candor` command run the compiled code in dist/: compile it once,
// before any test file runs, so that those commands neither build concurrently nor print the
// "compiling" line into the output they check.
import { execFileSync } from 'node:child_process';

export default function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build.js'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
