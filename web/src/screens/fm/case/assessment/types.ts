// Shapes of assessment-service, from its OpenAPI document (src/api/generated/assessment.ts).
import type { components } from '../../../../api/generated/assessment';
import type { ProfileScheme } from '../../../../domain/policy';

type Schemas = components['schemas'];

export type Occupation = Schemas['AssessmentViews.OccupationView'];
/** Handlungsbedarfseintrag */
export type NeedView = Schemas['Handlungsbedarfseintrag'];
export type Strength = Schemas['AssessmentViews.StrengthView'];
export type Rating = Schemas['AssessmentViews.RatingView'];
/** Assessmentversion */
export type AssessmentVersion = Omit<Schemas['Assessmentversion'], 'scheme'> & {
  /** a plain string in the document (AssessmentViews declares it String); the values are the policy's ProfileScheme */
  scheme: ProfileScheme;
};
/** Fortschritt: what changed between two versions */
export type Progress = Schemas['Fortschritt'];
export type Catalogue = Schemas['CatalogueController.Catalogue'];
/** Assessmentuebersicht: the team colleague's view (no protected content) */
export type AssessmentSummary = Schemas['Assessmentuebersicht'];
