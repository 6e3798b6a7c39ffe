// planning-service's measure and reduction-check shapes (MeasureController, ReductionController); the
// continuation review (ReviewController) is in api/types, the team lead decides on its extensions.
import type { components } from '../../../../api/generated/planning';

type Schemas = components['schemas'];

export type MeasureView = Schemas['MassnahmeAnsicht'];

export type ReductionCheckView = Schemas['MinderungspruefungAnsicht'];

export const DECISION_LABEL: Record<string, string> = {
  CONTINUE: 'Fortführen',
  CLOSE: 'Beendigung empfehlen',
  EXTEND: 'Über die Höchstdauer hinaus verlängern',
};

export const BASIS_LABEL: Record<string, string> = {
  WITHIN_MAX_DURATION: 'innerhalb der Höchstdauer',
  NO_MAX_DURATION: 'keine Höchstdauer',
  AGH_RUNNING: 'Arbeitsgelegenheit läuft (über die Höchstdauer hinaus)',
  EXTENSION: 'Verlängerung',
  CLOSURE: 'Beendigung empfohlen',
};

export const EXTENSION_LABEL: Record<string, { label: string; tone: 'ok' | 'warn' | 'danger' | 'neutral' | 'info' }> = {
  NOT_NEEDED: { label: 'nicht nötig', tone: 'neutral' },
  REQUESTED: { label: 'beantragt – Teamleitung entscheidet', tone: 'warn' },
  APPROVED: { label: 'genehmigt', tone: 'ok' },
  REJECTED: { label: 'abgelehnt', tone: 'danger' },
};

export const INSTRUMENT_LABEL: Record<string, string> = {
  ACTIVATION_45: 'Aktivierung und berufliche Eingliederung (§ 16 SGB II i. V. m. § 45 SGB III)',
  FURTHER_TRAINING_81: 'Berufliche Weiterbildung (§ 16 SGB II i. V. m. § 81 SGB III)',
  AGH_16D: 'Arbeitsgelegenheit (AGH, § 16d SGB II)',
  EVL_16E: 'Eingliederung von Langzeitarbeitslosen (EVL, § 16e SGB II)',
  TAAM_16I: 'Teilhabe am Arbeitsmarkt (TaAM, § 16i SGB II)',
  MUNICIPAL_16A: 'Kommunale Eingliederungsleistung (§ 16a SGB II)',
  OTHER_16: 'Sonstige Leistung (§ 16 SGB II)',
};

export const OUTCOME_LABEL: Record<string, string> = {
  COMPLETED_SUCCESSFULLY: 'erfolgreich abgeschlossen',
  COMPLETED: 'abgeschlossen',
  ABORTED_BY_CUSTOMER: 'abgebrochen durch die Kundin / den Kunden',
  ABORTED_BY_PROVIDER: 'abgebrochen durch den Träger',
  ABORTED_FOR_INTEGRATION: 'beendet wegen Arbeitsaufnahme',
  ABORTED_OTHER: 'abgebrochen aus anderem Grund',
};

export const BREACH_LABEL: Record<string, string> = {
  OBLIGATION_NOT_FULFILLED: 'In der Aufforderung festgelegte Pflicht nicht erfüllt (§ 31 Abs. 1 Nr. 1)',
  REASONABLE_OFFER_REFUSED: 'Zumutbare Arbeit oder Ausbildung nicht aufgenommen (§ 31 Abs. 1 Nr. 2)',
  MEASURE_ABORTED: 'Maßnahme nicht angetreten oder abgebrochen (§ 31 Abs. 1 Nr. 3)',
  MISSED_APPOINTMENT: 'Meldeversäumnis (§ 32)',
};

/** planning DutyController: written duty demands (Aufforderung, § 15 Abs. 6 SGB II) and offers */
export type DutyDemandView = Schemas['AufforderungAnsicht'];

export type OfferView = Schemas['AngebotAnsicht'];

export const DUTY_LABEL: Record<string, string> = {
  OWN_EFFORTS: 'Eigenbemühungen (Bewerbungen) im festgelegten Umfang nachweisen',
  APPLY_FOR_JOB: 'Sich auf ein bestimmtes Stellenangebot bewerben',
  APPLICATION_DOCUMENTS: 'Bewerbungsunterlagen erstellen und vorlegen',
  TAKE_PART_IN_MEASURE: 'An einer vereinbarten Maßnahme teilnehmen',
  PRESENT_TO_EMPLOYER: 'Sich bei einem Arbeitgeber oder Träger vorstellen',
};

export const OFFER_KIND_LABEL: Record<string, string> = {
  JOB: 'Arbeitsstelle',
  TRAINING: 'Ausbildung',
  MEASURE: 'Maßnahme',
};

export const OFFER_RESPONSE_LABEL: Record<string, string> = {
  ACCEPTED: 'angenommen',
  REFUSED: 'abgelehnt',
  NOT_TAKEN_UP: 'nicht angetreten oder vereitelt',
};

export const REDUCTION_OUTCOME_LABEL: Record<string, string> = {
  NO_REDUCTION: 'keine Leistungsminderung',
  REDUCTION_PROPOSED: 'Leistungsminderung vorgeschlagen (Entscheidung: Leistungsstelle)',
};
