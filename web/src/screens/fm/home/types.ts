// Shapes of the work-list answers the FM start page reads (intake, planning, assessment, network).

/** intake ListViews.DeadlineView */
export interface IntakeDeadline {
  caseId: string;
  kind: string;
  dueOn: string;
  overdue: boolean;
  customerNumber: string;
  firstName: string;
  lastName: string;
  caseManagerId?: string;
}

/** planning WorkLists.ContactDue */
export interface ContactDue {
  caseId: string;
  caseManagerId?: string;
  status: string;
  nextContactDueOn?: string;
  overdue: boolean;
  countedLastYear: number;
  requiredSoFar: number;
}

/** planning WorkLists.ReviewDue */
export interface ReviewDue {
  caseId: string;
  caseManagerId?: string;
  kind: string;
  dueOn: string;
  overdue: boolean;
  extensionApproved: boolean;
}

/** planning WorkLists.AgreementExpiring */
export interface AgreementExpiring {
  caseId: string;
  caseManagerId?: string;
  agreementId: string;
  type: string;
  /** REVIEW: the joint review is due (the law: within six months); EXPIRY: the policy's validity ends first */
  reason: 'REVIEW' | 'EXPIRY';
  dueOn: string;
  validUntil?: string | null;
  reviewOn?: string | null;
  expired: boolean;
}

/** planning WorkLists.MeasureEnding */
export interface MeasureEnding {
  caseId: string;
  caseManagerId?: string;
  measureId: string;
  instrument: string;
  title: string;
  plannedEndOn: string;
  caseConferenceBy?: string;
  caseConferenceHeld: boolean;
  overdue: boolean;
}

/** assessment AssessmentViews.DueView */
export interface ResubmissionDue {
  caseId: string;
  version: number;
  profileCode: string;
  kind: string;
  dueOn: string;
  overdue: boolean;
  caseManagerId?: string;
}

/** network ReferralController.ReferralView (the due list carries no case id) */
export interface PartnerReferralDue {
  id: string;
  caseId: string;
  partnerId: string;
  service: string;
  status: string;
  referenceCode: string;
  customer?: { name?: string; phone?: string; email?: string };
  dueOn?: string;
  sentAt: string;
}

export interface PartnerLine {
  id: string;
  name: string;
}
