import { describe, expect, it } from 'vitest';
import { ApiError, url, violationText } from './client';

describe('problem+json mapping', () => {
  const error = new ApiError({
    title: 'Bad Request',
    status: 400,
    detail: 'Die Anfrage ist ungültig',
    violations: [
      { field: 'customerNumber', rule: 'Pattern', message: 'must match "[0-9]{3}[A-Z][0-9]{6}"' },
      { field: 'customerNumber', rule: 'NotBlank', message: 'must not be blank' },
      { field: 'handover', rule: 'HANDOVER_REQUIRED', message: 'Die warme Übergabe ist zu dokumentieren.' },
      { field: null, rule: 'EXCLUSION_PENSION_PENDING', message: 'Rentenantrag gestellt' },
    ],
  });

  it('groups violations by the field they name, in German', () => {
    expect(error.fieldErrors()).toEqual({
      customerNumber: ['Das Format stimmt nicht (erwartet: "[0-9]{3}[A-Z][0-9]{6}")', 'Pflichtangabe'],
      handover: ['Die warme Übergabe ist zu dokumentieren.'],
    });
  });

  it('shows violations without a field as general messages, not the detail', () => {
    expect(error.generalMessages()).toEqual(['Rentenantrag gestellt']);
  });

  it('falls back to the detail when there are no violations', () => {
    expect(
      new ApiError({ title: 'Konflikt', status: 409, detail: 'Fall ist abgeschlossen' }).generalMessages(),
    ).toEqual(['Fall ist abgeschlossen']);
  });

  it('keeps a domain rule message that happens to reuse a bean rule code', () => {
    expect(violationText({ field: 'x', rule: 'NotNull', message: 'Bitte ein Datum angeben' })).toBe(
      'Bitte ein Datum angeben',
    );
  });
});

describe('bean-validation messages in German with their bounds', () => {
  it.each([
    ['Min', 'must be greater than or equal to 0', 'Der Wert muss mindestens 0 sein'],
    ['Max', 'must be less than or equal to 36', 'Der Wert darf höchstens 36 sein'],
    ['Size', 'size must be between 1 and 50', 'Erlaubt sind 1 bis 50 (Zeichen bzw. Einträge)'],
  ])('%s', (rule, message, expected) => {
    expect(violationText({ field: 'f', rule, message })).toBe(expected);
  });
});

describe('gateway URLs', () => {
  it('prefixes the service and drops empty query values', () => {
    expect(url('reporting', '/api/outcomes', { from: '2026-01', to: '', x: undefined, page: 0 })).toBe(
      '/svc/reporting/api/outcomes?from=2026-01&page=0',
    );
  });
});
