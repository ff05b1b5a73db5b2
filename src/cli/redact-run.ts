// The work behind `candor redact` (see redact.ts): loaded only when the command runs, as it
// brings the redaction engine and zod. Texts are confidential: errors name line numbers and
// fields, never content.
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { z } from 'zod';
import { invalidInput } from '../errors';
import { detectSpans, redact, type KnownParty } from '../privacy/redaction';

const partySchema = z.object({
  names: z.array(z.string()).default([]),
  usernames: z.array(z.string()).default([]),
  emails: z.array(z.string()).default([]),
});

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  known_parties: z.array(partySchema).default([]),
  organisation_addresses: z.array(z.string()).default([]),
});

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const field = issue.path.length > 0 ? issue.path.join('.') : 'record';
  return `${field}: ${issue.message}`;
}

export async function redactJsonLines(organisation: string[]): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  let records = 0;
  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    records++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      bad++;
      process.stderr.write(`candor: line ${lineNumber}: not valid JSON\n`);
      continue;
    }
    const result = lineSchema.safeParse(parsed);
    if (!result.success) {
      bad++;
      process.stderr.write(`candor: line ${lineNumber}: ${describeIssue(result.error)}\n`);
      continue;
    }
    const { id, text, known_parties, organisation_addresses } = result.data;
    const spans = detectSpans(text, {
      knownParties: known_parties as KnownParty[],
      organisationAddresses: [...organisation, ...organisation_addresses],
    }).map(({ start, end, label }) => ({ start, end, label }));
    await write(`${JSON.stringify({ id, spans })}\n`);
  }
  if (bad > 0) throw invalidInput(`${bad} of ${records} input lines were invalid`);
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function parseParties(json: string | undefined): KnownParty[] {
  if (json === undefined) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw invalidInput('--parties is not valid JSON', [{ field: 'parties', message: 'expected a JSON array of {names, usernames, emails}' }]);
  }
  const result = z.array(partySchema).safeParse(value);
  if (!result.success) throw invalidInput('--parties is invalid', [{ field: `parties.${result.error.issues[0]?.path.join('.') ?? ''}`, message: result.error.issues[0]?.message ?? 'invalid' }]);
  return result.data;
}

export async function redactOneText(options: RedactCliOptions): Promise<void> {
  const text = (await readAll()).replace(/\r?\n$/, '');
  const result = redact(text, {
    knownParties: parseParties(options.parties),
    organisationAddresses: options.organisation ?? [],
    genderNeutral: options.genderNeutral === true,
  });
  let out = `${result.text}\n\n`;
  if (result.replacements.length === 0) out += 'No replacements.\n';
  else {
    out += `Replacements (${result.replacements.length}):\n`;
    for (const r of result.replacements) {
      out += `  ${r.start}-${r.end} ${r.label}: ${JSON.stringify(r.original)} → ${JSON.stringify(r.replacement)} (${r.reason})\n`;
    }
  }
  await write(out);
}

export interface RedactCliOptions {
  text?: boolean;
  parties?: string;
  organisation?: string[];
  genderNeutral?: boolean;
}
