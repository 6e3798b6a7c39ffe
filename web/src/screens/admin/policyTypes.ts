// The Jobcenter policy as intake returns it (PolicyView, PolicySettings) and German labels for
// every setting. The service leaves null values and empty lists out of its JSON: normalize() puts
// them back so the screen can work with one shape.

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
  agreementType: string;
  profileScheme: string;
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

export interface PresetView { code: string; source: string; settings: PolicySettings }

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

export const PRESET_LABEL: Record<string, string> = {
  BA2010: 'BA2010 – Mindeststandard der BA (Geschäftsweisung 01/2010)',
  PANKOW: 'PANKOW – Jobcenter Berlin Pankow',
  UCKERMARK: 'UCKERMARK – Jobcenter Uckermark',
  TAH: 'TAH – Jobcenter t.a.h.',
  CUSTOM: 'Angepasst',
};

export const KEY_GROUP: Record<string, string> = {
  PROFESSIONAL_COMPETENCE: 'Berufliche Kompetenz',
  MOTIVATION: 'Motivation / Leistungsbereitschaft',
  SOCIAL_COMPETENCE: 'Soziale Kompetenzen',
  PERFORMANCE_CAPACITY: 'Leistungsfähigkeit',
  LIVING_CONDITIONS: 'Rahmenbedingungen',
};

export const PROFILE_SCHEME: Record<string, { label: string; codes: string[] }> = {
  BA_PROFILES: { label: 'Profillagen der BA', codes: ['MARKET', 'ACTIVATION', 'PROMOTION', 'DEVELOPMENT', 'STABILISATION', 'SUPPORT'] },
  UCKERMARK_CATEGORIES: { label: 'Kundenkategorien A–E, S, X, Y, Z (Uckermark)', codes: ['A', 'B', 'C', 'D', 'E', 'S', 'X', 'Y', 'Z'] },
};

export const PROFILE: Record<string, string> = {
  MARKET: 'Marktprofil', ACTIVATION: 'Aktivierungsprofil', PROMOTION: 'Förderprofil',
  DEVELOPMENT: 'Entwicklungsprofil', STABILISATION: 'Stabilisierungsprofil', SUPPORT: 'Unterstützungsprofil',
};

export function profileLabel(code: string): string {
  return PROFILE[code] ?? `Kategorie ${code}`;
}

export const EXCLUSION: Record<string, string> = {
  MEDICAL_REPORT_PENDING: 'Ärztliches oder psychologisches Gutachten beauftragt und noch nicht eröffnet',
  PENSION_APPLICATION_PENDING: 'Antrag auf Alters- oder Erwerbsminderungsrente in Bearbeitung (auch Widerspruch)',
  REHABILITATION: 'Rehabilitation nach § 19 SGB III wird geprüft oder liegt vor',
  PRIMARY_GOAL_TRAINING_OR_STUDY: 'Kund:in möchte vorrangig eine Ausbildung oder ein Studium aufnehmen',
};

export const CONTACT_FORMAT: Record<string, string> = {
  IN_PERSON: 'Persönliches Gespräch', PHONE: 'Telefonat mit Beratungsvermerk', VIDEO: 'Videoberatung',
  VISIT: 'Besuchende Beratung', WALK_AND_TALK: 'Walk-and-Talk', CASE_CONFERENCE: 'Fallkonferenz', NETWORK: 'Netzwerkkontakt',
};

export const EXTENSION: Record<string, string> = {
  NONE: 'Keine Verlängerung (nur Ausnahmen der Richtlinie)',
  DOCUMENTED_REASONS: 'Mit dokumentierten Gründen',
  TEAM_LEAD_APPROVAL: 'Nur mit Zustimmung der Teamleitung',
};

export const AGREEMENT: Record<string, string> = {
  EINV: 'Eingliederungsvereinbarung (§ 15 SGB II a. F.)',
  KOOPERATIONSPLAN: 'Kooperationsplan (§ 15 SGB II n. F.)',
};

export const DAY_UNIT: Record<string, string> = { CALENDAR_DAYS: 'Kalendertage', WORKING_DAYS: 'Arbeitstage' };

export const options = (map: Record<string, string>) => Object.entries(map).map(([value, label]) => ({ value, label }));
