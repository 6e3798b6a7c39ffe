// Service answers read by several screens. The services leave out null fields and empty lists,
// hence the many optional members. Shapes one screen alone reads live next to that screen.

/** A page of a list (every service pages the same way). */
export interface Page<T> {
  /** absent when the page is empty */
  items?: T[];
  page: number;
  size: number;
  total: number;
}

/** intake ListViews.CaseLine: a line of the work list (GET /api/cases) */
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

/** intake CriterionResult */
export interface Criterion {
  code: string;
  label: string;
  required: string;
  actual: string;
  outcome: 'MET' | 'NOT_MET' | 'UNKNOWN';
  fact?: string;
  source?: 'ASSESSMENT' | 'INPUT';
}

/** intake PathResult: one access path of the policy */
export interface PathResult {
  reason: string;
  allowedByPolicy: boolean;
  satisfied: boolean;
  criteria?: string[];
}

/** intake EligibilityView: an eligibility check, also the criteria snapshot of a referral */
export interface EligibilityView {
  policyVersion: number;
  eligible: boolean;
  satisfiedReasons?: string[];
  criteria?: Criterion[];
  paths?: PathResult[];
  /** absent when the policy has none */
  exclusions?: Criterion[];
}

/** planning ReviewView: a continuation review (the team lead's list of extension requests comes without the texts) */
export interface ReviewView {
  id: string;
  caseId: string;
  reviewedOn: string;
  decision: string;
  reasons?: string | null;
  prognosis?: string | null;
  basis: string;
  extension: string;
  extendedUntil?: string | null;
  decidedBy?: string | null;
  decisionNote?: string | null;
  nextReviewDueOn?: string | null;
  policyVersion: number;
  reviewedBy: string;
  recordedAt: string;
}
