// The checks the overview's routing forms make before anything is sent (the service checks again): each finds
// what the service would refuse and names the field as the service does, so both show in the same error summary.
// The rules: docs/domain.md §18 (UCKERMARK 3, 4.1, 4.1.1, 4.2, 6.6).
import { ApiError, type Violation } from '../../../../api/client';
import { date } from '../../../../ui/format';
import type { FullCase } from './types';

const violation = (field: string, rule: string, message: string): Violation => ({ field, rule, message });

/** The violations found before sending, as a problem of the request: none, no error. */
export function localError(violations: Violation[]): ApiError | undefined {
  return violations.length === 0
    ? undefined
    : new ApiError({ title: 'Bitte prüfen Sie die Angaben', status: 400, violations });
}

/** A day between {@code min} (where there is one) and today. */
function dayProblems(
  field: string,
  value: string,
  today: string,
  what: string,
  min?: { on?: string; what: string },
): Violation[] {
  if (!value) return [violation(field, 'NotNull', `Bitte ${what} angeben.`)];
  if (value > today) return [violation(field, 'PastOrPresent', 'Das Datum darf nicht in der Zukunft liegen.')];
  if (min?.on && value < min.on)
    return [violation(field, 'TOO_EARLY', `Das Datum liegt nicht vor ${min.what} (${date(min.on)}).`)];
  return [];
}

/** Bewilligung: a day, not in the future, not before the application. */
export function benefitDecisionProblems(
  decidedOn: string,
  applicationOn: string | undefined,
  today: string,
): Violation[] {
  return dayProblems('decidedOn', decidedOn, today, 'den Tag der Bewilligung', {
    on: applicationOn,
    what: 'der Antragstellung',
  });
}

/** The written invitation after the handover: between the handover and today. */
export function invitationProblems(sentOn: string, handedOverOn: string | undefined, today: string): Violation[] {
  return dayProblems('sentOn', sentOn, today, 'den Tag des Versands', { on: handedOverOn, what: 'der Übergabe' });
}

/** The instruction on legal consequences after a reactivation: a day, not in the future. */
export function instructionProblems(givenOn: string, today: string): Violation[] {
  return dayProblems('givenOn', givenOn, today, 'den Tag der Belehrung');
}

/** Going on with the market-near support is an individual decision with its reason. */
export function reviewProblems(note: string): Violation[] {
  if (note.trim() === '') {
    return [
      violation('note', 'NOTE_REQUIRED', 'Bitte begründen Sie, warum die arbeitsmarktnahe Betreuung weitergeht.'),
    ];
  }
  return note.length > 2000 ? [violation('note', 'Size', 'Höchstens 2000 Zeichen.')] : [];
}

/** A young customer's target group: one of the five; pupils and graduates with their day. */
export function targetGroupProblems(targetGroup: string, keyDate: string): Violation[] {
  if (!targetGroup) return [violation('targetGroup', 'NotNull', 'Bitte die Zielgruppe wählen.')];
  if (NEEDS_KEY_DATE.includes(targetGroup) && !keyDate) {
    return [
      violation(
        'keyDate',
        'KEY_DATE_REQUIRED',
        targetGroup === 'PUPIL'
          ? 'Bitte das voraussichtliche Schulende angeben.'
          : 'Bitte das Ende der Ausbildung angeben.',
      ),
    ];
  }
  return [];
}

/** Only pupils and training graduates have a day that counts (UCKERMARK 5.2.1, 5.2.3). */
export const NEEDS_KEY_DATE = ['PUPIL', 'TRAINING_GRADUATE'];

/** The request body: the day only where the group has one. */
export function targetGroupBody(targetGroup: string, keyDate: string) {
  return { targetGroup, keyDate: NEEDS_KEY_DATE.includes(targetGroup) ? keyDate : null };
}

export interface TransferDraft {
  kind: string;
  toTeamId: string;
  toCaseManagerId: string;
  despiteRunningMeasures: boolean;
  overrideCaseloadRatio: boolean;
  note: string;
}

