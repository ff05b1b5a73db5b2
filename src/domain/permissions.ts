// Who may do what: permissions as data plus one pure check. The web guard, the CLI and every
// service verb ask the same `can()`, so a rule changes in one place.
//
// A grant is `action:entity:scope`. `can(actor, 'action:entity', resource)` looks up the role's
// grants for that permission and succeeds if any of their scopes admits the resource. Some rules
// hold whatever the scope: a member recused from a case, or named in it, never reaches it.
import type { Actor, MemberActor, MemberRole } from './access';

export const PERMISSIONS = [
  'view:workspace', // the signed-in area at all
  'list:case', // the case register (filtered to what the role sees)
  'read:case', // open a case record, its documents and people rows
  'create:case',
  'update:case', // edit, resolve, add people rows and attachments
  'note:case', // add notes to a case's timeline
  'share:case', // share a case with an adviser
  'exclude:case', // mark members named in a case as excluded
  'list:case_codes', // the list of all case code names, to declare conflicts against
  'declare:conflicts',
  'read:identity', // the person identity key
  'update:identity',
  'manage:member', // invite, offboard, roles, identity-key access
  'read:audit',
  'read:aggregate', // internal statistics
  'read:board_report',
  'view:board', // the board's own area: its queue, board reports, figures, the audit trail's state
  'decide:reconsideration', // board: decide a request for reconsideration or an escalation (never of a case that involves the member)
  'file:board_report', // chair: report a resolved case to the board
  'create:information_request', // board: ask the working group for information
  'answer:information_request', // chair: answer the board's information requests
  'create:access_request', // board: ask to see a case record
  'decide:access_request', // chair: grant or refuse it
  'read:space_report', // a local representative's space summaries
  'publish:release', // draft, review and publish statistics and transparency reports
  'approve:grant', // approve or decline another member's request to grant identity-key access or add a chair
  'review:public_text', // resolve findings in, and approve, free text before it goes public
  'vote:decision', // vote on a case's proposed resolution (members without a conflict)
  'propose:decision', // propose a case's resolution, record the parties' feedback, enact it (chair, vice-chair)
  'compose:message', // draft, approve and send a redacted message from a case to someone outside the working group
  'submit:report', // anyone, signed in or not: the public report form
  'follow:report', // a reporter holding a receipt code: their own report in the portal
  'manage:templates', // the chair: the working group's message templates for reporters
  'approve:document', // board: record its approval of a change to the code of conduct
  'triage:community', // read and answer what the public sends through the community forms
  'submit:community', // anyone: a question, suggestion or proposed change through the public community form
  'read:published', // the public site: published releases, the publication log and its key, policy documents
  'redeem:token', // act with a one-time token (setup, enrolment, password reset) or a session token; the verb checks the token
  'check:attendees', // run an attendee or speaker list against the flagged and banned people (an event's local representative, or a member)
  'read:disclosures', // what attendee checks disclosed, to whom
  'expunge:case', // a chair: see what the retention rules make due and confirm its expungement
  'run:system', // work only the operator at the command line or a job does (demo, housekeeping, upgrades at start)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const SCOPES = [
  'all', // unconditionally (resources that are not cases, or role-wide pages)
  'unrecused', // any case the member is not recused from, once conflicts are declared
  'shared', // cases shared with the member
  'granted', // cases the member holds an active, granted records-access request for
  'space', // items of the member's own spaces
  'own', // the member's own things
  'keyholder', // only with identity-key access
] as const;
export type Scope = (typeof SCOPES)[number];
export type Grant = `${Permission}:${Scope}`;

const VOTING: readonly Grant[] = [
  'view:workspace:all',
  'list:case:all',
  'read:case:unrecused',
  'create:case:all',
  'update:case:unrecused',
  'note:case:unrecused',
  'list:case_codes:all',
  'declare:conflicts:own',
  'read:identity:keyholder',
  'update:identity:keyholder',
  'read:aggregate:all',
  'review:public_text:all',
  'triage:community:all',
  'compose:message:unrecused',
  'vote:decision:unrecused',
  'check:attendees:all',
  'read:disclosures:all',
];

