import { describe, expect, it } from 'vitest';
import { deriveCaseState, LifecycleError, pendingRecusalWithdrawals, type CaseEvent } from './case-lifecycle';

const created: CaseEvent = { kind: 'created', receivedOn: '2025-03-01', channel: 'email', categories: ['Harassment'], safetyRisk: false, ongoingHarassment: 'no' };

describe('case lifecycle', () => {
  it('derives the state from the events', () => {
    const s = deriveCaseState([
      created,
      { kind: 'acknowledged', on: '2025-03-01' },
      { kind: 'stage_changed', stage: 'deciding' },
      { kind: 'note' },
      { kind: 'resolved', resolvedOn: '2025-04-02', resolutionSource: 'working_group', reviewOn: '2026-04-02' },
    ]);
    expect(s).toMatchObject({ status: 'resolved', stage: 'resolved', acknowledgedOn: '2025-03-01', resolvedOn: '2025-04-02', reviewOn: '2026-04-02' });
  });

  it('reopens a resolved case and clears its resolution', () => {
    const s = deriveCaseState([created, { kind: 'resolved', resolvedOn: '2025-04-02', resolutionSource: 'board', reviewOn: null }, { kind: 'reopened' }]);
    expect(s).toMatchObject({ status: 'ongoing', resolvedOn: null, resolutionSource: 'none' });
  });

  it('refuses impossible histories', () => {
    expect(() => deriveCaseState([{ kind: 'note' }])).toThrow(LifecycleError);
    expect(() => deriveCaseState([created, created])).toThrow(LifecycleError);
    expect(() => deriveCaseState([created, { kind: 'resolved', resolvedOn: '2025-02-01', resolutionSource: 'board', reviewOn: null }])).toThrow(/before it was received/);
    expect(() => deriveCaseState([created, { kind: 'reopened' }])).toThrow(LifecycleError);
  });
});

describe('board decisions', () => {
  const resolved: CaseEvent = { kind: 'resolved', resolvedOn: '2025-04-02', resolutionSource: 'working_group', reviewOn: null };
  it('make the board the resolution source of a resolved case only when it changed the decision', () => {
    expect(deriveCaseState([created, resolved, { kind: 'board_decided', result: 'changed' }])).toMatchObject({ status: 'resolved', resolutionSource: 'board', resolvedOn: '2025-04-02' });
    for (const result of ['upheld', 'withdrawn'] as const) {
      expect(deriveCaseState([created, resolved, { kind: 'board_decided', result }])).toEqual(deriveCaseState([created, resolved]));
    }
  });

  it('leave an ongoing case (an escalation) as it is: the working group resolves it as the board decided', () => {
    expect(deriveCaseState([created, { kind: 'board_decided', result: 'changed' }])).toEqual(deriveCaseState([created]));
  });
});

describe('recusal withdrawals', () => {
  it('are pending from the request until the decision, and leave the case state alone', () => {
    const created: CaseEvent = { kind: 'created', receivedOn: '2025-01-02', channel: 'email', safetyRisk: null, ongoingHarassment: null, categories: [] };
    const asked: CaseEvent = { kind: 'recusal_withdrawal_requested', memberId: 'm1' };
    const other: CaseEvent = { kind: 'recusal_withdrawal_requested', memberId: 'm2' };
    const decided: CaseEvent = { kind: 'recusal_withdrawal_decided', memberId: 'm1', decision: 'refused' };
    expect([...pendingRecusalWithdrawals([created, asked, other])].sort()).toEqual(['m1', 'm2']);
    expect([...pendingRecusalWithdrawals([created, asked, other, decided])]).toEqual(['m2']);
    expect([...pendingRecusalWithdrawals([created, asked, decided, asked])]).toEqual(['m1']);
    expect(deriveCaseState([created, asked, other, decided])).toEqual(deriveCaseState([created]));
  });
});

