// Service answers read by several screens, as the services' OpenAPI documents describe them
// (src/api/generated, `npm run api:generate`). Shapes one screen alone reads live next to that screen.
import type { components as IntakeComponents } from './generated/intake';
import type { components as PlanningComponents } from './generated/planning';

type IntakeSchemas = IntakeComponents['schemas'];
type PlanningSchemas = PlanningComponents['schemas'];

/**
 * T with the properties K required. For properties a service always sends but its document leaves out of
 * `required`: micronaut-openapi lets an explicit @Schema(description = …) on a record component decide
 * requiredness, and its default is "not required" (micronaut-openapi#643). Fixed in the service
 * (@Schema(requiredMode = REQUIRED)), the property is required in the generated type and this is a no-op.
 */
export type WithRequired<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

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
