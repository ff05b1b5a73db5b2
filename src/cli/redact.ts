// `candor redact`: JSON lines in, spans out (the contract in DESIGN.md), and `--text` for
// the readable redacted version of one text with every replacement and its reason.
import type { Command } from 'commander';
import type { RedactCliOptions } from './redact-run';

export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description('Find identifying details in texts: JSON lines {"id","text","known_parties"} on stdin → {"id","spans"} on stdout')
    .option('--text', 'read one text on stdin and print it redacted, with the list of replacements')
    .option('--parties <json>', 'with --text: known parties as a JSON array of {"names":[],"usernames":[],"emails":[]}')
    .option('--organisation <address...>', "the organisation's own addresses, which are never redacted")
    .option('--gender-neutral', 'with --text: use they/them for everyone')
    .action(async (options: RedactCliOptions) => {
      const { redactJsonLines, redactOneText } = await import('./redact-run');
      if (options.text === true) await redactOneText(options);
      else await redactJsonLines(options.organisation ?? []);
    });
}
