// planning-service's plan and agreement shapes, from its OpenAPI document (src/api/generated/planning.ts).
import type { components } from '../../../../api/generated/planning';

type Schemas = components['schemas'];

/** Handlungsbedarf: a need of the latest assessment, as the plan lists it */
export type NeedView = Schemas['Handlungsbedarf'];

export type GoalView = Schemas['ZielAnsicht'];

export type StrategyView = Schemas['StrategieAnsicht'];

export type StepView = Schemas['SchrittAnsicht'];

/** lists of the plan that are left out of the JSON when empty (see PlanView) */
type PlanLists = 'intermediateGoals' | 'strategies' | 'workingOrder' | 'steps' | 'needs' | 'needsWithoutStrategy';

/**
 * PlanAnsicht. The document marks its lists required, but the service's JSON leaves an empty list out
 * (Micronaut Serde's NON_EMPTY), as in the answer for a case without a plan yet: they stay optional.
 */
export type PlanView = Omit<Schemas['PlanAnsicht'], PlanLists> & Partial<Pick<Schemas['PlanAnsicht'], PlanLists>>;

export type AgreementView = Schemas['VereinbarungAnsicht'];

/** planning LegalFormController: the legal form of the agreement by the date it is concluded (docs/domain.md §15) */
export type LegalForm = Schemas['Rechtsform'];

/** The form in force on the day: the one with the latest start not after it. */
export function legalFormOn(forms: LegalForm[], day: string): LegalForm | undefined {
  return [...forms]
    .filter((f) => f.effectiveFrom <= day)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

export const DEFAULT_ORDER = [
  'LIVING_CONDITIONS',
  'PERFORMANCE_CAPACITY',
  'MOTIVATION',
  'SOCIAL_COMPETENCE',
  'PROFESSIONAL_COMPETENCE',
];

export const STEP_OWNER_LABEL: Record<string, string> = {
  CUSTOMER: 'Kundin / Kunde',
  CASE_MANAGER: 'Fallmanagement',
  PARTNER: 'Netzwerkpartner',
};

export const EXCEPTION_LABEL: Record<string, string> = {
  CANNOT_OVERSEE_CONSEQUENCES: 'Die Kundin / der Kunde kann die Folgen derzeit nicht übersehen',
  CATEGORY_X_Y_Z: 'Kategorie X, Y oder Z (vorübergehend keine Vereinbarung)',
};

export function isOpen(need: NeedView): boolean {
  return need.status !== 'RESOLVED';
}

/** Client-side ids let strategies name intermediate goals and steps name strategies before the first save. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(Math.random() * 16).toString(16));
}

/** Violations on a list (e.g. `jobcenterServices[2]`) shown next to the list's one field. */
export function collectErrors(errors: Record<string, string[]>, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([field]) => field === prefix || field.startsWith(`${prefix}[`) || field.startsWith(`${prefix}.`))
    .flatMap(([, messages]) => messages);
}

/** Like Java's plusMonths: the 31st plus one month is the last day of the shorter month. */
export function plusMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00`);
  const day = d.getDate();
  d.setDate(1);
  d.setMonth(d.getMonth() + months);
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(day, last));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The violation paths under the given fields (`scopes`, `scopes[1]`, `customer.name` …), for FormErrors' shownFields. */
export function fieldsUnder(errors: Record<string, string[]>, fields: string[]): string[] {
  return [
    ...fields,
    ...Object.keys(errors).filter((k) => fields.some((f) => k.startsWith(`${f}[`) || k.startsWith(`${f}.`))),
  ];
}
