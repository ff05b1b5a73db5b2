// Who is acting. Permissions are data plus a pure check (see can() in ./permissions once the web
// app defines member roles); the system actor is the operator at the command line or a job,
// who already holds the database and the master key.

export const MEMBER_ROLES = ['member', 'chair', 'vice_chair', 'adviser', 'board', 'local'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  member: 'Member',
  chair: 'Chair',
  vice_chair: 'Vice-chair',
  adviser: 'Adviser (non-voting)',
  board: 'Board member',
  local: 'Local representative',
};

export interface MemberActor {
  kind: 'member';
  id: string;
  displayName: string;
  role: MemberRole;
  identityKeyAccess: boolean;
  conflictsDeclared: boolean;
  spaceIds: readonly string[];
}

export interface SystemActor {
  kind: 'system';
  label: string; // e.g. "cli", "job:stats-draft"
}

export interface AnonymousActor {
  kind: 'anonymous';
}

/**
 * A reporter following their own report in the portal, after giving its receipt code. They are
 * nobody to Candor but "whoever holds this receipt": the actor carries the one case they may reach.
 */
export interface ReporterActor {
  kind: 'reporter';
  caseId: string;
}

export type Actor = MemberActor | SystemActor | AnonymousActor | ReporterActor;

export function actorLabel(a: Actor): string {
  if (a.kind === 'member') return `member:${a.id}`;
  if (a.kind === 'system') return `system:${a.label}`;
  if (a.kind === 'reporter') return 'reporter';
  return 'anonymous';
}
