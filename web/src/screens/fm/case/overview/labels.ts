// German labels for intake's codes in the case overview; unknown codes show as they are.
export { label, ROUTE, CASE_STATUS } from '../../home/labels';

export const ACCESS_REASON: Record<string, string> = {
  MIN_CRITERIA_MET: 'Mindestkriterien erfüllt',
  PROPHYLAXIS_NEW_CUSTOMER: 'Prophylaxe (Neukundin / Neukunde)',
  ENTRENCHMENT: 'Verfestigung',
  DEEPER_BARRIERS_SUSPECTED: 'Tiefere Hemmnisse vermutet',
  SOCIAL_INTEGRATION: 'Sozialintegrativer Ansatz',
  AGH_PARTICIPATION: 'Teilnahme an einer Arbeitsgelegenheit',
};

export const DECLINE_REASON: Record<string, string> = {
  CRITERIA_NOT_MET: 'Zugangskriterien nicht erfüllt',
  NO_PROGRESS_EXPECTED: 'Keine Integrationsfortschritte durch das Fallmanagement zu erwarten',
  CUSTOMER_NOT_WILLING: 'Keine Mitwirkungsbereitschaft der Kundin / des Kunden',
  EXCLUSION_APPLIES: 'Ein Ausschlussgrund liegt vor',
  OTHER_SUPPORT_MORE_SUITABLE: 'Andere Unterstützung ist vorrangig oder besser geeignet',
  OTHER: 'Sonstiges',
};

export const SUPPORT_VARIANT: Record<string, string> = {
  FULL_HANDOVER: 'Vollständige Übergabe (Regel)',
  ACCOMPANYING: 'Begleitende Betreuung (Ausnahme)',
};

export const SUPPORT_ROLE: Record<string, string> = {
  PRIMARY: 'Hauptbetreuung',
  SECONDARY: 'Nebenbetreuung',
};

export const DECISION_KIND: Record<string, string> = {
  REFERRAL: 'Vormerkung',
  ADMISSION: 'Aufnahmeentscheidung',
  ESCALATION: 'Eskalation an die Teamleitung',
  ESCALATION_DECISION: 'Entscheidung der Teamleitung',
  CASELOAD_OVERRIDE: 'Freigabe über den Betreuungsschlüssel',
  FIRST_CONSULTATION: 'Einstiegsberatung',
  DEPUTY: 'Vertretung eingetragen',
  DEPUTY_END: 'Vertretung beendet',
  REASSIGNMENT: 'Neuzuordnung',
  TRANSFER: 'Übergabe im Jobcenter',
  CLOSURE: 'Fallabgang',
};

export const OUTCOME: Record<string, string> = {
  REFERRED: 'vorgemerkt',
  ADMITTED: 'aufgenommen',
  DECLINED: 'abgelehnt',
  ESCALATED: 'eskaliert',
  NOT_ADMITTED: 'nicht aufgenommen',
  CLOSED: 'abgeschlossen',
  PRIMARY: 'Hauptbetreuung',
  SECONDARY: 'Nebenbetreuung',
  U25_TO_UE25: 'Übergang U25 → Ü25',
  RELOCATION: 'Standortwechsel',
  REORGANISATION: 'Neuorganisation',
};

export const ROLE: Record<string, string> = {
  AV: 'Arbeitsvermittlung',
  FM: 'Fallmanagement',
  TL: 'Teamleitung',
  SYSTEM: 'System',
};

export const CRITERION_OUTCOME: Record<string, string> = {
  MET: 'erfüllt',
  NOT_MET: 'nicht erfüllt',
  UNKNOWN: 'unbekannt',
};

export const FACT_SOURCE: Record<string, string> = {
  ASSESSMENT: 'aus dem Profiling',
  INPUT: 'Angabe bei der Zugangsprüfung',
};
