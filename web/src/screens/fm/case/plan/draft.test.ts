import { describe, expect, it } from 'vitest';
import { draftOf, remapStrategyErrors, requestOf, strategyRows } from './draft';
import { fieldsUnder, plusMonths, type PlanView } from './types';

const needs = [
  { needId: 'n-debt', keyGroup: 'LIVING_CONDITIONS', code: 'DEBT', status: 'IDENTIFIED' },
  { needId: 'n-res', keyGroup: 'PERFORMANCE_CAPACITY', code: 'RESILIENCE', status: 'IN_PROGRESS' },
  { needId: 'n-care', keyGroup: 'LIVING_CONDITIONS', code: 'CHILDCARE', status: 'IDENTIFIED' },
  { needId: 'n-done', keyGroup: 'MOTIVATION', code: 'MOTIVATION', status: 'RESOLVED' },
];
const empty: PlanView = { version: 0, directPlacementFirst: false, complete: false, needs };

describe('plan draft', () => {
  it('has one strategy row per open need, in the working order', () => {
    const order = [
      'PERFORMANCE_CAPACITY',
      'LIVING_CONDITIONS',
      'MOTIVATION',
      'SOCIAL_COMPETENCE',
      'PROFESSIONAL_COMPETENCE',
    ];
    expect(strategyRows(needs, order).map((n) => n.needId)).toEqual(['n-res', 'n-debt', 'n-care']);
  });

  it('leaves strategies without text out and maps the service errors back to their rows', () => {
    const draft = draftOf(empty);
    draft.strategies['n-care'] = { id: 's1', text: 'Kita-Platz suchen', intermediateGoalId: '' };
    const rows = strategyRows(needs, draft.order);
    const { body, strategyRow } = requestOf(draft, rows, 0) as {
      body: { strategies: { needId: string }[]; leadGoal: unknown };
      strategyRow: number[];
    };
    expect(body.strategies.map((s) => s.needId)).toEqual(['n-care']);
    expect(body.leadGoal).toBeNull();
    expect(remapStrategyErrors({ 'strategies[0].text': ['zu lang'], leadGoal: ['fehlt'] }, strategyRow)).toEqual({
      'strategies[1].text': ['zu lang'],
      leadGoal: ['fehlt'],
    });
  });
});

describe('helpers', () => {
  it('adds months like Java (end of month clamps)', () => {
    expect(plusMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(plusMonths('2026-11-23', 6)).toBe('2027-05-23');
  });

  it('finds nested violation paths', () => {
    expect(fieldsUnder({ 'scopes[1]': ['x'], 'customer.name': ['y'], other: ['z'] }, ['scopes', 'customer'])).toEqual([
      'scopes',
      'customer',
      'scopes[1]',
      'customer.name',
    ]);
  });
});
