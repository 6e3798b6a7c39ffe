// The Jobcenter's policy (lokale Umsetzungsstrategie) as intake returns it (PolicyView,
// PolicySettings). The service leaves null values and empty lists out of its JSON: normalize()
// puts them back so every screen works with one shape; loadPolicy() does that for the policy in force.
import { api } from '../api/client';

export type ProfileScheme = 'BA_PROFILES' | 'UCKERMARK_CATEGORIES';

export interface AccessRules {
  minNeeds?: number | null;
  countedKeyGroups: string[];
  complexProfiles: string[];
  integrationNotExpectedWithinMonths?: number | null;
  progressExpectedRequired: boolean;
  prophylaxisNewCustomerDays?: number | null;
  entrenchmentVariant: boolean;
  deeperBarriersVariant: boolean;
  socialIntegrationVariant: boolean;
  aghParticipantsAdmitted: boolean;
  /** every customer has an FM, routed by category and age; no access criterion (UCKERMARK 2.1, 3) */
  everyCustomer?: boolean;
}

export interface ClosureReason {
  code: string;
  label: string;
  integration: boolean;
  handoverToAv: boolean;
  requiresMaxDurationReached: boolean;
  requiresClarificationPhaseEnded: boolean;
}

export interface ContactRule {
  minPerYear?: number | null;
  maxGapMonths?: number | null;
  maxGapMonthsByCategory: Record<string, number>;
  countedFormats: string[];
  /** categories without a contact rule: their resubmission date governs (UCKERMARK 4.1.1: X, Y, Z) */
  exemptCategories?: string[];
}

export interface CaseloadRatio {
  maxUe25?: number | null;
  maxU25?: number | null;
  targetMin?: number | null;
  includesLeadsAndAssistants: boolean;
}

export interface Deadline {
  amount: number;
  unit: 'CALENDAR_DAYS' | 'WORKING_DAYS';
  /** what a first-consultation deadline counts from: the admission (default) or the application (UCKERMARK 3) */
  countsFrom?: 'ADMISSION' | 'APPLICATION' | null;
}

/**
 * Routing between the FMs for customers close to and far from the labour market, with the deadlines of each route
 * (UCKERMARK 3, 4.1, 4.2, 6.6; intake RoutingRules). Absent where the policy does not route.
 */
export interface RoutingRules {
  /** categories whose customers aged 25 and over go to the market-near FM after the Einstiegsberatung */
  marketNearCategories: string[];
  /** the first talk after the benefit decision (Bewilligung) */
  firstTalkAfterBenefitDecision: Deadline;
  /** the written invitation after the handover to the market-near FM */
  marketNearInvitation: Deadline;
  /** the first talk after the handover */
  marketNearFirstTalk: Deadline;
  /** the market-near FM reviews after this many months whether to go on; no automatic end */
  marketNearReviewMonths: number;
}

export interface PolicySettings {
  access: AccessRules;
  exclusions: string[];
  nonReferralRecheckMonths?: number | null;
  secondaryAssignmentDays?: number | null;
  firstConsultationDeadline?: Deadline | null;
  jointCaseDiscussionRequired: boolean;
  clarificationPhaseMonths?: number | null;
  continuationReviewMonths: number;
  maxDurationMonths?: number | null;
  maxDurationExtension: string;
  aghContinuesBeyondMaxDuration: boolean;
  contactRule?: ContactRule | null;
  caseloadRatio?: CaseloadRatio | null;
  agreementMaxValidityMonths?: number | null;
  profileScheme: ProfileScheme;
  closureReasons: ClosureReason[];
  afterCareMaxMonths?: number | null;
  deputyNeedsCustomerAgreement: boolean;
  u25TransferAfterRunningMeasures: boolean;
  routing?: RoutingRules | null;
}

export interface PolicyView {
  jobcenterId: string;
  version: number;
  presetCode: string;
  basePreset: string;
  settings: PolicySettings;
  effectiveFrom: string;
  changedBy: string;
  changedAt: string;
  changeNote: string;
}

export function normalize(s: PolicySettings): PolicySettings {
  const access = s.access ?? ({} as AccessRules);
  return {
    ...s,
    access: {
      ...access,
      countedKeyGroups: access.countedKeyGroups ?? [],
      complexProfiles: access.complexProfiles ?? [],
    },
    exclusions: s.exclusions ?? [],
    closureReasons: s.closureReasons ?? [],
    contactRule: s.contactRule
      ? {
          ...s.contactRule,
          maxGapMonthsByCategory: s.contactRule.maxGapMonthsByCategory ?? {},
          countedFormats: s.contactRule.countedFormats ?? [],
          exemptCategories: s.contactRule.exemptCategories ?? [],
        }
      : null,
    routing: s.routing ? { ...s.routing, marketNearCategories: s.routing.marketNearCategories ?? [] } : null,
    caseloadRatio: s.caseloadRatio ?? null,
    firstConsultationDeadline: s.firstConsultationDeadline ?? null,
  };
}

export function normalizePolicy(p: PolicyView): PolicyView {
  return { ...p, settings: normalize(p.settings) };
}

/** The policy in force (GET /api/policy), normalized. */
export function loadPolicy(signal?: AbortSignal): Promise<PolicyView> {
  return api<PolicyView>('intake', '/api/policy', { signal }).then(normalizePolicy);
}
