// The engine's entry points: `detectSpans` for the `candor redact` contract and `redact`
// for the readable text a reviewer checks.
import type { KnownParty, RedactOptions, Span } from './types';
import { detectAll } from './detect';
import { render, type RenderedReplacement } from './render';

export interface RedactResult {
  spans: Array<Span & { reason: string }>;
  text: string;
  replacements: RenderedReplacement[];
}

function cleanParties(parties: readonly KnownParty[] | undefined): KnownParty[] {
  return (parties ?? []).map((p) => ({ names: p.names ?? [], usernames: p.usernames ?? [], emails: p.emails ?? [] }));
}

export function detectSpans(text: string, options: RedactOptions = {}): Array<Span & { reason: string }> {
  return detectAll(text, {
    knownParties: cleanParties(options.knownParties),
    organisationAddresses: options.organisationAddresses ?? [],
  }).map(({ start, end, label, reason }) => ({ start, end, label, reason }));
}

export function redact(text: string, options: RedactOptions = {}): RedactResult {
  const detected = detectAll(text, {
    knownParties: cleanParties(options.knownParties),
    organisationAddresses: options.organisationAddresses ?? [],
  });
  const rendered = render(text, detected, options.genderNeutral ?? false);
  return {
    spans: detected.map(({ start, end, label, reason }) => ({ start, end, label, reason })),
    text: rendered.text,
    replacements: rendered.replacements,
  };
}
