// German labels for the intake codes only the case overview shows (shared ones: domain/labels);
// unknown codes show as they are.

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
