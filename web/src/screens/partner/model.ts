// What the partner portal shows and sends, derived from the partner API's answers (network-service
// PartnerApiController: GET /partner-api/referrals, GET …/{id}, POST …/{id}/status). The service decides
// every rule; the portal offers only what the service would accept, so that a counselling agency is not
// led into a refusal, and speaks about the service's refusals in plain German.
import { ApiError, type Problem, type Violation } from '../../api/client';
import { CONSENT_SCOPE } from '../../domain/labels';
import { date } from '../../ui/format';

/** PartnerUeberweisung: a line of the list, never anything about the customer. */
export interface PartnerReferralLine {
  id: string;
  referenceCode: string;
  service: string;
  status: string;
  dueOn?: string | null;
}

/** PartnerUeberweisungDetail: everything about the customer only while a consent for this partner releases it. */
export interface PartnerReferral extends PartnerReferralLine {
  reasonCode?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  nextStepCode?: string | null;
  attended?: boolean | null;
  consentEffective: boolean;
  releasedScopes?: string[];
  customerName?: string | null;
  customerPhone?: string | null;
  customerEmail?: string | null;
}

/** The statuses a partner may report (Referral.PARTNER_STATUSES). */
export type ReportStatus = 'ACCEPTED' | 'REJECTED' | 'STARTED' | 'COMPLETED' | 'ABORTED';

/** How the form offers each status: as what the agency tells the Jobcenter. */
export const REPORT_LABEL: Record<ReportStatus, string> = {
  ACCEPTED: 'Wir nehmen die Überweisung an',
  REJECTED: 'Wir lehnen die Überweisung ab',
  STARTED: 'Die Teilnahme hat begonnen',
  COMPLETED: 'Die Teilnahme ist abgeschlossen',
  ABORTED: 'Die Teilnahme wurde abgebrochen',
};

/** Referral.report's transitions from each open status (the same status again only adds details). */
const NEXT: Record<string, ReportStatus[]> = {
  REQUESTED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['STARTED'],
  STARTED: ['COMPLETED', 'ABORTED'],
};

/** The consent scope a status report needs (Referral.report: a start is a participation date, an end is reported). */
const STATUS_SCOPE: Partial<Record<ReportStatus, string>> = {
  STARTED: 'PARTICIPATION_DATES',
  COMPLETED: 'COMPLETION_OR_ABORT',
  ABORTED: 'COMPLETION_OR_ABORT',
};

export function isOpen(status: string): boolean {
  return status in NEXT;
}

/** The next thing the agency does with a referral, for the list. */
export function nextToDo(status: string): string {
  switch (status) {
    case 'REQUESTED':
      return 'Annehmen oder ablehnen';
    case 'ACCEPTED':
      return 'Beginn der Teilnahme melden';
    case 'STARTED':
      return 'Abschluss oder Abbruch melden';
    default:
      return 'Nichts mehr zu tun';
  }
}

/** Not started by the day the Jobcenter asked for (the FM's work list shows the same as overdue). */
export function startOverdue(line: PartnerReferralLine, today: string): boolean {
  return (line.status === 'REQUESTED' || line.status === 'ACCEPTED') && !!line.dueOn && line.dueOn < today;
}

/** What the report form may offer for this referral, given the consent the service found effective today. */
export interface ReportChoices {
  /** the statuses the agency can report now */
  statuses: ReportStatus[];
  /** next statuses the consent does not cover: the form says why they are missing */
  withheld: ReportStatus[];
  attended: boolean;
  dates: boolean;
  nextStep: boolean;
}

export function reportChoices(r: PartnerReferral): ReportChoices {
  const scopes = new Set(r.consentEffective ? (r.releasedScopes ?? []) : []);
  const next = NEXT[r.status] ?? [];
  const covered = (s: ReportStatus) => !STATUS_SCOPE[s] || scopes.has(STATUS_SCOPE[s]);
  return {
    statuses: next.filter(covered),
    withheld: next.filter((s) => !covered(s)),
    attended: isOpen(r.status) && scopes.has('APPOINTMENT_ATTENDANCE'),
    dates: isOpen(r.status) && scopes.has('PARTICIPATION_DATES'),
    nextStep: isOpen(r.status) && scopes.has('NEXT_STEP_RECOMMENDATION'),
  };
}

