import { describe, expect, it } from 'vitest';
import { cellOf, chartValue, keysOf, monthsOf, outcomeText, rowsOf } from './outcomeCells';
import type { OutcomeRow } from './reporting';

const row = (
  month: string,
  teamId: string | undefined,
  key: string | undefined,
  value: number | null,
  metric = 'CLOSURES',
): OutcomeRow => ({
  metric,
  month,
  teamId,
  key,
  total: teamId === undefined,
  ...(value === null ? { suppressed: true } : { value, suppressed: false }),
});

describe('outcome cells', () => {
  // team-1: 6 closures by A, team-2: 3 by A (withheld) — and so team-1's 6 is withheld as well; the
  // Jobcenter's 9 and the sums over keys come from the service
  const rows: OutcomeRow[] = [
    row('2026-11', 't1', 'A', null),
    row('2026-11', 't2', 'A', null),
    row('2026-11', undefined, 'A', 9),
    row('2026-11', 't1', 'B', 7),
    row('2026-11', undefined, 'B', 7),
    row('2026-11', 't1', undefined, 13),
    row('2026-11', 't2', undefined, null),
    row('2026-11', undefined, undefined, 16),
  ];

  it("takes the service's sum over keys and never adds cells up in the browser", () => {
    expect(cellOf(rows, 'CLOSURES', '2026-11')).toEqual({ value: 16, suppressed: false });
    expect(outcomeText(cellOf(rows, 'CLOSURES', '2026-11'))).toBe('16');
    // team-1's sum is the service's 13, not 7 plus a withheld cell; team-2's is withheld as a whole
    expect(cellOf(rows, 'CLOSURES', '2026-11', 't1')).toEqual({ value: 13, suppressed: false });
    expect(outcomeText(cellOf(rows, 'CLOSURES', '2026-11', 't2'))).toBe('geschützt');
  });

  it('shows a withheld cell as "geschützt" and charts it as null', () => {
    const cell = cellOf(rows, 'CLOSURES', '2026-11', 't1', 'A');
    expect(outcomeText(cell)).toBe('geschützt');
    expect(chartValue(cell)).toBeNull();
    expect(chartValue(cellOf(rows, 'CLOSURES', '2026-11', undefined, 'A'))).toBe(9);
  });

  it("takes the Jobcenter's totals for all teams and the team rows for one team", () => {
    expect(rowsOf(rows, 'CLOSURES').every((r) => r.total)).toBe(true);
    expect(rowsOf(rows, 'CLOSURES', 't2').map((r) => r.key ?? 'sum')).toEqual(['A', 'sum']);
    expect(keysOf(rows, 'CLOSURES')).toEqual(['A', 'B']);
    expect(keysOf(rows, 'CLOSURES', 't2')).toEqual(['A']);
  });

  it("reads a team lead's own team where the answer has no totals", () => {
    const own = [row('2026-10', 't1', 'A', 2), row('2026-10', 't1', undefined, 2)].map((r) => ({ ...r, total: false }));
    expect(cellOf(own, 'CLOSURES', '2026-10')).toEqual({ value: 2, suppressed: false });
    expect(monthsOf(own, 'CLOSURES')).toEqual(['2026-10']);
  });

  it('reads metrics of a single key by their key "-" and a month without rows as 0', () => {
    const needs = [row('2026-11', undefined, '-', 12, 'NEEDS_RESOLVED')];
    expect(cellOf(needs, 'NEEDS_RESOLVED', '2026-11')).toEqual({ value: 12, suppressed: false });
    expect(cellOf(needs, 'NEEDS_RESOLVED', '2026-10')).toEqual({ value: 0, suppressed: false });
    expect(outcomeText(cellOf(rows, 'ADMISSIONS', '2026-11'))).toBe('0');
  });
});
