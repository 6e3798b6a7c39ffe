// German labels for the intake-service codes the AV screens show; unknown codes show the code.

import type { Option } from '../../ui/forms';

export function label(map: Record<string, string>, code?: string | null): string {
  if (!code) return '–';
  return map[code] ?? code;
}

export function options(map: Record<string, string>, codes: string[] = Object.keys(map)): Option[] {
  return codes.map((value) => ({ value, label: map[value] ?? value }));
}

/** CaseStatus */
export const CASE_STATUS: Record<string, string> = {
  REFERRED: 'Vorgemerkt',
  DECLINED: 'Vom FM abgelehnt',
  ESCALATED: 'Bei der Teamleitung',
  NOT_ADMITTED: 'Nicht aufgenommen',
  ADMITTED: 'Aufgenommen',
  ACTIVE: 'In Betreuung',
  CLOSED: 'Beendet',
};

export const CASE_STATUS_TONE: Record<string, 'neutral' | 'ok' | 'warn' | 'danger' | 'info'> = {
  REFERRED: 'info',
  DECLINED: 'danger',
  ESCALATED: 'warn',
  NOT_ADMITTED: 'neutral',
  ADMITTED: 'ok',
  ACTIVE: 'ok',
  CLOSED: 'neutral',
};

/** ReferralRoute (DOMAIN.md §3); RELOCATION is created by the system only. */
export const ROUTE: Record<string, string> = {
  AV: 'Vormerkung durch die Arbeitsvermittlung',
  NEW_CUSTOMER_CENTRE: 'Neukundenzentrum',
  FAMILY: 'Angehörige / Familie',
  NETWORK_PARTNER: 'Netzwerkpartner',
  LEGAL_GUARDIAN: 'Gesetzliche Betreuung',
  RELOCATION: 'Übernahme nach Umzug',
};
export const REFERRAL_ROUTES = ['AV', 'NEW_CUSTOMER_CENTRE', 'FAMILY', 'NETWORK_PARTNER', 'LEGAL_GUARDIAN'];

export const AGE_GROUP: Record<string, string> = { U25: 'U25', UE25: 'Ü25' };

/** AccessReason: the access paths of the policy (DOMAIN.md §4). */
export const ACCESS_REASON: Record<string, string> = {
  MIN_CRITERIA_MET: 'Mindestkriterien erfüllt',
  PROPHYLAXIS_NEW_CUSTOMER: 'Prophylaxe bei Neukundinnen und Neukunden',
  ENTRENCHMENT: 'Verfestigter Handlungsbedarf',
  DEEPER_BARRIERS_SUSPECTED: 'Tieferliegende Vermittlungshemmnisse vermutet',
  SOCIAL_INTEGRATION: 'Sozial-integrativer Ansatz',
  AGH_PARTICIPATION: 'Arbeitsgelegenheit (§ 16d SGB II)',
};

/** KeyGroup (DOMAIN.md §5.1), in the order of the assessment. */
export const KEY_GROUP: Record<string, string> = {
  PROFESSIONAL_COMPETENCE: 'Berufliche Kompetenz',
  MOTIVATION: 'Motivation/Leistungsbereitschaft',
  SOCIAL_COMPETENCE: 'Soziale Kompetenzen',
  PERFORMANCE_CAPACITY: 'Leistungsfähigkeit',
  LIVING_CONDITIONS: 'Rahmenbedingungen',
};
export const KEY_GROUPS = Object.keys(KEY_GROUP);

/** ExclusionCriterion (TAH 4.2, DOMAIN.md §4.3). */
export const EXCLUSION: Record<string, string> = {
  MEDICAL_REPORT_PENDING: 'Ärztliches oder psychologisches Gutachten beauftragt, noch nicht eröffnet',
  PENSION_APPLICATION_PENDING: 'Antrag auf Alters- oder Erwerbsminderungsrente in Bearbeitung (auch Widerspruch)',
  REHABILITATION: 'Rehabilitation nach § 19 SGB III wird geprüft oder liegt vor',
  PRIMARY_GOAL_TRAINING_OR_STUDY: 'Vorrangiges Ziel: Ausbildung oder Studium',
};

export const BA_PROFILE: Record<string, string> = {
  MARKET: 'Marktprofil',
  ACTIVATION: 'Aktivierungsprofil',
  PROMOTION: 'Förderprofil',
  DEVELOPMENT: 'Entwicklungsprofil (komplex)',
  STABILISATION: 'Stabilisierungsprofil (komplex)',
  SUPPORT: 'Unterstützungsprofil (komplex)',
};

export const CUSTOMER_CATEGORY: Record<string, string> = {
  A: 'A – arbeitsmarktnah',
  B: 'B – integrationsnah',
  C: 'C – integrationsnah',
  D: 'D – komplexe Profillage',
  E: 'E – komplexe Profillage',
  S: 'S – Selbständige',
  X: 'X – Integration längerfristig nicht möglich / ungeklärt',
  Y: 'Y – vorübergehend verhindert',
  Z: 'Z – Integration längerfristig nicht möglich',
};

export const FACT_SOURCE: Record<string, string> = {
  ASSESSMENT: 'aus dem letzten Assessment',
  INPUT: 'Ihre Angabe',
};

/** NonReferralReason (PANKOW 4.2, BA2010 3b). */
export const NON_REFERRAL_REASON: Record<string, string> = {
  MISSING_COOPERATION: 'Erforderliche Mitwirkung wird verweigert',
  CUSTOMER_DECLINES: 'Kundin / Kunde lehnt das Fallmanagement ab',
  INTEGRATION_IMMINENT: 'Integration steht unmittelbar bevor',
  OTHER_SUPPORT_PRIORITY: 'Andere Unterstützung ist vorrangig',
  TEMPORARY_OBSTACLE: 'Vorübergehendes Hindernis (z. B. Erkrankung, Elternzeit)',
  OTHER: 'Sonstiges (Begründung erforderlich)',
};

/** RecheckOutcome */
export const RECHECK_OUTCOME: Record<string, string> = {
  CONFIRMED: 'Nichtvormerkung bleibt bestehen',
  REFERRED: 'Kundin / Kunde wird jetzt vorgemerkt',
  CRITERIA_NO_LONGER_MET: 'Zugangskriterien liegen nicht mehr vor',
};

/** DeclineReason (shown to the referring AV before an escalation). */
export const DECLINE_REASON: Record<string, string> = {
  CRITERIA_NOT_MET: 'Zugangskriterien nicht erfüllt',
  NO_PROGRESS_EXPECTED: 'Keine Integrationsfortschritte durch das FM zu erwarten',
  CUSTOMER_NOT_WILLING: 'Keine Mitwirkungsbereitschaft',
  EXCLUSION_APPLIES: 'Ein Ausschlussgrund liegt vor',
  OTHER_SUPPORT_MORE_SUITABLE: 'Andere Unterstützung vorrangig oder besser geeignet',
  OTHER: 'Sonstiges',
};

/** FM teams offered for a referral; any other team id can be typed in. */
export const FM_TEAMS = ['team-fm-1', 'team-fm-2'];
