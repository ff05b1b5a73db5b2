// Shared shapes of the redaction engine. Offsets are UTF-16 code units (JavaScript string
// indexes), end exclusive, as the `candor redact` contract requires.

export const LABELS = ['PERSON', 'USERNAME', 'EMAIL', 'URL', 'PHONE', 'DATETIME', 'QUOTE'] as const;
export type Label = (typeof LABELS)[number];

/** What the case record knows about one party. Every field may be empty. */
export interface KnownParty {
  names: string[];
  usernames: string[];
  emails: string[];
}

export interface RedactOptions {
  knownParties?: KnownParty[];
  /** Replace he/she/him/her/… with they/them/their in the rendered text. */
  genderNeutral?: boolean;
  /** Addresses that identify no one (the working group's own mailbox, a team handle…). */
  organisationAddresses?: string[];
}

/** A span the contract exposes: where, and what kind of identifier. */
export interface Span {
  start: number;
  end: number;
  label: Label;
}

/** A span as the detectors produce it, with what the reviewer needs to know. */
export interface DetectedSpan extends Span {
  reason: string;
  /** Index into knownParties when the span is an identifier of a known party. */
  party?: number;
  /** Detector confidence order for conflicts; higher wins. */
  priority: number;
}

export interface Replacement {
  start: number;
  end: number;
  label: Label;
  original: string;
  replacement: string;
  reason: string;
}

/** Ranges detectors must leave alone (code, organisational addresses, impersonal links). */
export interface Range {
  start: number;
  end: number;
}
