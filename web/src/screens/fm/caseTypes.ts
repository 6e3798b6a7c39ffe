// The case file as intake-service returns it (GET /svc/intake/api/cases/{caseId}); fields the
// screens do not use yet are left out. Other services' shapes live next to their tabs.

export interface CaseView {
  caseId: string;
  status: string;
  jobcenterId: string;
  customer: {
    customerRef: string;
    customerNumber: string;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    householdRef?: string;
    teamId?: string;
    responsibleAvId?: string;
  };
  ageGroup: 'U25' | 'UE25';
  teamId: string;
  referral?: {
    route: string;
    reasons: string[];
    note?: string;
    referredBy: string;
    referredAt: string;
    policyVersion: number;
  };
  admission?: Record<string, unknown> & {
    admittedOn?: string;
    maxDurationEndsOn?: string;
    durationStartOn?: string;
    supportVariant?: string;
  };
  caseManagerId?: string;
  deputy?: { deputyId: string; from?: string; until?: string };
  supportRole?: string;
  firstConsultation?: Record<string, unknown>;
  /** intake CaseView.closure; afterCareUntil: the end of the after-care period agreed at closure */
  closure?: Record<string, unknown> & { closedOn?: string; afterCareUntil?: string };
  runningMeasures?: number;
  aghRunning?: boolean;
  [key: string]: unknown;
}
