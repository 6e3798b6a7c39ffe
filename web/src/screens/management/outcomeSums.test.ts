import { describe, expect, it } from 'vitest';
import { byMonth, byMonthAndKey, chartValue, isLowerBound, keysOf, sumText } from './outcomeSums';
import type { OutcomeRow } from './reporting';

const row = (month: string, teamId: string, key: string, value: number | null): OutcomeRow =>
  value === null ? { metric: 'CLOSURES', month, teamId, key, suppressed: true } : { metric: 'CLOSURES', month, teamId, key, value, suppressed: false };

describe('outcome sums', () => {
  it('keeps exact sums exact', () => {
    const sums = byMonth([row('2026-11', 't1', 'A', 6), row('2026-11', 't2', 'B', 7)], 'CLOSURES');
    expect(sumText(sums.get('2026-11'))).toBe('13');
    expect(chartValue(sums.get('2026-11'))).toBe(13);
  });

  it('shows one suppressed cell alone as <5', () => {
    const sums = byMonthAndKey([row('2026-11', 't1', 'OTHER', null)], 'CLOSURES');
    const sum = sums.get('2026-11')?.get('OTHER');
    expect(sumText(sum)).toBe('<5');
    expect(chartValue(sum)).toBeNull();
    expect(isLowerBound(sum)).toBe(false);
  });

  it('turns sums with suppressed parts into lower bounds', () => {
    const sums = byMonth([row('2026-11', 't1', 'A', 6), row('2026-11', 't2', 'A', null), row('2026-11', 't2', 'B', null)], 'CLOSURES');
    expect(sumText(sums.get('2026-11'))).toBe('mind. 8');
    expect(chartValue(sums.get('2026-11'))).toBe(8);
    expect(isLowerBound(sums.get('2026-11'))).toBe(true);
  });

  it('filters by team and lists keys in order', () => {
    const rows = [row('2026-10', 't1', 'B', 5), row('2026-11', 't2', 'A', 9), row('2026-11', 't1', 'C', 5)];
    expect(keysOf(rows, 'CLOSURES', 't1')).toEqual(['B', 'C']);
    expect(byMonth(rows, 'CLOSURES', 't2').get('2026-11')).toEqual({ known: 9, hidden: 0 });
    expect(chartValue(undefined)).toBe(0);
  });

  it('takes the Jobcenter total for all teams, and only team rows for one team', () => {
    const total = (month: string, key: string, value: number | null): OutcomeRow => ({ ...row(month, '', key, value), teamId: undefined, total: true });
    const rows = [row('2026-11', 't1', 'A', null), row('2026-11', 't2', 'A', null), total('2026-11', 'A', 6), total('2026-11', 'B', null)];
    expect(byMonthAndKey(rows, 'CLOSURES').get('2026-11')?.get('A')).toEqual({ known: 6, hidden: 0 });
    expect(sumText(byMonth(rows, 'CLOSURES').get('2026-11'))).toBe('mind. 7');
    expect(keysOf(rows, 'CLOSURES')).toEqual(['A', 'B']);
    expect(sumText(byMonth(rows, 'CLOSURES', 't1').get('2026-11'))).toBe('<5');
    expect(keysOf(rows, 'CLOSURES', 't2')).toEqual(['A']);
  });
});
