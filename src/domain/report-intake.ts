// Pure rules of the reporter's path: the receipt code, how named people are read from the form,
// the status a reporter sees in plain words, when the working group owes an answer, and the
// message templates with their placeholders.
import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import type { CaseEvent, CaseState, ReporterMessagePurpose } from './case-lifecycle';

/**
 * A receipt code: 128 random bits written as 12 common English words (BIP-39), easy to copy by
 * hand; its checksum catches a mistyped word before any lookup. Shown once, stored only hashed.
 */
export function newReceiptCode(): string {
  return generateMnemonic(wordlist, 128);
}

/** The code as typed (any case, spacing, hyphens, commas, numbering) → its canonical form, or null. */
export function normaliseReceiptCode(typed: string): string | null {
  const words = typed
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const code = words.join(' ');
  return words.length === 12 && validateMnemonic(code, wordlist) ? code : null;
}

/** Who a line of the form names: "Alex Smith, @alexs, alex@example.org" is one person. */
export interface NamedIdentity {
  realNames: string[];
  aliases: string[];
  emails: string[];
  usernames: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One person per non-empty line; the parts of a line, separated by commas or semicolons, are theirs. */
export function parseNamedPeople(text: string): NamedIdentity[] {
  const out: NamedIdentity[] = [];
  for (const line of text.split(/\r?\n/)) {
    const parts = line
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0) continue;
    const person: NamedIdentity = { realNames: [], aliases: [], emails: [], usernames: [] };
    for (const part of parts) {
      if (EMAIL.test(part)) person.emails.push(part);
      else if (/^@\S+$/.test(part)) person.usernames.push(part.slice(1));
      else if (person.realNames.length === 0) person.realNames.push(part);
      else person.aliases.push(part);
    }
    out.push(person);
  }
  return out;
}

export const REPORTER_STATUSES = ['received', 'acknowledged', 'being_reviewed', 'resolution_proposed', 'resolved'] as const;
export type ReporterStatus = (typeof REPORTER_STATUSES)[number];

export const REPORTER_STATUS_WORDS: Record<ReporterStatus, { label: string; meaning: string }> = {
  received: { label: 'Received', meaning: 'Your report has arrived safely. Nobody has confirmed reading it yet.' },
  acknowledged: { label: 'Acknowledged', meaning: 'The working group has read your report and will look into it.' },
  being_reviewed: { label: 'Being reviewed', meaning: 'The working group is looking into what happened and what to do about it.' },
  resolution_proposed: {
    label: 'Resolution proposed',
    meaning: 'The working group has shared what it proposes to do. You can tell them what you think before it is decided.',
  },
  resolved: { label: 'Resolved', meaning: 'The working group has decided. If you think the decision is wrong, you can ask the board to reconsider it.' },
};

/** A proposal shared since the case was last (re)opened, and not yet followed by a resolution. */
export function openProposal(events: readonly CaseEvent[]): boolean {
  let open = false;
  for (const e of events) {
    if (e.kind === 'resolution_proposed') open = true;
    else if (e.kind === 'resolved' || e.kind === 'reopened') open = false;
  }
  return open;
}

/** Has the reporter answered the open proposal (the last one shared)? */
export function proposalAnswered(events: readonly CaseEvent[]): boolean {
  let answered = false;
  for (const e of events) {
    if (e.kind === 'resolution_proposed') answered = false;
    else if (e.kind === 'proposal_answered') answered = true;
  }
  return answered;
}

export function reporterStatus(state: Pick<CaseState, 'status' | 'stage' | 'acknowledgedOn'>, events: readonly CaseEvent[]): ReporterStatus {
  if (state.status === 'resolved') return 'resolved';
  if (openProposal(events)) return 'resolution_proposed';
  if (state.stage === 'received' && state.acknowledgedOn === null) return 'received';
  if (state.stage === 'acknowledged') return 'acknowledged';
  return 'being_reviewed';
}

// The acknowledgement and first-response periods are settings: see reportDueDates in ./deadlines.
export type DueState = 'done' | 'due' | 'overdue';
export function dueState(by: Date, doneAt: Date | null | undefined, now: Date): DueState {
  if (doneAt) return 'done';
  return now.getTime() > by.getTime() ? 'overdue' : 'due';
}

export const TEMPLATE_KEYS = ['acknowledgement', 'handled_locally', 'more_information', 'outcome'] as const satisfies readonly ReporterMessagePurpose[];
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const TEMPLATE_LABELS: Record<TemplateKey, string> = {
  acknowledgement: 'Acknowledgement',
  handled_locally: 'Acknowledgement of a report already handled locally',
  more_information: 'Request for more information',
  outcome: 'Outcome',
};

/** The placeholders a template may use, and what each stands for. */
export const TEMPLATE_PLACEHOLDERS = {
  working_group: "the working group's name",
  organisation: "the organisation's name",
  received_on: 'the date the report was received',
  respond_by: 'the date by which the working group will answer',
} as const;
export type TemplateValues = Record<keyof typeof TEMPLATE_PLACEHOLDERS, string>;

export const DEFAULT_TEMPLATES: Record<TemplateKey, string> = {
  acknowledgement:
    'Thank you for writing to us. This is {working_group}: we have received your report of {received_on}, and we have read it.\n\n' +
    'What you told us stays within the working group. We will look into it and write to you here by {respond_by} at the latest. ' +
    'If anything changes, or you remember something else, you can add it on this page at any time.',
  handled_locally:
    'Thank you for writing to us. This is {working_group}. We have received your report of {received_on}.\n\n' +
    'The people who run the space where this happened have already dealt with it, and they have told us what they did. ' +
    'We will check that nothing more needs doing and tell you here. If you think something is still not right, please say so on this page.',
  more_information:
    'Thank you again for your report. To decide what to do, we would like to know a little more.\n\n' +
    '[Write the questions here.]\n\n' +
    'Please answer on this page when you can. Only tell us what you are comfortable sharing.',
  outcome:
    'We have finished looking into your report of {received_on}, and this is what {working_group} decided.\n\n' +
    '[Write the outcome here, in words the reporter can share.]\n\n' +
    'If you think this decision is wrong, you can ask the board of {organisation} to reconsider it from this page.',
};

/** Fills `{placeholder}`s; an unknown one is left as written so the author sees it. */
export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(/\{([a-z_]+)\}/g, (whole, name: string) => (name in values ? values[name as keyof TemplateValues] : whole));
}

/** Placeholders in a template that Candor does not know (a typo the chair should see). */
export function unknownPlaceholders(body: string): string[] {
  return [...body.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!).filter((n) => !(n in TEMPLATE_PLACEHOLDERS));
}
