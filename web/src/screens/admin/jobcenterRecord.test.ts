import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { errorSummaryLines } from '../../ui/errorSummary';
import {
  bodyOf,
  draftOf,
  FIELD_LABEL,
  holidayText,
  regionOptions,
  stateOptions,
  withState,
  type StateView,
} from './jobcenterRecord';

const states: StateView[] = [
  {
    code: 'BY',
    name: 'Bayern',
    regions: [{ code: 'AG', label: 'Augsburg (zusätzlich Friedensfest, Mariä Himmelfahrt)' }],
  },
  { code: 'BB', name: 'Brandenburg' },
  { code: 'BE', name: 'Berlin', regions: [] },
];

describe('the Jobcenter record form', () => {
  it("offers the Länder by name, never by code, also without the service's list", () => {
    expect(stateOptions(states).map((o) => o.label)).toEqual(['Bayern', 'Berlin', 'Brandenburg']);
    const fixed = stateOptions(undefined);
    expect(fixed).toHaveLength(16);
    expect(fixed.find((o) => o.value === 'TH')?.label).toBe('Thüringen');
    expect(fixed.every((o) => o.label !== o.value)).toBe(true);
  });

  it('offers regions only where the Land has some, and drops a region when the Land changes', () => {
    expect(regionOptions(states, 'BY')).toEqual([
      { value: 'AG', label: 'Augsburg (zusätzlich Friedensfest, Mariä Himmelfahrt)' },
    ]);
    expect(regionOptions(states, 'BB')).toEqual([]);
    const augsburg = { ...draftOf(), stateCode: 'BY', regionCode: 'AG' };
    expect(withState(augsburg, 'BB', states).regionCode).toBe('');
    expect(withState(augsburg, 'BY', states).regionCode).toBe('AG');
  });

  it('sends empty optional fields as null and the version read', () => {
    const draft = {
      ...draftOf(),
      name: ' Jobcenter Uckermark ',
      street: 'Lindenallee 7',
      postalCode: '17291',
      city: 'Prenzlau',
      stateCode: 'BB',
      phone: '  ',
    };
    expect(bodyOf(draft, 0)).toEqual({
      name: 'Jobcenter Uckermark',
      street: 'Lindenallee 7',
      postalCode: '17291',
      city: 'Prenzlau',
      phone: null,
      email: null,
      contactHours: null,
      stateCode: 'BB',
      regionCode: null,
      version: 0,
    });
  });

  it('summarises refused fields by their label, each linkable, and keeps messages naming no field', () => {
    const error = new ApiError({
      title: 'Unprocessable Entity',
      status: 422,
      violations: [
        { field: 'stateCode', rule: 'UNKNOWN_STATE', message: 'Bitte eines der 16 Bundesländer wählen.' },
        { field: 'postalCode', rule: 'Pattern', message: 'must match "^[0-9]{5}$"' },
        { field: null, rule: 'X', message: 'Allgemein' },
      ],
    });
    expect(errorSummaryLines(error, FIELD_LABEL)).toEqual([
      { field: 'stateCode', text: 'Bundesland: Bitte eines der 16 Bundesländer wählen.' },
      { field: 'postalCode', text: 'Postleitzahl: Das Format stimmt nicht (erwartet: "^[0-9]{5}$")' },
      { field: null, text: 'Allgemein' },
    ]);
    expect(
      errorSummaryLines(new ApiError({ title: 'Konflikt', status: 409, detail: 'Bitte neu laden.' }), FIELD_LABEL),
    ).toEqual([{ field: null, text: 'Bitte neu laden.' }]);
  });

  it('names the holidays in plain German', () => {
    expect(holidayText({ stateName: 'Brandenburg' })).toBe('Feiertage von Brandenburg');
    expect(holidayText({ stateName: 'Bayern', regionLabel: 'Augsburg' })).toBe('Feiertage von Bayern, Region Augsburg');
  });
});
