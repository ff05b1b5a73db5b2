import { describe, expect, it } from 'vitest';
import { MEMBER_ROLES, type Actor, type MemberActor, type MemberRole } from './access';
import { can, EVERYONE, grantsFor, inviteNeedsApproval, mayChangeIdentityKey, mayDecideGrant, needsApproval, PERMISSIONS, ROLE_GRANTS, SCOPES, type Permission, type Resource } from './permissions';

const SPACE = 'space-1';
const OTHER_SPACE = 'space-2';

function member(role: MemberRole, over: Partial<MemberActor> = {}): MemberActor {
  return {
    kind: 'member',
    id: `${role}-id`,
    displayName: role,
    role,
    identityKeyAccess: false,
    conflictsDeclared: true,
    spaceIds: role === 'local' ? [SPACE] : [],
    ...over,
  };
}

// The case every row below is asked about, seen from each kind of actor.
function caseFor(a: MemberActor, over: Partial<Resource> = {}): Resource {
  return {
    kind: 'case',
    recusedMemberIds: [],
    sharedWithMemberIds: [],
    namesMemberIds: [],
    accessGrantedMemberIds: [],
    spaceIds: [OTHER_SPACE],
    ...over,
  };
}

type Situation = 'plain' | 'recused' | 'named' | 'shared' | 'granted' | 'inSpace' | 'undeclared' | 'sharedRecused' | 'grantedNamed' | 'inSpaceRecused';

function situation(role: MemberRole, s: Situation): { actor: MemberActor; resource: Resource } {
  const a = member(role, s === 'undeclared' ? { conflictsDeclared: false } : {});
  const me = [a.id];
  const r: Record<Situation, Partial<Resource>> = {
    plain: {},
    undeclared: {},
    recused: { recusedMemberIds: me },
    named: { namesMemberIds: me },
    shared: { sharedWithMemberIds: me },
    granted: { accessGrantedMemberIds: me },
    inSpace: { spaceIds: [SPACE] },
    sharedRecused: { sharedWithMemberIds: me, recusedMemberIds: me },
    grantedNamed: { accessGrantedMemberIds: me, namesMemberIds: me },
    inSpaceRecused: { spaceIds: [SPACE], recusedMemberIds: me },
  };
  return { actor: a, resource: caseFor(a, r[s]) };
}

// Expected answer to "may this role open this case?" for each situation. Written out by hand
// from DOMAIN.md, not computed from the grant table, so the table is checked against the rules.
const READ_CASE: Record<MemberRole, Record<Situation, boolean>> = {
  member: { plain: true, recused: false, named: false, shared: true, granted: true, inSpace: true, undeclared: false, sharedRecused: false, grantedNamed: false, inSpaceRecused: false },
  chair: { plain: true, recused: false, named: false, shared: true, granted: true, inSpace: true, undeclared: false, sharedRecused: false, grantedNamed: false, inSpaceRecused: false },
  vice_chair: { plain: true, recused: false, named: false, shared: true, granted: true, inSpace: true, undeclared: false, sharedRecused: false, grantedNamed: false, inSpaceRecused: false },
  adviser: { plain: false, recused: false, named: false, shared: true, granted: false, inSpace: false, undeclared: false, sharedRecused: false, grantedNamed: false, inSpaceRecused: false },
  board: { plain: false, recused: false, named: false, shared: false, granted: true, inSpace: false, undeclared: false, sharedRecused: false, grantedNamed: false, inSpaceRecused: false },
  local: { plain: false, recused: false, named: false, shared: false, granted: false, inSpace: true, undeclared: false, sharedRecused: false, grantedNamed: false, inSpaceRecused: false },
};