export const EMPTY_TRANSFER: TransferDraft = {
  kind: '',
  toTeamId: '',
  toCaseManagerId: '',
  despiteRunningMeasures: false,
  overrideCaseloadRatio: false,
  note: '',
};

/**
 * The kinds of transfer the case allows: U25 → Ü25 only from the U25 FM; where the policy routes, the handover to
 * the market-near FM only for an adult market-far customer after the ESB, and the handback only from there.
 */
export function transferKinds(view: Pick<FullCase, 'ageGroup' | 'status' | 'routing'>): string[] {
  const kinds: string[] = [];
  if (view.ageGroup === 'U25') kinds.push('U25_TO_UE25');
  kinds.push('RELOCATION', 'REORGANISATION');
  if (view.routing?.segment === 'MARKET_FAR' && view.ageGroup === 'UE25' && view.status === 'ACTIVE')
    kinds.push('MARKET_NEAR_HANDOVER');
  if (view.routing?.segment === 'MARKET_NEAR') kinds.push('MARKET_FAR_HANDBACK');
  return kinds;
}

/** Whether the note must give a reason: the handback (it binds the receiving FM) and a transfer despite measures. */
export function transferNoteRequired(d: TransferDraft): boolean {
  return d.kind === 'MARKET_FAR_HANDBACK' || (d.kind === 'U25_TO_UE25' && d.despiteRunningMeasures);
}

export function transferProblems(d: TransferDraft, view: Pick<FullCase, 'teamId' | 'caseManagerId'>): Violation[] {
  const problems: Violation[] = [];
  if (!d.kind) problems.push(violation('kind', 'NotNull', 'Bitte die Art der Übergabe wählen.'));
  if (d.toTeamId.trim() === '') problems.push(violation('toTeamId', 'NotBlank', 'Bitte das aufnehmende Team angeben.'));
  else if (d.toTeamId.trim().length > 50) problems.push(violation('toTeamId', 'Size', 'Höchstens 50 Zeichen.'));
  if (d.toCaseManagerId.trim() === '')
    problems.push(violation('toCaseManagerId', 'NotBlank', 'Bitte die aufnehmende Fachkraft angeben.'));
  else if (d.toCaseManagerId.trim().length > 150)
    problems.push(violation('toCaseManagerId', 'Size', 'Höchstens 150 Zeichen.'));
  if (
    (d.kind === 'RELOCATION' || d.kind === 'REORGANISATION') &&
    d.toTeamId.trim() === view.teamId &&
    d.toCaseManagerId.trim() === view.caseManagerId
  ) {
    problems.push(violation('toTeamId', 'NOTHING_TO_TRANSFER', 'Team und Fachkraft sind bereits zuständig.'));
  }
  if (transferNoteRequired(d) && d.note.trim() === '') {
    problems.push(
      violation(
        'note',
        'NOTE_REQUIRED',
        d.kind === 'MARKET_FAR_HANDBACK'
          ? 'Bitte begründen Sie die Rückgabe; die Begründung bindet das arbeitsmarktferne Fallmanagement.'
          : 'Ein Übergang trotz laufender Maßnahmen ist zu begründen.',
      ),
    );
  }
  if (d.note.length > 2000) problems.push(violation('note', 'Size', 'Höchstens 2000 Zeichen.'));
  return problems;
}

/** The request body: the caseload override only from a team lead, the measures flag only for U25 → Ü25. */
export function transferBody(d: TransferDraft, teamLead: boolean) {
  return {
    kind: d.kind,
    toTeamId: d.toTeamId.trim(),
    toCaseManagerId: d.toCaseManagerId.trim(),
    despiteRunningMeasures: d.kind === 'U25_TO_UE25' ? d.despiteRunningMeasures : null,
    overrideCaseloadRatio: teamLead ? d.overrideCaseloadRatio : null,
    note: d.note.trim() === '' ? null : d.note.trim(),
  };
}
