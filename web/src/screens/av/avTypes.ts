// Shapes of intake-service answers the AV screens use (intake-service/src/main/java/**/api).
// The service leaves out null fields and empty lists, hence the many optional members.

export interface Page<T> {
  items?: T[];
  page: number;
  size: number;
  total: number;
}

/** ListViews.CaseLine */
export interface CaseLine {
  caseId: string;
  status: string;
  customerNumber: string;
  firstName: string;
  lastName: string;
  ageGroup: string;
  teamId: string;
  route: string;
  referredBy: string;
  referredAt: string;
  caseManagerId?: string;
  admittedOn?: string;
  nextDueOn?: string;
}

export type Outcome = 'MET' | 'NOT_MET' | 'UNKNOWN';

/** CriterionResult */
export interface Criterion {
  code: string;
  label: string;
  required: string;
  actual: string;
  outcome: Outcome;
  fact?: string;
  source?: 'ASSESSMENT' | 'INPUT';
}

/** PathResult */
export interface PathResult {
  reason: string;
  allowedByPolicy: boolean;
  satisfied: boolean;
  criteria?: string[];
}

/** EligibilityView */
export interface EligibilityView {
  policyVersion: number;
  eligible: boolean;
  satisfiedReasons?: string[];
  criteria?: Criterion[];
  paths?: PathResult[];
  exclusions?: Criterion[];
}

/** ReferralView (answer of POST /api/referrals) */
export interface ReferralView {
  caseId: string;
  status: string;
  caseFile: { teamId: string; ageGroup: string; customer: { customerNumber: string; firstName: string; lastName: string } };
  eligibility: EligibilityView;
}

/** NonReferralController.RecheckView */
export interface RecheckView {
  number: number;
  checkedBy: string;
  checkedOn: string;
  outcome: string;
  reasonCode?: string;
  note?: string;
  nextDueOn?: string;
  policyVersion: number;
}

/** NonReferralController.View */
export interface NonReferralView {
  id: string;
  status: 'OPEN' | 'RESOLVED';
  customerNumber: string;
  firstName: string;
  lastName: string;
  teamId: string;
  reason: string;
  note?: string;
  recordedBy: string;
  recordedAt: string;
  policyVersion: number;
  recheckDueOn?: string;
  overdue: boolean;
  rechecks: number;
  history?: RecheckView[];
}

/** The parts of GET /api/policy the AV screens read. */
export interface PolicyView {
  version: number;
  presetCode: string;
  basePreset?: string;
  settings: {
    access: {
      minNeeds?: number;
      countedKeyGroups?: string[];
      complexProfiles?: string[];
      integrationNotExpectedWithinMonths?: number;
      progressExpectedRequired?: boolean;
      prophylaxisNewCustomerDays?: number;
      entrenchmentVariant?: boolean;
      deeperBarriersVariant?: boolean;
      socialIntegrationVariant?: boolean;
      aghParticipantsAdmitted?: boolean;
    };
    exclusions?: string[];
    nonReferralRecheckMonths?: number;
    profileScheme?: 'BA_PROFILES' | 'UCKERMARK_CATEGORIES';
  };
}