const CHAIRING: readonly Grant[] = [
  ...VOTING,
  'share:case:unrecused',
  'exclude:case:unrecused',
  'propose:decision:unrecused',
  'manage:member:all',
  'read:audit:all',
  'decide:access_request:all',
  'read:board_report:all',
  'file:board_report:unrecused',
  'answer:information_request:all',
  'publish:release:all',
  'approve:grant:all',
  'manage:templates:all',
  'expunge:case:unrecused',
];

export const ROLE_GRANTS: Readonly<Record<MemberRole, readonly Grant[]>> = {
  member: VOTING,
  chair: CHAIRING,
  vice_chair: CHAIRING,
  adviser: [
    'view:workspace:all',
    'list:case:shared',
    'read:case:shared',
    'note:case:shared',
    'list:case_codes:all',
    'declare:conflicts:own',
  ],
  board: [
    'view:workspace:all',
    'read:aggregate:all',
    'read:audit:all',
    'read:board_report:all',
    'view:board:all',
    'decide:reconsideration:all',
    'create:information_request:all',
    'create:access_request:all',
    'read:case:granted',
    'approve:grant:all',
    'approve:document:all',
  ],
  local: [
    'view:workspace:all',
    'list:case:space',
    'read:case:space',
    'read:space_report:space',
    // The check answers only "flagged" or "banned" for the organisation's whole identity key: an
    // event must hear of a banned person whatever space the ban came from.
    'check:attendees:all',
    'list:case_codes:all',
    'declare:conflicts:own',
  ],
};

/** What a check needs to know about the thing acted on. Services build it from the database. */
export interface Resource {
  /** Cases (and what belongs to them) open only after the member has declared conflicts. */
  kind?: 'case';
  /** The case itself, for the reporter who may reach only their own. */
  caseId?: string;
  /** Members recused from (or excluded from) this case. */
  recusedMemberIds?: readonly string[];
  /** Members the case is shared with (advisers). */
  sharedWithMemberIds?: readonly string[];
  /** Spaces the item belongs to. */
  spaceIds?: readonly string[];
  /** Members who are parties to the case (reported, reporting or otherwise involved). */
  namesMemberIds?: readonly string[];
  /** Board members holding a granted, unexpired records-access request; the caller filters by time. */
  accessGrantedMemberIds?: readonly string[];
  /** The member a personal item belongs to. */
  ownerMemberId?: string;
}

/**
 * The identity key (real names behind person code names) is the most restricted data Candor holds.
 * Rules, all enforced by the verbs through the functions below:
 * - only voting roles may hold identity-key access ('keyholder' scope in their grants);
 * - the first chair holds it from first-run setup (audited as a grant), so an organisation with a
 *   single chair can use the key at all;
 * - afterwards a member who manages members grants or withdraws it for *other* members, never
 *   grants it to themselves: every later keyholder involves a second person. Withdrawing one's own
 *   access is allowed (stepping back needs nobody's consent).
 */
export const IDENTITY_KEY_ROLES: readonly MemberRole[] = ['member', 'chair', 'vice_chair'];

export function mayHoldIdentityKey(role: MemberRole): boolean {
  return IDENTITY_KEY_ROLES.includes(role);
}

/** May `actor` grant (or withdraw) identity-key access for the member `targetId` with `role`? */
export function mayChangeIdentityKey(actor: Actor, target: { id: string; role: MemberRole }, granted: boolean): boolean {
  if (!can(actor, 'manage:member')) return false;
  if (granted && !mayHoldIdentityKey(target.role)) return false;
  if (granted && actor.kind === 'member' && actor.id === target.id) return false;
  return true;
}

