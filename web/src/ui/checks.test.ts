import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { checks, required, unless } from './checks';

describe('form checks', () => {
  it('names each field that fails, with its message, and nothing for the ones that hold', () => {
    const violations = checks(
      required('reason', '', 'Bitte wählen Sie einen Ablehnungsgrund.'),
      required('note', '   ', 'Bitte begründen Sie die Ablehnung.'),
      required('closedOn', '2026-12-07', 'Bitte geben Sie das Datum an.'),
      unless(false, 'handover.on', 'Die Übergabe liegt nicht vor dem Abschluss.'),
      unless(true, 'afterCareUntil', 'nie gezeigt'),
    );
    expect(new ApiError({ title: 't', status: 400, violations }).fieldErrors()).toEqual({
      reason: ['Bitte wählen Sie einen Ablehnungsgrund.'],
      note: ['Bitte begründen Sie die Ablehnung.'],
      'handover.on': ['Die Übergabe liegt nicht vor dem Abschluss.'],
    });
  });

  it('is empty when every rule holds', () => {
    expect(checks(required('reason', 'OTHER', 'x'), unless(true, 'note', 'y'))).toEqual([]);
  });
});
