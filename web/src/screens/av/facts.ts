// The form state of the Zugangsprüfung and its translation into the service's FactsInput record
// (intake-service eligibility/api/FactsInput.java) and the customer master data of a referral.

import { violationText, type ApiError, type Violation } from '../../api/client';
import type { FieldErrors } from '../../ui/forms';
import type { SummaryLine } from '../../ui/errorSummary';
import { KEY_GROUPS } from '../../domain/labels';

export interface FactsState {
  needs: Record<string, string>;
  entrenchedNeeds: string;
  prognosisHorizonMonths: string;
  profileCode: string;
  customerSince: string;
  riskOfLongTermUnemployment: boolean;
  progressExpected: boolean;
  deeperBarriersSuspected: boolean;
  socialIntegrationIndicated: boolean;
  aghParticipation: boolean;
  exclusions: string[];
}

export const EMPTY_FACTS: FactsState = {
  needs: Object.fromEntries(KEY_GROUPS.map((g) => [g, ''])),
  entrenchedNeeds: '',
  prognosisHorizonMonths: '',
  profileCode: '',
  customerSince: '',
  riskOfLongTermUnemployment: false,
  progressExpected: false,
  deeperBarriersSuspected: false,
  socialIntegrationIndicated: false,
  aghParticipation: false,
  exclusions: [],
};

export interface CustomerState {
  customerNumber: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  householdRef: string;
}

export const EMPTY_CUSTOMER: CustomerState = {
  customerNumber: '',
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  householdRef: '',
};

/** A number field: empty means "not known" (null), anything else goes to the service as typed so it can judge it. */
function count(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function text(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/** FactsInput; unchecked judgements go as "nein", the AV has judged them. */
export function factsInput(f: FactsState) {
  const needs = Object.fromEntries(
    KEY_GROUPS.filter((g) => count(f.needs[g]) !== null).map((g) => [g, count(f.needs[g])]),
  );
  return {
    needsByKeyGroup: Object.keys(needs).length > 0 ? needs : null,
    entrenchedNeeds: count(f.entrenchedNeeds),
    prognosisHorizonMonths: count(f.prognosisHorizonMonths),
    profileCode: text(f.profileCode),
    customerSince: text(f.customerSince),
    riskOfLongTermUnemployment: f.riskOfLongTermUnemployment,
    progressExpected: f.progressExpected,
    deeperBarriersSuspected: f.deeperBarriersSuspected,
    socialIntegrationIndicated: f.socialIntegrationIndicated,
    aghParticipation: f.aghParticipation,
    exclusions: f.exclusions,
  };
}

export function customerInput(c: CustomerState) {
  return {
    customerNumber: c.customerNumber.trim(),
    firstName: c.firstName.trim(),
    lastName: c.lastName.trim(),
    dateOfBirth: text(c.dateOfBirth),
    householdRef: text(c.householdRef),
  };
}

/**
 * Bean validation names map entries "facts.needsByKeyGroup.<map value>" and domain rules name
 * "facts.needsByKeyGroup": both belong to the fieldset of the need counts.
 */
export function normalise(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors)) {
    const key = field.startsWith('facts.needsByKeyGroup')
      ? 'facts.needsByKeyGroup'
      : field.startsWith('facts.exclusions')
        ? 'facts.exclusions'
        : field.startsWith('reasons')
          ? 'reasons'
          : field;
    (out[key] ??= []).push(...messages);
  }
  return out;
}

/** Format rules said in words rather than as the regular expression bean validation reports. */
const PATTERN_TEXT: Record<string, string> = {
  customerNumber: 'Die Kundennummer besteht aus 3 Ziffern, 1 Großbuchstaben und 6 Ziffern (z. B. 123A456789).',
  householdRef: 'Die BG-Nummer besteht aus höchstens 50 Buchstaben, Ziffern und Bindestrichen.',
};

export function violationMessage(v: Violation): string {
  return v.rule === 'Pattern' && v.field && PATTERN_TEXT[v.field] ? PATTERN_TEXT[v.field] : violationText(v);
}

/** The service's violations by (normalised) field, in the words above. */
export function fieldErrorsOf(error?: ApiError): FieldErrors {
  const out: FieldErrors = {};
  for (const v of error?.problem.violations ?? []) {
    if (v.field) (out[v.field] ??= []).push(violationMessage(v));
  }
  return normalise(out);
}

/** Labels of the fields, for the error summary above a submit button. */
export const FIELD_LABEL: Record<string, string> = {
  customerNumber: 'Kundennummer',
  firstName: 'Vorname',
  lastName: 'Nachname',
  dateOfBirth: 'Geburtsdatum',
  householdRef: 'Bedarfsgemeinschaft',
  route: 'Zugangsweg',
  reasons: 'Zugangsgründe',
  teamId: 'Team',
  note: 'Begründung',
  reason: 'Grund der Nichtvormerkung',
  facts: 'Zugangskriterien',
  'facts.needsByKeyGroup': 'Handlungsbedarfe je Schlüsselgruppe',
  'facts.entrenchedNeeds': 'Verfestigte Handlungsbedarfe',
  'facts.prognosisHorizonMonths': 'Integrationsprognose',
  'facts.profileCode': 'Profillage',
  'facts.customerSince': 'Im Leistungsbezug seit',
  'facts.riskOfLongTermUnemployment': 'Risiko der Langzeitarbeitslosigkeit',
  'facts.progressExpected': 'Integrationsfortschritte erwartet',
  'facts.deeperBarriersSuspected': 'Tieferliegende Hemmnisse',
  'facts.socialIntegrationIndicated': 'Sozial-integrativer Ansatz',
  'facts.aghParticipation': 'Arbeitsgelegenheit',
  'facts.exclusions': 'Ausschlussgründe',
  'customer.teamId': 'Team',
  outcome: 'Ergebnis der Überprüfung',
  checkedOn: 'Geprüft am',
  reasonCode: 'Grund',
  statement: 'Stellungnahme',
  applicationOn: 'Antragstellung',
  benefitDecisionOn: 'Bewilligung der Leistungen',
};

/** The id of a field's control on the AV screens, so that the error summary can link to it. */
export const avFieldId = (field: string) => `av-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * The lines of the AV screens' error summary in the order the service named them: a refused field as
 * "Label: message" with the (normalised) field to link to, a rule about the whole request without one, or the
 * problem's detail when there are no violations.
 */
export function summaryLines(error: ApiError): SummaryLine[] {
  const violations = error.problem.violations ?? [];
  if (violations.length === 0) return [{ field: null, text: error.problem.detail || error.problem.title }];
  return violations.map((v) => {
    const field = v.field ? Object.keys(normalise({ [v.field]: [] }))[0] : null;
    return field
      ? { field, text: `${FIELD_LABEL[field] ?? field}: ${violationMessage(v)}` }
      : { field: null, text: violationMessage(v) };
  });
}