/** Whether the form has anything to offer at all. */
export function canReport(c: ReportChoices): boolean {
  return c.statuses.length > 0 || c.attended || c.nextStep;
}

/** The form's state: '' is "not chosen"; the status '' keeps the referral's status and reports details only. */
export interface ReportForm {
  status: ReportStatus | '';
  reasonCode: string;
  startedOn: string;
  endedOn: string;
  nextStepCode: string;
  attended: '' | 'yes' | 'no';
}

export const EMPTY_REPORT: ReportForm = {
  status: '',
  reasonCode: '',
  startedOn: '',
  endedOn: '',
  nextStepCode: '',
  attended: '',
};

/** Which of the form's fields belong to the chosen status (a field for another status is neither shown nor sent). */
export function reportFields(form: ReportForm, c: ReportChoices) {
  const ends = form.status === 'COMPLETED' || form.status === 'ABORTED';
  return {
    reasonCode: form.status === 'REJECTED' || form.status === 'ABORTED',
    startedOn: c.dates && form.status === 'STARTED',
    endedOn: c.dates && ends,
    nextStepCode: c.nextStep && form.status !== 'REJECTED',
    attended: c.attended && form.status !== 'REJECTED',
  };
}

/** The request body: only the fields that belong to the chosen status and have a value. */
export function reportBody(form: ReportForm, c: ReportChoices): Record<string, string | boolean> {
  const shown = reportFields(form, c);
  const body: Record<string, string | boolean> = {};
  if (form.status) body.status = form.status;
  if (shown.reasonCode && form.reasonCode) body.reasonCode = form.reasonCode;
  if (shown.startedOn && form.startedOn) body.startedOn = form.startedOn;
  if (shown.endedOn && form.endedOn) body.endedOn = form.endedOn;
  if (shown.nextStepCode && form.nextStepCode) body.nextStepCode = form.nextStepCode;
  if (shown.attended && form.attended) body.attended = form.attended === 'yes';
  return body;
}

const violation = (field: string, rule: string, message: string): Violation => ({ field, rule, message });

/** The checks the service makes that the form can make before sending, all at once (today: YYYY-MM-DD, Berlin). */
export function checkReport(form: ReportForm, r: PartnerReferral, c: ReportChoices, today: string): Violation[] {
  const shown = reportFields(form, c);
  const found: Violation[] = [];
  if (Object.keys(reportBody(form, c)).length === 0) {
    found.push(violation('status', 'REQUIRED', 'Wählen Sie, was Sie dem Jobcenter melden möchten.'));
  }
  if (shown.reasonCode && !form.reasonCode) {
    found.push(
      violation(
        'reasonCode',
        'REQUIRED',
        form.status === 'REJECTED' ? 'Wählen Sie den Grund der Ablehnung.' : 'Wählen Sie den Grund des Abbruchs.',
      ),
    );
  }
  if (shown.startedOn && form.startedOn > today) {
    found.push(violation('startedOn', 'IN_FUTURE', 'Der Beginn darf nicht in der Zukunft liegen.'));
  }
  if (shown.endedOn && form.endedOn) {
    const started = r.startedOn ?? undefined;
    if (form.endedOn > today) {
      found.push(violation('endedOn', 'IN_FUTURE', 'Das Ende darf nicht in der Zukunft liegen.'));
    } else if (started && form.endedOn < started) {
      found.push(violation('endedOn', 'BEFORE_START', `Das Ende darf nicht vor dem Beginn (${date(started)}) liegen.`));
    }
  }
  return found;
}

