// The register as report builders see it: plain data handed over by a service, with no free
// text, no identities and no code names. Builders never open the database.
import type { Channel } from '../domain/case-lifecycle';
import type { CaseStatus, ResolutionSource } from '../domain/case-status';
import type { ReconsiderationResult, UrgentReviewClass } from '../domain/case-reviews';
import type { SpaceKind } from '../domain/spaces';
import type { StatCase, StatPerson } from '../domain/statistics';

export interface ReportSpace {
  readonly name: string;
  readonly kind: SpaceKind;
  readonly groupName: string;
  readonly publishesOwnReport: boolean;
}

export interface ReportCase extends StatCase {
  readonly receivedOn: string;
  readonly status: CaseStatus;
  readonly resolutionSource: ResolutionSource;
  readonly channel: Channel;
  readonly categories: readonly string[];
  readonly spaces: readonly ReportSpace[];
  readonly acknowledgedOn: string | null;
  readonly resolvedOn: string | null;
  readonly people: readonly StatPerson[];
}

/** Membership changes of a year, as counts only (names stay with the chair). */
export interface MembershipYear {
  readonly joined: number;
  readonly left: number;
  readonly votingAtEnd: number;
}

/** A request for reconsideration, by the date it was made and how it ended (so far). */
export interface ReportReconsideration {
  readonly requestedOn: string;
  readonly result: ReconsiderationResult;
}

/** An urgent action by one member, by the (local) date it was taken and how its review went. */
export interface ReportUrgentAction {
  readonly takenOn: string;
  readonly review: UrgentReviewClass;
}

/** A version of a published policy document (public already: the documentation changelog). */
export interface ReportDocumentVersion {
  readonly title: string;
  readonly version: string;
  readonly publishedOn: string;
  readonly summary: string;
}

export interface RegisterSnapshot {
  readonly cases: readonly ReportCase[];
  readonly reconsiderations: readonly ReportReconsideration[];
  readonly urgentActions: readonly ReportUrgentAction[];
  /** Every space of the register, for the list of space groups. */
  readonly spaces: readonly ReportSpace[];
  /** The organisation's violation categories, in their configured order. */
  readonly categories: readonly string[];
}