// Role-wide answers (no resource): which role may ever use each permission.
const ROLE_WIDE: Record<Permission, MemberRole[]> = {
  'view:workspace': ['member', 'chair', 'vice_chair', 'adviser', 'board', 'local'],
  'list:case': ['member', 'chair', 'vice_chair', 'adviser', 'local'],
  'read:case': ['member', 'chair', 'vice_chair', 'adviser', 'board', 'local'],
  'create:case': ['member', 'chair', 'vice_chair'],
  'update:case': ['member', 'chair', 'vice_chair'],
  'note:case': ['member', 'chair', 'vice_chair', 'adviser'],
  'share:case': ['chair', 'vice_chair'],
  'exclude:case': ['chair', 'vice_chair'],
  'list:case_codes': ['member', 'chair', 'vice_chair', 'adviser', 'local'],
  'declare:conflicts': ['member', 'chair', 'vice_chair', 'adviser', 'local'],
  'read:identity': [], // nobody without identity-key access
  'update:identity': [],
  'manage:member': ['chair', 'vice_chair'],
  'read:audit': ['chair', 'vice_chair', 'board'],
  'read:aggregate': ['member', 'chair', 'vice_chair', 'board'],
  'read:board_report': ['chair', 'vice_chair', 'board'],
  'view:board': ['board'],
  'decide:reconsideration': ['board'],
  'file:board_report': ['chair', 'vice_chair'],
  'create:information_request': ['board'],
  'answer:information_request': ['chair', 'vice_chair'],
  'create:access_request': ['board'],
  'decide:access_request': ['chair', 'vice_chair'],
  'read:space_report': ['local'],
  'publish:release': ['chair', 'vice_chair'],
  'approve:grant': ['chair', 'vice_chair', 'board'],
  'review:public_text': ['member', 'chair', 'vice_chair'],
  'compose:message': ['member', 'chair', 'vice_chair'],
  'vote:decision': ['member', 'chair', 'vice_chair'],
  'propose:decision': ['chair', 'vice_chair'],
  'submit:report': [], // visitors, not members (below)
  'follow:report': [],
  'manage:templates': ['chair', 'vice_chair'],
  'expunge:case': ['chair', 'vice_chair'],
  'approve:document': ['board'],
  'triage:community': ['member', 'chair', 'vice_chair'],
  'read:published': ['member', 'chair', 'vice_chair', 'adviser', 'board', 'local'],
  'submit:community': ['member', 'chair', 'vice_chair', 'adviser', 'board', 'local'],
  'redeem:token': ['member', 'chair', 'vice_chair', 'adviser', 'board', 'local'],
  'check:attendees': ['member', 'chair', 'vice_chair', 'local'],
  'read:disclosures': ['member', 'chair', 'vice_chair'],
  'run:system': [], // the system actor only
};

describe('can(): voting on a case (decision 034)', () => {
  // Only members without a conflict vote: a recused or excluded (named) member never counts, nor
  // does one who has not declared conflicts yet; advisers, the board and local representatives never vote.
  const VOTES: Record<MemberRole, Situation[]> = { member: ['plain'], chair: ['plain'], vice_chair: ['plain'], adviser: [], board: [], local: [] };
  const rows = MEMBER_ROLES.flatMap((role) => (['plain', 'recused', 'named', 'undeclared', 'shared', 'granted', 'inSpace'] as const).map((s) => ({ role, s, want: VOTES[role].includes(s) || (VOTES[role].length > 0 && ['shared', 'granted', 'inSpace'].includes(s)) })));
  it.each(rows)('$role, $s → vote:decision = $want', ({ role, s, want }) => {
    const { actor, resource } = situation(role, s);
    expect(can(actor, 'vote:decision', resource)).toBe(want);
  });
  it('lets only the chair and vice-chair propose, and not on a case they are recused from', () => {
    expect(can(situation('chair', 'plain').actor, 'propose:decision', situation('chair', 'plain').resource)).toBe(true);
    const r = situation('vice_chair', 'recused');
    expect(can(r.actor, 'propose:decision', r.resource)).toBe(false);
    const m = situation('member', 'plain');
    expect(can(m.actor, 'propose:decision', m.resource)).toBe(false);
  });
});

describe('can(): role-wide', () => {
  const rows = PERMISSIONS.flatMap((p) => MEMBER_ROLES.map((role) => ({ p, role, want: ROLE_WIDE[p].includes(role) })));
  it.each(rows)('$role → $p = $want', ({ p, role, want }) => {
    expect(can(member(role), p)).toBe(want);
  });

  it('checks every permission for every role', () => {
    expect(rows).toHaveLength(PERMISSIONS.length * MEMBER_ROLES.length);
  });
});