/** The service's rules by name, in the agency's words (its own messages name status codes and scopes). */
const RULE_TEXT: Record<string, string> = {
  CODED_REASON: 'Wählen Sie einen Grund aus der Liste.',
  ONLY_WITH_REJECTION_OR_ABORT: 'Einen Grund gibt es nur bei einer Ablehnung oder einem Abbruch.',
  CODED_RECOMMENDATION: 'Wählen Sie eine Empfehlung aus der Liste.',
  CODE_ONLY: 'Wählen Sie einen Eintrag aus der Liste.',
  NOT_A_PARTNER_STATUS: 'Wählen Sie eine Rückmeldung aus der Liste.',
  UNKNOWN_STATUS: 'Wählen Sie eine Rückmeldung aus der Liste.',
  ONLY_WHEN_ENDED: 'Ein Ende gibt es nur bei einem Abschluss oder Abbruch.',
  BEFORE_START: 'Das Ende darf nicht vor dem Beginn liegen.',
  DATE: 'Bitte ein gültiges Datum angeben.',
  FIELD_NOT_ALLOWED: 'Diese Angabe kann nicht übermittelt werden.',
  BOOLEAN: 'Bitte „ja“ oder „nein“ wählen.',
};

function plainViolation(v: Violation): Violation {
  if (v.rule === 'OUT_OF_CONSENT_SCOPE') {
    const scope = /\(([A-Z_]+)\)/.exec(v.message)?.[1];
    const what = scope && CONSENT_SCOPE[scope];
    return {
      ...v,
      message: what
        ? `Die Einwilligung der Kundin / des Kunden gibt das nicht (mehr) frei: ${what}.`
        : 'Die Einwilligung der Kundin / des Kunden gibt das nicht (mehr) frei.',
    };
  }
  if (v.rule === 'IN_FUTURE') {
    return {
      ...v,
      message:
        v.field === 'endedOn'
          ? 'Das Ende darf nicht in der Zukunft liegen.'
          : 'Der Beginn darf nicht in der Zukunft liegen.',
    };
  }
  return RULE_TEXT[v.rule] ? { ...v, message: RULE_TEXT[v.rule] } : v;
}

/**
 * A refusal of the partner API as the agency reads it: 403 and 404 say what they mean for the agency (the service's
 * texts name token claims), a 409 says that the referral changed meanwhile, and a 422's violations lose their codes.
 */
export function plainGerman(error: unknown): ApiError {
  if (!(error instanceof ApiError)) {
    return new ApiError({ title: 'Unerwarteter Fehler', status: 0, detail: String(error) });
  }
  const p = error.problem;
  const replaced = (problem: Omit<Problem, 'status'>) =>
    new ApiError({ ...problem, status: p.status, correlationId: p.correlationId });
  switch (p.status) {
    case 403:
      return replaced({
        title: 'Kein Zugang zum Partnerportal',
        detail:
          'Ihr Konto ist keiner Beratungsstelle zugeordnet, die das Jobcenter registriert hat. ' +
          'Bitte wenden Sie sich an Ihre Ansprechperson im Jobcenter.',
      });
    case 404:
      return replaced({
        title: 'Überweisung nicht gefunden',
        detail: 'Diese Überweisung gibt es nicht, oder sie ist nicht an Ihre Beratungsstelle gerichtet.',
      });
    case 409: {
      const closed = (p.violations ?? []).some((v) => v.rule === 'REFERRAL_CLOSED');
      return replaced({
        title: 'Die Überweisung hat sich inzwischen geändert',
        detail: closed
          ? 'Die Überweisung ist bereits beendet, zum Beispiel vom Jobcenter zurückgezogen. Eine Rückmeldung ist nicht mehr möglich.'
          : 'Diese Rückmeldung passt nicht mehr zum Stand der Überweisung. Die Seite zeigt jetzt den aktuellen Stand.',
      });
    }
    case 422:
      return replaced({ ...p, violations: (p.violations ?? []).map(plainViolation) });
    case 429:
      return replaced({
        title: 'Zu viele Anfragen',
        detail: 'Ihre Beratungsstelle hat in der letzten Minute sehr viele Anfragen gestellt. Bitte kurz warten.',
      });
    default:
      return error;
  }
}

/** The findings of the form's own checks as a problem, shown like the service's (none: no problem). */
export function localProblem(found: Violation[]): ApiError | undefined {
  return found.length === 0
    ? undefined
    : new ApiError({ title: 'Bitte prüfen Sie die Angaben', status: 400, violations: found });
}
