// Shapes of assessment-service (AssessmentViews.java, AssessmentRequest.java, CatalogueController.java).
import type { ProfileScheme } from '../../../../domain/policy';

export interface Occupation {
  title: string;
  kldbCode?: string;
}

export interface NeedView {
  needId: string;
  keyGroup: string;
  code: string;
  label: string;
  healthRelated: boolean;
  description?: string;
  status: string;
  priority: string;
  entrenched: boolean;
  identifiedOn: string;
  statusSince: string;
  linkedToTargetOccupation: boolean;
  linkReason?: string;
}

export interface Strength {
  kind: string;
  description: string;
}

export interface Rating {
  customer: number;
  caseManager: number;
}

export interface AssessmentVersion {
  assessmentId: string;
  caseId: string;
  version: number;
  assessedOn: string;
  validUntil: string;
  assessedBy: string;
  targetOccupation?: Occupation;
  alternativeOccupations?: Occupation[];
  needs?: NeedView[];
  strengths?: Strength[];
  prognosisHorizonMonths?: number;
  marketNear?: boolean;
  scheme: ProfileScheme;
  profileCode: string;
  categoryChangeReason?: string;
  categoryChangeNote?: string;
  resubmissionOn?: string;
  obstructionEndsOn?: string;
  householdCaseIds?: string[];
  openNeedsByKeyGroup?: Record<string, { open: number; resolved: number }>;
  coRating?: Record<string, Rating>;
  completedAt: string;
  /** the case's age group: U25 customers' first key group is "Schulische Qualifikation / berufliche Kompetenz" */
  ageGroup?: 'U25' | 'UE25';
}

export interface Progress {
  fromVersion: number;
  toVersion: number;
  resolved?: NeedView[];
  added?: NeedView[];
  worsened?: NeedView[];
  fromProfile?: string;
  toProfile: string;
  profileDirection: 'UP' | 'DOWN' | 'LATERAL';
  strengthsGained?: Strength[];
  ratingChange?: Record<string, Rating>;
}

export interface Catalogue {
  keyGroups: { code: string; label: string; needs: { code: string; label: string; healthRelated: boolean }[] }[];
  strengthKinds: string[];
  categoryChangeReasons: string[];
  progressDimensions: { code: string; label: string }[];
  scaleAnchors: string[];
}

/** The team colleague's view (no protected content) */
export interface AssessmentSummary {
  caseId: string;
  version: number;
  assessedOn: string;
  validUntil: string;
  profileCode: string;
  marketNear?: boolean;
  openNeedsByKeyGroup?: Record<string, { open: number; resolved: number }>;
  needs?: { needId: string; keyGroup: string; code: string; status: string; priority: string; entrenched: boolean }[];
  protectedContentHidden: boolean;
  /** the case's age group (labels the first key group, see AssessmentVersion) */
  ageGroup?: 'U25' | 'UE25';
}