describe('can(): reading a case', () => {
  const situations = Object.keys(READ_CASE.member) as Situation[];
  const rows = MEMBER_ROLES.flatMap((role) => situations.map((s) => ({ role, s, want: READ_CASE[role][s] })));
  it.each(rows)('$role, $s → $want', ({ role, s, want }) => {
    const { actor, resource } = situation(role, s);
    expect(can(actor, 'read:case', resource)).toBe(want);
  });

  it('applies the same recusal and naming rules to every case permission', () => {
    for (const p of ['update:case', 'note:case', 'share:case', 'exclude:case'] as const) {
      for (const role of MEMBER_ROLES) {
        for (const s of ['recused', 'named', 'sharedRecused', 'grantedNamed', 'undeclared'] as const) {
          const { actor, resource } = situation(role, s);
          expect(can(actor, p, resource), `${role} ${p} ${s}`).toBe(false);
        }
      }
    }
  });
});

describe('can(): the board\'s work on one case', () => {
  // A board member involved in a case (named in it, or with a conflict) is left out like a recused
  // member: no board report of it, no say in its reconsideration. The board declares no conflicts
  // up front (it sees no case records), so "undeclared" does not apply to it.
  it.each(['read:board_report', 'decide:reconsideration', 'file:board_report'] as const)('%s is refused to whoever is recused from or named in the case', (p) => {
    for (const role of MEMBER_ROLES) {
      for (const s of ['recused', 'named', 'grantedNamed'] as const) {
        const { actor, resource } = situation(role, s);
        expect(can(actor, p, resource), `${role} ${p} ${s}`).toBe(false);
      }
      const { actor, resource } = situation(role, 'plain');
      expect(can(actor, p, resource), `${role} ${p} plain`).toBe(ROLE_WIDE[p].includes(role));
    }
  });
});

describe('can(): identity key', () => {
  it.each(MEMBER_ROLES)('%s needs identity-key access, and a voting role', (role) => {
    const voting = ['member', 'chair', 'vice_chair'].includes(role);
    expect(can(member(role, { identityKeyAccess: false }), 'read:identity')).toBe(false);
    expect(can(member(role, { identityKeyAccess: true }), 'read:identity')).toBe(voting);
    expect(can(member(role, { identityKeyAccess: true }), 'update:identity', {})).toBe(voting);
    expect(can(member(role, { identityKeyAccess: false }), 'update:identity', {})).toBe(false);
  });
});

describe('mayChangeIdentityKey', () => {
  it('lets members managers grant others of voting roles, never themselves; anyone may step back', () => {
    const chair = member('chair', { id: 'c1' });
    expect(mayChangeIdentityKey(chair, { id: 'm1', role: 'member' }, true)).toBe(true);
    expect(mayChangeIdentityKey(chair, { id: 'b1', role: 'board' }, true)).toBe(false);
    expect(mayChangeIdentityKey(chair, { id: 'c1', role: 'chair' }, true)).toBe(false);
    expect(mayChangeIdentityKey(chair, { id: 'c1', role: 'chair' }, false)).toBe(true);
    expect(mayChangeIdentityKey(member('member', { id: 'm2' }), { id: 'm1', role: 'member' }, true)).toBe(false);
    expect(mayChangeIdentityKey({ kind: 'system', label: 'cli' }, { id: 'm1', role: 'member' }, true)).toBe(true);
  });
});

describe('grants that need a second member', () => {
  it('a chair, vice-chair or board member other than the requester and the member concerned decides', () => {
    const chair = member('chair', { id: 'c1' });
    expect(mayDecideGrant(member('chair', { id: 'c2' }), { requestedBy: 'c1', memberId: 'm1' })).toBe(true);
    expect(mayDecideGrant(member('vice_chair', { id: 'v1' }), { requestedBy: 'c1', memberId: 'm1' })).toBe(true);
    expect(mayDecideGrant(member('board', { id: 'b1' }), { requestedBy: 'c1', memberId: null })).toBe(true);
    expect(mayDecideGrant(chair, { requestedBy: 'c1', memberId: 'm1' })).toBe(false); // own request
    expect(mayDecideGrant(member('vice_chair', { id: 'm1' }), { requestedBy: 'c1', memberId: 'm1' })).toBe(false); // own grant
    for (const role of ['member', 'adviser', 'local'] as const) expect(mayDecideGrant(member(role, { id: 'x' }), { requestedBy: 'c1', memberId: 'm1' })).toBe(false);
    expect(mayDecideGrant({ kind: 'anonymous' }, { requestedBy: 'c1', memberId: null })).toBe(false);
  });

  it('inviting anyone who could approve grants needs approval; the operator needs none', () => {
    expect(MEMBER_ROLES.filter(inviteNeedsApproval)).toEqual(['chair', 'vice_chair', 'board']);
    expect(needsApproval(member('chair'))).toBe(true);
    expect(needsApproval({ kind: 'system', label: 'cli' })).toBe(false);
  });
});

