// network-service's consent, referral, conference and disclosure shapes (ConsentController,
// ReferralController, ConferenceController, DisclosureController). Empty lists may be left out.
import type { components } from '../../../../api/generated/network';

type Schemas = components['schemas'];

export type ConsentFormView = Schemas['EinwilligungsformularAnsicht'];

export type ConsentView = Schemas['EinwilligungAnsicht'];

export type HistoryView = Schemas['EinwilligungsHistorie'];

export type CaseConsents = Schemas['EinwilligungenDesFalls'];

export type ReferralView = Schemas['UeberweisungAnsicht'];

export type ConferenceView = Schemas['FallkonferenzAnsicht'];

export type DisclosureReportView = Schemas['Auskunft'];

export const SCOPE_LABEL: Record<string, string> = {
  APPOINTMENT_ATTENDANCE: 'Termin vereinbart und wahrgenommen / nicht wahrgenommen',
  PARTICIPATION_DATES: 'Beginn und Ende der Teilnahme',
  COMPLETION_OR_ABORT: 'Abschluss oder Abbruch (codierter Grund)',
  NEXT_STEP_RECOMMENDATION: 'Empfehlung für nächste Schritte (codiert)',
  CONTACT_DETAILS: 'Name und Erreichbarkeit der Kundin / des Kunden',
};

export const CONSENT_STATUS: Record<string, { label: string; tone: 'ok' | 'neutral' | 'danger' | 'warn' | 'info' }> = {
  GIVEN: { label: 'erteilt', tone: 'ok' },
  REFUSED: { label: 'abgelehnt – ohne Folgen', tone: 'neutral' },
  REVOKED: { label: 'widerrufen', tone: 'danger' },
  SUPERSEDED: { label: 'ersetzt', tone: 'neutral' },
  EXPIRED: { label: 'abgelaufen', tone: 'warn' },
};

export const HISTORY_KIND: Record<string, string> = {
  REQUESTED: 'angefragt',
  GIVEN: 'erteilt',
  REFUSED: 'abgelehnt',
  LIMITED: 'beschränkt (neue Einwilligung)',
  RENEWED: 'verlängert (neue Einwilligung)',
  SUPERSEDED: 'ersetzt',
  REVOKED: 'widerrufen',
  EXPIRED: 'abgelaufen',
};

export const CHANNEL_LABEL: Record<string, string> = {
  WRITTEN: 'schriftlich',
  ELECTRONIC: 'elektronisch',
};

/** Badge tones of a partner referral's status (labels: domain/labels REFERRAL_STATUS). */
export const REFERRAL_STATUS_TONE: Record<string, 'ok' | 'neutral' | 'danger' | 'warn' | 'info'> = {
  REQUESTED: 'info',
  ACCEPTED: 'info',
  REJECTED: 'danger',
  STARTED: 'info',
  COMPLETED: 'ok',
  ABORTED: 'warn',
  REVOKED: 'neutral',
  ENDED_BY_CLOSURE: 'neutral',
};

export const REASON_LABEL: Record<string, string> = {
  NO_CAPACITY: 'keine Kapazität',
  NOT_RESPONSIBLE: 'nicht zuständig',
  SERVICE_NOT_SUITABLE: 'Angebot passt nicht',
  CUSTOMER_NOT_REACHED: 'Kundin / Kunde nicht erreicht',
  CUSTOMER_ENDED: 'von der Kundin / dem Kunden beendet',
  NO_SHOW_REPEATED: 'wiederholt nicht erschienen',
  MOVED_AWAY: 'verzogen',
  HEALTH_REASONS: 'gesundheitliche Gründe',
  REFERRED_ELSEWHERE: 'an andere Stelle verwiesen',
  OTHER_CODED: 'sonstiger Grund',
};

export const NEXT_STEP_LABEL: Record<string, string> = {
  CONTINUE_COUNSELLING: 'Beratung fortsetzen',
  FURTHER_SERVICE_ADVISED: 'weitere Hilfe empfohlen',
  READY_FOR_ACTIVATION: 'bereit für Aktivierung',
  NO_FURTHER_NEED: 'kein weiterer Bedarf',
};

export const CONFERENCE_DECISION_LABEL: Record<string, string> = {
  CONTINUE_PLAN: 'Plan fortführen',
  ADJUST_PLAN: 'Plan anpassen',
  START_MEASURE: 'Maßnahme beginnen',
  END_MEASURE: 'Maßnahme beenden',
  REFER_TO_PARTNER: 'an Partner überweisen',
  END_REFERRAL: 'Überweisung beenden',
  RECOMMEND_CLOSURE: 'Fallabschluss empfehlen',
  NEXT_CONFERENCE: 'weitere Fallkonferenz',
};

export const PURPOSE_LABEL: Record<string, string> = {
  SCHULDNERBERATUNG: 'Schuldnerberatung',
  SUCHTBERATUNG: 'Suchtberatung',
  PSYCHOSOZIALE_BETREUUNG: 'Psychosoziale Betreuung',
};

/** Purpose codes are the form's own (free codes): known ones get words, others a readable form of the code. */
export function purposeLabel(code?: string | null): string {
  if (!code) return '–';
  return PURPOSE_LABEL[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}

export function scopeList(scopes?: string[]): string {
  return (scopes ?? []).map((s) => SCOPE_LABEL[s] ?? s).join('; ') || '–';
}
