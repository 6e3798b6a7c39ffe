// Shapes of intake-service answers the AV screens use (intake-service/src/main/java/**/api).
// The service leaves out null fields and empty lists, hence the many optional members.
import type { EligibilityView } from '../../api/types';

/** ReferralView (answer of POST /api/referrals) */
export interface ReferralView {
  caseId: string;
  status: string;
  caseFile: {
    teamId: string;
    ageGroup: string;
    customer: { customerNumber: string; firstName: string; lastName: string };
  };
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
