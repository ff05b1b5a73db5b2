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
