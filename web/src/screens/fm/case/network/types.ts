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

export interface ConsentFormView {
  id: string;
  code: string;
  version: number;
  text: string;
  scopes?: string[];
  purposes?: string[];
  createdAt: string;
}

export interface ConsentView {
  id: string;
  partnerId: string;
  formId: string;
  status: string;
  scopes?: string[];
  purposeCode?: string | null;
  validFrom: string;
  validUntil: string;
  channel: string;
  documentRef?: string | null;
  supersedes?: string | null;
  recordedBy: string;
  recordedAt: string;
  endedAt?: string | null;
}

export interface HistoryView {
  seq: number;
  consentId: string;
  partnerId: string;
  kind: string;
  scopes?: string[];
  channel?: string | null;
  documentRef?: string | null;
  actor: string;
  occurredAt: string;
}

export interface CaseConsents {
  consents?: ConsentView[];
  history?: HistoryView[];
}

export interface ReferralView {
  id: string;
  partnerId: string;
  service: string;
  status: string;
  referenceCode: string;
  customer?: { name: string; phone?: string | null; email?: string | null } | null;
  dueOn?: string | null;
  reasonCode?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  nextStepCode?: string | null;
  attended?: boolean | null;
  sentAt: string;
  updatedAt: string;
}

export interface ConferenceView {
  id: string;
  scheduledOn: string;
  staff?: string[];
  partnerIds?: string[];
  customerInvited: boolean;
  heldOn?: string | null;
  attendedPartnerIds?: string[];
  decisions?: string[];
}

export interface DisclosureReportView {
  caseId: string;
  createdAt: string;
  consents?: {
    consentId: string;
    partnerId: string;
    status: string;
    scopes?: string[];
    purposeCode?: string | null;
    validFrom: string;
    validUntil: string;
    channel: string;
    recordedAt: string;
    endedAt?: string | null;
  }[];
  history?: { consentId: string; partnerId: string; kind: string; scopes?: string[]; actor: string; at: string }[];
  referrals?: {
    referralId: string;
    partnerId: string;
    service: string;
    status: string;
    contactDetailsShared: boolean;
    sentAt: string;
  }[];
  partnerAccesses?: {
    at: string;
    partnerUser: string;
    action: string;
    referralId?: string | null;
    basis?: string | null;
  }[];
}

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