describe('can(): own and space scopes', () => {
  it('declaring conflicts is about one\'s own declaration', () => {
    const m = member('member');
    expect(can(m, 'declare:conflicts', { ownerMemberId: m.id })).toBe(true);
    expect(can(m, 'declare:conflicts', { ownerMemberId: 'someone-else' })).toBe(false);
  });

  it('a local representative sees only their own space reports', () => {
    const l = member('local');
    expect(can(l, 'read:space_report', { spaceIds: [SPACE] })).toBe(true);
    expect(can(l, 'read:space_report', { spaceIds: [OTHER_SPACE] })).toBe(false);
    expect(can(l, 'read:space_report', { spaceIds: [] })).toBe(false);
  });

  it('undeclared conflicts do not block non-case resources', () => {
    const c = member('chair', { conflictsDeclared: false });
    expect(can(c, 'manage:member', {})).toBe(true);
    expect(can(c, 'read:audit', {})).toBe(true);
  });
});

describe('can(): non-members', () => {
  const anonymous: Actor = { kind: 'anonymous' };
  const system: Actor = { kind: 'system', label: 'cli' };
  it.each(PERMISSIONS)('anonymous may %s only if everyone may; the system actor may', (p) => {
    const everyone = EVERYONE.includes(p) || p === 'submit:report';
    expect(can(anonymous, p)).toBe(everyone);
    expect(can(anonymous, p, { kind: 'case' })).toBe(everyone);
    expect(can(system, p)).toBe(true);
    expect(can(system, p, { kind: 'case', recusedMemberIds: ['x'] })).toBe(true);
  });
});

describe('grant table', () => {
  it('uses only known permissions and scopes', () => {
    for (const role of MEMBER_ROLES) {
      for (const g of ROLE_GRANTS[role]) {
        const i = g.lastIndexOf(':');
        expect(PERMISSIONS).toContain(g.slice(0, i));
        expect(SCOPES).toContain(g.slice(i + 1));
      }
    }
  });

  it('gives the board no way into a case except a granted request', () => {
    expect(grantsFor('board', 'read:case')).toEqual(['granted']);
    expect(grantsFor('board', 'list:case')).toEqual([]);
  });
});

describe('can(): visitors and reporters', () => {
  const anonymous: Actor = { kind: 'anonymous' };
  const reporter: Actor = { kind: 'reporter', caseId: 'case-a' };

  it('lets a visitor submit a report, and otherwise only what everyone may', () => {
    for (const p of PERMISSIONS) expect(can(anonymous, p), p).toBe(p === 'submit:report' || EVERYONE.includes(p));
  });

  it('lets a reporter follow their own report only, besides what everyone may', () => {
    expect(can(reporter, 'follow:report', { kind: 'case', caseId: 'case-a' })).toBe(true);
    expect(can(reporter, 'follow:report', { kind: 'case', caseId: 'case-b' })).toBe(false);
    expect(can(reporter, 'follow:report')).toBe(false);
    for (const p of PERMISSIONS.filter((x) => x !== 'follow:report')) expect(can(reporter, p, { kind: 'case', caseId: 'case-a' }), p).toBe(EVERYONE.includes(p));
  });

  it('never lets a member follow a report as its reporter', () => {
    for (const role of MEMBER_ROLES) expect(can(member(role), 'follow:report', { kind: 'case', caseId: 'case-a' })).toBe(false);
  });
});
