import { describe, expect, it } from 'vitest';
import { checkBody, dueOn, openCheckpoints, outcomeText, type SustainabilityCheckView } from './sustainability';

describe('dueOn', () => {
  it('adds calendar months and keeps the month end where the day does not exist, as the service does', () => {
    expect(dueOn('2025-08-31', 6)).toBe('2026-02-28');
    expect(dueOn('2026-05-02', 6)).toBe('2026-11-02');
    expect(dueOn('2026-05-02', 12)).toBe('2027-05-02');
    expect(dueOn('2023-08-31', 6)).toBe('2024-02-29');
  });
});

describe('checkBody', () => {
  const form = {
    checkpoint: 'MONTHS_6',
    checkedOn: '2026-11-02',
    lasted: 'ja',
    hours: 'nein',
    source: 'BENEFIT_RECORDS',
    note: ' ',
  };

  it('sends the hours only where the employment lasted', () => {
    expect(checkBody(form)).toEqual({
      checkpoint: 'MONTHS_6',
      checkedOn: '2026-11-02',
      employmentLasted: true,
      atLeast15Hours: false,
      source: 'BENEFIT_RECORDS',
      note: null,
    });
    expect(checkBody({ ...form, lasted: 'nein', hours: 'ja' }).atLeast15Hours).toBeNull();
  });

  it('leaves unanswered questions empty, so the service names them', () => {
    expect(checkBody({ ...form, lasted: '', hours: '' })).toMatchObject({
      employmentLasted: null,
      atLeast15Hours: null,
    });
    expect(checkBody({ ...form, hours: '' }).atLeast15Hours).toBeNull();
  });
});

describe('openCheckpoints and outcomeText', () => {
  const six = { checkpoint: 'MONTHS_6', employmentLasted: true, atLeast15Hours: false } as SustainabilityCheckView;

  it('offers only the points in time not yet checked', () => {
    expect(openCheckpoints([])).toEqual(['MONTHS_6', 'MONTHS_12']);
    expect(openCheckpoints([six])).toEqual(['MONTHS_12']);
  });

  it('says in plain words whether the integration was sustained', () => {
    expect(outcomeText(six)).toContain('unter 15 Stunden');
    expect(outcomeText({ ...six, atLeast15Hours: true })).toContain('nachhaltige Integration');
    expect(outcomeText({ ...six, employmentLasted: false })).toBe('Beschäftigung besteht nicht fort');
  });
});
