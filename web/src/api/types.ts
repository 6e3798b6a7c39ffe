// Service answers read by several screens, as the services' OpenAPI documents describe them
// (src/api/generated, `npm run api:generate`). Shapes one screen alone reads live next to that screen.
import type { components as IntakeComponents } from './generated/intake';
import type { components as PlanningComponents } from './generated/planning';

type IntakeSchemas = IntakeComponents['schemas'];
type PlanningSchemas = PlanningComponents['schemas'];

/** A page of a list (every service pages the same way; the documents name it Seite, Seite_1, … one per item type). */
export interface Page<T> {
  /** absent when the page is empty */
  items?: T[];
  page: number;
  size: number;
  total: number;
}

/** intake Fallzeile: a line of the work list (GET /api/cases) */
export type CaseLine = IntakeSchemas['Fallzeile'];

/** intake CriterionResult */
export type Criterion = IntakeSchemas['CriterionResult'];

/** intake PathResult: one access path of the policy */
export type PathResult = IntakeSchemas['PathResult'];

/** intake Zugangspruefung: an eligibility check, also the criteria snapshot of a referral */
export type EligibilityView = IntakeSchemas['Zugangspruefung'];

/** planning FortfuehrungspruefungAnsicht: a continuation review (the team lead's list of extension requests comes without the texts) */
export type ReviewView = PlanningSchemas['FortfuehrungspruefungAnsicht'];
