// The Jobcenter's policy in force (intake GET /api/policy): what the case screens need of it.
import { api, type ApiError } from '../../../../api/client';

export interface ClosureReason {
  code: string;
  label: string;
  integration: boolean;
  handoverToAv: boolean;
  requiresMaxDurationReached: boolean;
  requiresClarificationPhaseEnded: boolean;
}

export interface PolicySettings {
  secondaryAssignmentDays?: number;
  firstConsultationDeadline?: { amount: number; unit: 'CALENDAR_DAYS' | 'WORKING_DAYS' };
  jointCaseDiscussionRequired: boolean;
  clarificationPhaseMonths?: number;
  maxDurationMonths?: number;
  profileScheme: 'BA_PROFILES' | 'UCKERMARK_CATEGORIES';
  closureReasons: ClosureReason[];
  afterCareMaxMonths?: number;
  deputyNeedsCustomerAgreement: boolean;
}

export interface Policy {
  jobcenterId: string;
  version: number;
  presetCode: string;
  basePreset: string;
  settings: PolicySettings;
}

export function loadPolicy(signal?: AbortSignal): Promise<Policy> {
  return api<Policy>('intake', '/api/policy', { signal });
}

/** Whether the service refused with this rule code (a violation's rule, or the problem type). */
export function hasRule(error: ApiError | undefined, rule: string): boolean {
  if (!error) return false;
  return (error.problem.violations ?? []).some((v) => v.rule === rule) || error.problem.type === rule;
}
