// The parts of intake's case view (CaseView.java) the overview shows beyond the shared CaseView type.
import type { CaseView } from '../../caseTypes';

export interface ReferralSection {
  route: string;
  reasons: string[];
  note?: string;
  referredBy: string;
  referredAt: string;
  policyVersion: number;
  secondaryAssignmentDueOn?: string;
  predecessorCaseId?: string;
  /** Antragstellung: the complete benefit application was handed in */
  applicationOn?: string;
  /** Bewilligung der Leistungen */
  benefitDecisionOn?: string;
  /** the first talk is due by then (counted from the benefit decision, where the policy routes) */
  firstTalkDueOn?: string;
}

/** intake CaseView.RoutingSection: the FM area where the policy routes between FMs (UCKERMARK) */
export interface RoutingSection {
  segment: 'MARKET_FAR' | 'MARKET_NEAR' | 'U25';
  handedOverOn?: string;
  invitationDueOn?: string;
  invitationSentOn?: string;
  talkDueOn?: string;
  reviewOn?: string;
  reactivationInstructedOn?: string;
  /** a young customer's target group (UCKERMARK 5.2), while in U25 */
  targetGroup?: 'PUPIL' | 'TRAINING_SEEKER' | 'TRAINING_GRADUATE' | 'PLACEMENT' | 'ACTIVATION';
  targetGroupSince?: string;
  /** end of school (pupils) or of the training (graduates) */
  targetGroupKeyDate?: string;
  /** when the group's transition rule asks to look again */
  targetGroupReviewOn?: string;
}

export interface AdmissionSection {
  admittedOn: string;
  decidedBy: string;
  decidedByRole: string;
  jointCaseDiscussionOn?: string;
  supportVariant: string;
  overCaseloadOverride: boolean;
  policyVersion: number;
  durationStartOn: string;
  maxDurationEndsOn?: string;
}

export interface FullCase {
  caseId: string;
  status: string;
  jobcenterId: string;
  customer: CaseView['customer'];
  ageGroup: 'U25' | 'UE25';
  teamId: string;
  caseManagerId?: string;
  supportRole?: string;
  runningMeasures?: number;
  aghRunning?: boolean;
  referral: ReferralSection;
  decline?: { reason: string; note?: string; declinedBy: string; declinedAt: string; policyVersion: number };
  escalation?: {
    escalatedBy: string;
    escalatedAt: string;
    statement: string;
    decidedBy?: string;
    decidedAt?: string;
    admitted?: boolean;
    decisionNote?: string;
    policyVersion?: number;
  };
  admission?: AdmissionSection;
  firstConsultation?: { dueOn?: string; scheduledOn?: string; heldOn?: string; clarificationPhaseEndsOn?: string };
  deputy?: { deputyId: string; from: string; until: string; customerAgreed: boolean };
  closure?: {
    reasonCode: string;
    integration: boolean;
    closedOn: string;
    closedBy: string;
    handoverAvId?: string;
    handoverOn?: string;
    handoverTeamLeadInvolved?: boolean;
    afterCareUntil?: string;
    note?: string;
    successorCaseId?: string;
    policyVersion: number;
  };
  extensionUntil?: string;
  /** present only where the policy routes between the FMs for customers close to and far from the labour market */
  routing?: RoutingSection;
}

export function fullCase(view: CaseView): FullCase {
  return view as unknown as FullCase;
}

export interface DecisionLine {
  kind: string;
  decidedBy: string;
  decidedByRole: string;
  decidedAt: string;
  policyVersion: number;
  outcome?: string;
  reasonCode?: string;
  note?: string;
}
