// network-service's consent, referral, conference and disclosure shapes (ConsentController,
// ReferralController, ConferenceController, DisclosureController). Empty lists may be left out.
import {
  CONSENT_SCOPE,
  NEXT_STEP,
  REFERRAL_REASON,
  REFERRAL_STATUS_TONE as STATUS_TONE,
} from '../../../../domain/labels';

// the labels the partner portal shows too live in domain/labels (a screen chunk must not load another role's)
export const SCOPE_LABEL = CONSENT_SCOPE;
export const REASON_LABEL = REFERRAL_REASON;
export const NEXT_STEP_LABEL = NEXT_STEP;
export const REFERRAL_STATUS_TONE = STATUS_TONE;
import type { components } from '../../../../api/generated/network';

type Schemas = components['schemas'];

export type ConsentFormView = Schemas['EinwilligungsformularAnsicht'];

export type ConsentView = Schemas['EinwilligungAnsicht'];

export type HistoryView = Schemas['EinwilligungsHistorie'];

export type CaseConsents = Schemas['EinwilligungenDesFalls'];

export type ReferralView = Schemas['UeberweisungAnsicht'];

export type ConferenceView = Schemas['FallkonferenzAnsicht'];

export type DisclosureReportView = Schemas['Auskunft'];

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
