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
}

export interface CaseloadRatio {
  maxUe25?: number | null;
  maxU25?: number | null;
  targetMin?: number | null;
  includesLeadsAndAssistants: boolean;
}

export interface Deadline { amount: number; unit: 'CALENDAR_DAYS' | 'WORKING_DAYS' }

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
    access: { ...access, countedKeyGroups: access.countedKeyGroups ?? [], complexProfiles: access.complexProfiles ?? [] },
    exclusions: s.exclusions ?? [],
    closureReasons: s.closureReasons ?? [],
    contactRule: s.contactRule
      ? { ...s.contactRule, maxGapMonthsByCategory: s.contactRule.maxGapMonthsByCategory ?? {}, countedFormats: s.contactRule.countedFormats ?? [] }
      : null,
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
