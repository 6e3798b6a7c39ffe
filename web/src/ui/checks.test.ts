import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { checks, fromSchema, required, unless } from './checks';

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

describe('fromSchema', () => {
  const rules = {
    text: { required: true, minLength: 1, maxLength: 20 },
    visibility: { required: true },
    hours: { minimum: 1, maximum: 40 },
    needs: { minItems: 1, maxItems: 2 },
  } as const;

  it('finds nothing where the values keep the rules', () => {
    expect(fromSchema(rules, { text: 'Telefonat', visibility: 'GENERAL', hours: 40, needs: ['a'] })).toEqual([]);
  });

  it('names each broken rule by field, in the users’ words', () => {
    const found = fromSchema(rules, { text: 'x'.repeat(21), visibility: '  ', hours: 0, needs: [] });
    expect(found.map((v) => [v.field, v.message])).toEqual([
      ['text', 'Höchstens 20 Zeichen (jetzt 21).'],
      ['visibility', 'Bitte ausfüllen.'],
      ['hours', 'Der Wert muss mindestens 1 sein.'],
      ['needs', 'Bitte mindestens 1 auswählen.'],
    ]);
  });

  it('checks only the fields the form passes, and an optional field only when filled', () => {
    expect(fromSchema(rules, {})).toEqual([]);
    expect(fromSchema(rules, { hours: undefined })).toEqual([]);
    expect(fromSchema(rules, { hours: 41 })[0]?.message).toBe('Der Wert darf höchstens 40 sein.');
  });

  it('writes large limits the German way', () => {
    expect(fromSchema({ text: { maxLength: 20000 } }, { text: 'x'.repeat(20001) })[0]?.message).toBe(
      'Höchstens 20.000 Zeichen (jetzt 20.001).',
    );
  });
});
