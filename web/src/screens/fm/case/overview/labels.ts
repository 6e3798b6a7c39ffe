// German labels for the intake codes only the case overview shows (shared ones: domain/labels);
// unknown codes show as they are.
import { date } from '../../../../ui/format';

/** A code in words; some decisions record a day instead (the benefit decision, the next review): shown as a date. */
export function codeText(map: Record<string, string>, code?: string | null): string {
  if (!code) return '–';
  if (/^\d{4}-\d{2}-\d{2}$/.test(code)) return date(code);
  return map[code] ?? code;
}

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
  BENEFIT_DECISION: 'Bewilligung der Leistungen erfasst',
  MARKET_NEAR_INVITATION: 'Schriftliche Einladung (arbeitsmarktnah) versandt',
  MARKET_NEAR_REVIEW: 'Einzelfallprüfung der arbeitsmarktnahen Betreuung',
  REACTIVATION_INSTRUCTION: 'Rechtsfolgenbelehrung bei Reaktivierung',
  U25_TARGET_GROUP: 'Zielgruppe U25 erfasst',
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
  MARKET_NEAR_HANDOVER: 'Übergabe an das arbeitsmarktnahe Fallmanagement',
  MARKET_FAR_HANDBACK: 'Rückgabe an das arbeitsmarktferne Fallmanagement',
  CONTINUE: 'Betreuung fortgeführt',
  PUPIL: 'Schülerin / Schüler',
  TRAINING_SEEKER: 'Ausbildungsuchende',
  TRAINING_GRADUATE: 'Ausbildungsabsolventin / -absolvent',
  PLACEMENT: 'Vermittlungskundin / -kunde',
  ACTIVATION: 'Aktivierungskundin / -kunde',
};

/** The FM area where the policy routes between FMs (intake Routing.Segment). */
export const SEGMENT: Record<string, string> = {
  MARKET_FAR: 'arbeitsmarktfernes Fallmanagement',
  MARKET_NEAR: 'arbeitsmarktnahes Fallmanagement',
  U25: 'Fallmanagement U25',
};

/** The five target groups of young customers (UCKERMARK 5.2, intake U25TargetGroup). */
export const TARGET_GROUP: Record<string, string> = {
  PUPIL: 'Schülerin / Schüler',
  TRAINING_SEEKER: 'Ausbildungsuchende',
  TRAINING_GRADUATE: 'Ausbildungsabsolventin / -absolvent',
  PLACEMENT: 'Vermittlungskundin / -kunde',
  ACTIVATION: 'Aktivierungskundin / -kunde',
};

/** The day a target group needs (the others need none): the end of school or of the training. */
export const TARGET_GROUP_KEY_DATE: Record<string, string> = {
  PUPIL: 'Voraussichtliches Schulende',
  TRAINING_GRADUATE: 'Ende der Ausbildung',
};

/** The kinds of a transfer within the Jobcenter (intake TransferKind), as the transfer form offers them. */
export const TRANSFER_KIND: Record<string, string> = {
  U25_TO_UE25: 'Übergang vom U25- ins Ü25-Fallmanagement',
  RELOCATION: 'Standortwechsel (Umzug innerhalb des Jobcenters)',
  REORGANISATION: 'Organisatorische Neuzuordnung',
  MARKET_NEAR_HANDOVER: 'Übergabe an das arbeitsmarktnahe Fallmanagement',
  MARKET_FAR_HANDBACK: 'Rückgabe an das arbeitsmarktferne Fallmanagement (mit Begründung)',
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