/**
 * Two people for every grant of power: a single chair must not be able to give the identity key
 * to a sock puppet, or make one a chair (or a board member, who could then approve for them).
 * - Granting identity-key access, and inviting anyone whose role may approve grants (chair,
 *   vice-chair, board), is a request that takes effect only once another member approves it.
 * - The approver holds 'approve:grant' and is neither the requester nor the member concerned.
 * - The system actor (the operator at the command line, who holds the database and the master key
 *   already) needs no approval: that is how an organisation with a single chair gets its second
 *   approver.
 */
export type GrantKind = 'identity_key' | 'invite';

export function needsApproval(actor: Actor): boolean {
  return actor.kind !== 'system';
}

/** Inviting a member with this role needs a second member's approval. */
export function inviteNeedsApproval(role: MemberRole): boolean {
  return grantsFor(role, 'approve:grant').length > 0;
}

/** May `actor` approve or decline a grant request made by `requestedBy`, concerning member `memberId` (if any)? */
export function mayDecideGrant(actor: Actor, request: { requestedBy: string | null; memberId: string | null }): boolean {
  if (actor.kind !== 'member' || !can(actor, 'approve:grant')) return false;
  return actor.id !== request.requestedBy && actor.id !== request.memberId;
}

/** What a visitor may do without signing in (public pages need no permission at all). */
const ANONYMOUS_PERMISSIONS: readonly Permission[] = ['submit:report'];
/** A reporter in the portal: their own report, and nothing else, not even with a resource of another case. */
const REPORTER_PERMISSIONS: readonly Permission[] = ['follow:report'];

const DECLARE_BEFORE_CASES = new Set<MemberRole>(['member', 'chair', 'vice_chair', 'adviser', 'local']);

export function grantsFor(role: MemberRole, permission: Permission): Scope[] {
  const prefix = `${permission}:`;
  return ROLE_GRANTS[role].filter((g) => g.startsWith(prefix)).map((g) => g.slice(prefix.length) as Scope);
}

function includes(list: readonly string[] | undefined, id: string): boolean {
  return list !== undefined && list.includes(id);
}

function scopeAdmits(actor: MemberActor, scope: Scope, r: Resource): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'unrecused':
      return true; // recusal is checked for every scope below
    case 'shared':
      return includes(r.sharedWithMemberIds, actor.id);
    case 'granted':
      return includes(r.accessGrantedMemberIds, actor.id);
    case 'space':
      return (r.spaceIds ?? []).some((s) => actor.spaceIds.includes(s));
    case 'own':
      return r.ownerMemberId === actor.id;
    case 'keyholder':
      return actor.identityKeyAccess;
  }
}

/** What anyone may do, signed in or not. No role holds 'run:system': only the system actor may. */
export const EVERYONE: readonly Permission[] = ['read:published', 'redeem:token', 'submit:community'];

/**
 * Without a resource the answer is role-wide ("may this role ever read cases?"), which is what a
 * list page or a menu needs; with one, every rule applies. The system actor (the operator at the
 * command line, or a job) holds the database and master key already, so it may do anything.
 */
export function can(actor: Actor, permission: Permission, resource?: Resource): boolean {
  if (actor.kind === 'system') return true;
  if (EVERYONE.includes(permission)) return true;
  if (actor.kind === 'anonymous') return ANONYMOUS_PERMISSIONS.includes(permission);
  if (actor.kind === 'reporter') return REPORTER_PERMISSIONS.includes(permission) && resource?.caseId === actor.caseId;
  const scopes = grantsFor(actor.role, permission);
  if (scopes.length === 0) return false;
  if (resource === undefined) return scopes.some((s) => s !== 'keyholder' || actor.identityKeyAccess);
  if (includes(resource.recusedMemberIds, actor.id) || includes(resource.namesMemberIds, actor.id)) return false;
  if (resource.kind === 'case' && DECLARE_BEFORE_CASES.has(actor.role) && !actor.conflictsDeclared) return false;
  return scopes.some((s) => scopeAdmits(actor, s, resource));
}
