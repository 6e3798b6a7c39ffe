import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { fieldErrorsOf, summaryLines } from './facts';

describe("the referral's benefit dates in the error summary", () => {
  it('name the application date the policy requires, linked to its field, like every other field', () => {
    const error = new ApiError({
      title: 'Unprocessable Entity',
      status: 422,
      violations: [
        {
          field: 'applicationOn',
          rule: 'APPLICATION_DATE_REQUIRED',
          message:
            'Die Richtlinie zählt die Frist für die Einstiegsberatung ab der Antragstellung: das Datum des vollständig eingereichten Antrags fehlt.',
        },
        {
          field: 'benefitDecisionOn',
          rule: 'BEFORE_APPLICATION',
          message: 'Die Bewilligung liegt nach der Antragstellung (2026-02-23).',
        },
        { field: 'customerNumber', rule: 'Pattern', message: 'must match "[0-9]{3}[A-Z][0-9]{6}"' },
        { field: null, rule: 'X', message: 'Allgemein' },
      ],
    });
    expect(summaryLines(error)).toEqual([
      {
        field: 'applicationOn',
        text: 'Antragstellung: Die Richtlinie zählt die Frist für die Einstiegsberatung ab der Antragstellung: das Datum des vollständig eingereichten Antrags fehlt.',
      },
      {
        field: 'benefitDecisionOn',
        text: 'Bewilligung der Leistungen: Die Bewilligung liegt nach der Antragstellung (2026-02-23).',
      },
      {
        field: 'customerNumber',
        text: 'Kundennummer: Die Kundennummer besteht aus 3 Ziffern, 1 Großbuchstaben und 6 Ziffern (z. B. 123A456789).',
      },
      { field: null, text: 'Allgemein' },
    ]);
    expect(Object.keys(fieldErrorsOf(error))).toEqual(['applicationOn', 'benefitDecisionOn', 'customerNumber']);
  });

  it("fall back to the problem's detail when no field is named", () => {
    expect(summaryLines(new ApiError({ title: 'Konflikt', status: 409, detail: 'Bereits vorgemerkt.' }))).toEqual([
      { field: null, text: 'Bereits vorgemerkt.' },
    ]);
  });
});
