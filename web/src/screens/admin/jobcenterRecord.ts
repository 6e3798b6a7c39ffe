// The Jobcenter's own record (intake GET/PUT /api/jobcenter, docs/domain.md §13): name and address for
// letters, Bundesland and region for the public holidays that working-day deadlines skip.

/** intake JobcenterViews.JobcenterView */
export interface JobcenterView {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone?: string | null;
  email?: string | null;
  contactHours?: string | null;
  stateCode: string;
  stateName: string;
  regionCode?: string | null;
  regionLabel?: string | null;
  version: number;
  changedBy: string;
  changedAt: string;
}

/** intake JobcenterViews.StateView (an empty list of regions may be left out) */
export interface StateView {
  code: string;
  name: string;
  regions?: { code: string; label: string }[];
}

/** The 16 Länder by their ISO 3166-2 code, in German, for when the list of the service is not there. */
export const BUNDESLAND: Record<string, string> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

/** The form's fields as the service names them in problem+json, with their labels. */
export const FIELD_LABEL: Record<string, string> = {
  name: 'Name des Jobcenters',
  street: 'Straße und Hausnummer',
  postalCode: 'Postleitzahl',
  city: 'Ort',
  phone: 'Telefon',
  email: 'E-Mail-Adresse',
  contactHours: 'Öffnungszeiten',
  stateCode: 'Bundesland',
  regionCode: 'Region mit eigenen Feiertagen',
  version: 'Version',
};

export interface Draft {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  contactHours: string;
  stateCode: string;
  regionCode: string;
}

export function draftOf(view?: JobcenterView): Draft {
  return {
    name: view?.name ?? '',
    street: view?.street ?? '',
    postalCode: view?.postalCode ?? '',
    city: view?.city ?? '',
    phone: view?.phone ?? '',
    email: view?.email ?? '',
    contactHours: view?.contactHours ?? '',
    stateCode: view?.stateCode ?? '',
    regionCode: view?.regionCode ?? '',
  };
}

/** The PUT body: optional fields left empty are sent as null; version 0 enters the record for the first time. */
export function bodyOf(draft: Draft, version: number) {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: draft.name.trim(),
    street: draft.street.trim(),
    postalCode: draft.postalCode.trim(),
    city: draft.city.trim(),
    phone: optional(draft.phone),
    email: optional(draft.email),
    contactHours: optional(draft.contactHours),
    stateCode: draft.stateCode,
    regionCode: optional(draft.regionCode),
    version,
  };
}

/** The Länder for the select, by name; from the service, else the fixed list. */
export function stateOptions(states?: StateView[]): { value: string; label: string }[] {
  const list =
    states && states.length > 0
      ? states.map((s) => ({ value: s.code, label: s.name }))
      : Object.entries(BUNDESLAND).map(([value, label]) => ({ value, label }));
  return [...list].sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

/** The regions with other holidays in a Land (none in most Länder). */
export function regionOptions(states: StateView[] | undefined, stateCode: string): { value: string; label: string }[] {
  const state = states?.find((s) => s.code === stateCode);
  return (state?.regions ?? []).map((r) => ({ value: r.code, label: r.label }));
}

/** Changing the Land drops a region that belongs to another one. */
export function withState(draft: Draft, stateCode: string, states?: StateView[]): Draft {
  const keep = regionOptions(states, stateCode).some((r) => r.value === draft.regionCode);
  return { ...draft, stateCode, regionCode: keep ? draft.regionCode : '' };
}

/** The id of a field's control, so that the error summary can link to it. */
export const fieldId = (field: string) => `jobcenter-${field}`;

/** How the record's holidays read in plain German. */
export function holidayText(view: Pick<JobcenterView, 'stateName' | 'regionLabel'>): string {
  return view.regionLabel
    ? `Feiertage von ${view.stateName}, Region ${view.regionLabel}`
    : `Feiertage von ${view.stateName}`;
}
