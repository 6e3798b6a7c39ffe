import { describe, expect, it } from 'vitest';
import { cellText, cellValue, lastMonths, reportingDateText, reportingMonth } from './reporting';

describe('management figures on screen', () => {
  it('shows a withheld cell as "geschützt", never as a number or "<5"', () => {
    expect(cellText({ suppressed: true })).toBe('geschützt');
    expect(cellValue({ suppressed: true })).toBeNull();
    expect(cellText({ value: 9, suppressed: false })).toBe('9');
    expect(cellText({ value: 0, suppressed: false })).toBe('0');
  });

  it('names the reporting date in plain words', () => {
    expect(reportingDateText('2026-12-05')).toMatch(/^Stand: Ende des 05\.12\.2026/);
    expect(reportingDateText(undefined)).toMatch(/heute/);
  });

  it("ends management's months with the reporting date's month (yesterday's)", () => {
    expect(reportingMonth(new Date(2026, 11, 6))).toBe('2026-12');
    expect(reportingMonth(new Date(2027, 0, 1))).toBe('2026-12');
    expect(lastMonths(3, '2026-12')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(lastMonths(2, '2027-01')).toEqual(['2026-12', '2027-01']);
  });
});