describe('decision stages', () => {
  const ack: CaseEvent = { kind: 'acknowledged', on: '2025-03-01' };
  const proposed: CaseEvent = { kind: 'decision_proposed', decisionId: 'd1', severity: 'ordinary' };
  const adopted: CaseEvent = { kind: 'decision_adopted', decisionId: 'd1', by: 'two_thirds' };
  const consulted: CaseEvent = { kind: 'party_consulted', decisionId: 'd1', party: 'reporter', channel: 'portal' };
  const enacted: CaseEvent = { kind: 'decision_enacted', decisionId: 'd1' };
  const resolved: CaseEvent = { kind: 'resolved', resolvedOn: '2025-04-02', resolutionSource: 'working_group', reviewOn: null };

  it('walks received → acknowledged → under review → proposed → consulted → enacted → resolved → reconsideration', () => {
    const walk: CaseEvent[] = [created, ack, { kind: 'stage_changed', stage: 'evaluating' }, proposed, adopted, consulted, consulted, enacted, resolved, { kind: 'reconsideration_requested' }, { kind: 'reconsideration_decided' }];
    const stages = walk.map((_, i) => deriveCaseState(walk.slice(0, i + 1)).stage);
    expect(stages).toEqual(['received', 'acknowledged', 'evaluating', 'deciding', 'deciding', 'consulting', 'consulting', 'enacted', 'resolved', 'reconsideration_requested', 'reconsidered']);
    expect(deriveCaseState(walk.slice(0, 8)).decision).toEqual({ id: 'd1', state: 'enacted' });
    expect(deriveCaseState(walk).status).toBe('resolved');
  });

  it('refuses transitions out of order, with the reason', () => {
    expect(() => deriveCaseState([created, proposed])).toThrow(/acknowledge the case before proposing/);
    expect(() => deriveCaseState([created, ack, proposed, proposed])).toThrow(/already being voted on/);
    expect(() => deriveCaseState([created, ack, proposed, consulted])).toThrow(/consulted on an adopted resolution/);
    expect(() => deriveCaseState([created, ack, proposed, adopted, enacted])).toThrow(/consult the affected parties before enacting/);
    expect(() => deriveCaseState([created, ack, proposed, resolved])).toThrow(/being voted on; wait for the vote/);
    expect(() => deriveCaseState([created, ack, proposed, adopted, consulted, resolved])).toThrow(/not enacted yet/);
    expect(() => deriveCaseState([created, ack, proposed, adopted, proposed])).toThrow(/already adopted/);
    expect(() => deriveCaseState([created, ack, { kind: 'decision_adopted', decisionId: 'other', by: 'consensus' }])).toThrow(/only a resolution being voted on/);
    expect(() => deriveCaseState([created, ack, resolved, proposed])).toThrow(/reopen it before proposing/);
    expect(() => deriveCaseState([created, { kind: 'reconsideration_requested' }])).toThrow(/asked of a resolved case/);
    expect(() => deriveCaseState([created, ack, resolved, { kind: 'reconsideration_decided' }])).toThrow(/no reconsideration was requested/);
    expect(() => deriveCaseState([created, { kind: 'stage_changed', stage: 'enacted' }])).toThrow(/not set by hand/);
  });

  it('after a rejected or escalated proposal a new one may be made; reopening clears an enacted one', () => {
    const again: CaseEvent = { kind: 'decision_proposed', decisionId: 'd2', severity: 'severe' };
    expect(deriveCaseState([created, ack, proposed, { kind: 'decision_rejected', decisionId: 'd1' }, again]).decision).toEqual({ id: 'd2', state: 'proposed' });
    expect(deriveCaseState([created, ack, proposed, { kind: 'decision_escalated', decisionId: 'd1' }]).decision).toBeNull();
    expect(deriveCaseState([created, ack, proposed, adopted, consulted, enacted, resolved, { kind: 'reopened' }, again]).stage).toBe('deciding');
  });
});
