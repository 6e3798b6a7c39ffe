// planning-service's plan and agreement shapes (PlanViews.java). The service leaves empty lists
// and nulls out of its JSON, so every list is optional here.

export interface NeedView {
  needId: string;
  keyGroup: string;
  code: string;
  status: string;
}

export interface GoalView {
  id: string;
  text: string;
  targetCategory?: string | null;
  targetDate?: string | null;
}

export interface StrategyView {
  id: string;
  needId: string;
  keyGroup: string;
  text: string;
  intermediateGoalId?: string | null;
}

export interface StepView {
  id: string;
  strategyId?: string | null;
  text: string;
  owner: string;
  partnerId?: string | null;
  dueOn?: string | null;
  done: boolean;
}

export interface PlanView {
  version: number;
  leadGoal?: GoalView | null;
  intermediateGoals?: GoalView[];
  strategies?: StrategyView[];
  workingOrder?: string[];
  orderReason?: string | null;
  directPlacementFirst: boolean;
  steps?: StepView[];
  updatedBy?: string | null;
  updatedAt?: string | null;
  needs?: NeedView[];
  needsWithoutStrategy?: NeedView[];
  complete: boolean;
}

export interface AgreementView {
  id: string;
  type: string;
  agreedOn: string;
  validUntil?: string | null;
  /** the joint review, at the latest six months after the agreement (§ 15 SGB II) */
  reviewOn?: string | null;
  jobcenterServices?: string[];
  customerObligations?: string[];
  legalConsequenceInstruction: boolean;
  guardianSignedOn?: string | null;
  exception?: string | null;
  exceptionNote?: string | null;
  assessmentVersion?: number | null;
  policyVersion: number;
  agreedBy: string;
  agreedAt: string;
  documentUrl: string;
}

/** planning LegalFormController: the legal form of the agreement by the date it is concluded (docs/domain.md §15) */
export interface LegalForm {
  effectiveFrom: string;
  code: string;
  title: string;
  lawReference: string;
  legalConsequencesInPlan: boolean;
  conciliation: boolean;
  reviewWithinMonths: number;
}

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
