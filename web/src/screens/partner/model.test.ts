import { describe, expect, test } from 'vitest';
import { ApiError } from '../../api/client';
import {
  canReport,
  checkReport,
  EMPTY_REPORT,
  nextToDo,
  plainGerman,
  reportBody,
  reportChoices,
  startOverdue,
  type PartnerReferral,
  type ReportForm,
} from './model';

const ALL_SCOPES = [
  'APPOINTMENT_ATTENDANCE',
  'PARTICIPATION_DATES',
  'COMPLETION_OR_ABORT',
  'NEXT_STEP_RECOMMENDATION',
  'CONTACT_DETAILS',
];

function referral(status: string, scopes: string[] = ALL_SCOPES, more: Partial<PartnerReferral> = {}): PartnerReferral {
  return {
    id: 'r1',
    referenceCode: 'ABC123',
    service: 'DEBT_COUNSELLING',
    status,
    dueOn: '2026-12-20',
    consentEffective: scopes.length > 0,
    releasedScopes: scopes,
    ...more,
  };
}

const form = (changes: Partial<ReportForm>): ReportForm => ({ ...EMPTY_REPORT, ...changes });

describe('what the report form offers', () => {
  test('each open status offers the transitions the service allows', () => {
    expect(reportChoices(referral('REQUESTED')).statuses).toEqual(['ACCEPTED', 'REJECTED']);
    expect(reportChoices(referral('ACCEPTED')).statuses).toEqual(['STARTED']);
    expect(reportChoices(referral('STARTED')).statuses).toEqual(['COMPLETED', 'ABORTED']);
  });

  test('an ended referral offers nothing', () => {
    for (const status of ['REJECTED', 'COMPLETED', 'ABORTED', 'REVOKED', 'ENDED_BY_CLOSURE']) {
      const c = reportChoices(referral(status));
      expect(c.statuses).toEqual([]);
      expect(canReport(c)).toBe(false);
    }
  });

  test('without consent only accepting or declining remains; the start needs the participation dates', () => {
    const none = reportChoices(referral('REQUESTED', [], { consentEffective: false }));
    expect(none.statuses).toEqual(['ACCEPTED', 'REJECTED']);
    expect([none.attended, none.dates, none.nextStep]).toEqual([false, false, false]);

    const accepted = reportChoices(referral('ACCEPTED', [], { consentEffective: false }));
    expect(accepted.statuses).toEqual([]);
    expect(accepted.withheld).toEqual(['STARTED']);
    expect(canReport(accepted)).toBe(false);
  });

  test('completion and abort need their scope; the attendance alone can still be reported', () => {
    const c = reportChoices(referral('STARTED', ['APPOINTMENT_ATTENDANCE']));
    expect(c.statuses).toEqual([]);
    expect(c.withheld).toEqual(['COMPLETED', 'ABORTED']);
    expect(canReport(c)).toBe(true);
  });

  test('scopes listed while the consent is not effective release nothing', () => {
    const c = reportChoices(referral('STARTED', ALL_SCOPES, { consentEffective: false }));
    expect(c.statuses).toEqual([]);
    expect(c.attended).toBe(false);
  });
});

describe('the body sent', () => {
  test('only the fields of the chosen status, with their values', () => {
    const c = reportChoices(referral('STARTED'));
    expect(
      reportBody(
        form({ status: 'ABORTED', reasonCode: 'MOVED_AWAY', endedOn: '2026-12-01', startedOn: '2026-11-01' }),
        c,
      ),
    ).toEqual({ status: 'ABORTED', reasonCode: 'MOVED_AWAY', endedOn: '2026-12-01' });
    // a reason picked for an abort is not sent with a completion
    expect(reportBody(form({ status: 'COMPLETED', reasonCode: 'MOVED_AWAY' }), c)).toEqual({ status: 'COMPLETED' });
  });

  test('attendance as a boolean, and details without a new status', () => {
    const c = reportChoices(referral('ACCEPTED'));
    expect(reportBody(form({ attended: 'no', nextStepCode: 'NO_FURTHER_NEED' }), c)).toEqual({
      attended: false,
      nextStepCode: 'NO_FURTHER_NEED',
    });
  });

  test('nothing the consent does not release', () => {
    const c = reportChoices(referral('REQUESTED', ['CONTACT_DETAILS']));
    expect(reportBody(form({ status: 'ACCEPTED', attended: 'yes', nextStepCode: 'NO_FURTHER_NEED' }), c)).toEqual({
      status: 'ACCEPTED',
    });
  });
});

describe('the checks before sending', () => {
  const today = '2026-12-07';

  test('every finding at once, each at its field', () => {
    const r = referral('STARTED', ALL_SCOPES, { startedOn: '2026-11-10' });
    const found = checkReport(form({ status: 'ABORTED', endedOn: '2026-11-01' }), r, reportChoices(r), today);
    expect(found.map((v) => [v.field, v.rule])).toEqual([
      ['reasonCode', 'REQUIRED'],
      ['endedOn', 'BEFORE_START'],
    ]);
    expect(found[1].message).toContain('10.11.2026');
  });

  test('nothing chosen, a reason missing for a rejection, dates in the future', () => {
    const requested = referral('REQUESTED');
    expect(checkReport(EMPTY_REPORT, requested, reportChoices(requested), today).map((v) => v.field)).toEqual([
      'status',
    ]);
    expect(
      checkReport(form({ status: 'REJECTED' }), requested, reportChoices(requested), today).map((v) => v.field),
    ).toEqual(['reasonCode']);
    const accepted = referral('ACCEPTED');
    expect(
      checkReport(form({ status: 'STARTED', startedOn: '2026-12-08' }), accepted, reportChoices(accepted), today).map(
        (v) => v.rule,
      ),
    ).toEqual(['IN_FUTURE']);
  });

  test('a complete report passes', () => {
    const r = referral('REQUESTED');
    expect(checkReport(form({ status: 'REJECTED', reasonCode: 'NO_CAPACITY' }), r, reportChoices(r), today)).toEqual(
      [],
    );
  });
});

describe('the list', () => {
  test('names the next thing to do', () => {
    expect(nextToDo('REQUESTED')).toBe('Annehmen oder ablehnen');
    expect(nextToDo('STARTED')).toBe('Abschluss oder Abbruch melden');
    expect(nextToDo('REVOKED')).toBe('Nichts mehr zu tun');
  });

  test('a start is overdue only while it has not begun', () => {
    expect(startOverdue(referral('ACCEPTED'), '2026-12-21')).toBe(true);
    expect(startOverdue(referral('ACCEPTED'), '2026-12-20')).toBe(false);
    expect(startOverdue(referral('STARTED'), '2026-12-21')).toBe(false);
  });
});

describe("the service's refusals in plain German", () => {
  const problem = (status: number, violations: { field: string | null; rule: string; message: string }[] = []) =>
    new ApiError({ title: 'Anfrage abgelehnt', status, detail: 'x', violations });

  test('403 and 404 say what they mean for the agency, without claims or ids', () => {
    const forbidden = plainGerman(
      problem(403, [{ field: null, rule: 'PARTNER_NOT_REGISTERED', message: 'Das Token nennt … (partnerId).' }]),
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.generalMessages().join()).toContain('keiner Beratungsstelle zugeordnet');
    expect(forbidden.generalMessages().join()).not.toMatch(/partnerId|Token/);
    expect(plainGerman(problem(404)).generalMessages()).toEqual([
      'Diese Überweisung gibt es nicht, oder sie ist nicht an Ihre Beratungsstelle gerichtet.',
    ]);
  });

  test('a conflict says the referral changed, without status codes', () => {
    const closed = plainGerman(
      problem(409, [{ field: null, rule: 'REFERRAL_CLOSED', message: 'Die Überweisung ist abgeschlossen: REVOKED.' }]),
    );
    expect(closed.generalMessages().join()).toContain('bereits beendet');
    expect(closed.generalMessages().join()).not.toContain('REVOKED');
  });

  test("a violation of the consent's scope names the scope in words", () => {
    const refused = plainGerman(
      problem(422, [
        {
          field: 'startedOn',
          rule: 'OUT_OF_CONSENT_SCOPE',
          message: 'Dafür hat die Kundin / der Kunde keine Einwilligung erteilt (PARTICIPATION_DATES).',
        },
        { field: 'reasonCode', rule: 'CODED_REASON', message: 'Ablehnungsgründe: [NO_CAPACITY, …].' },
      ]),
    );
    expect(refused.fieldErrors()).toEqual({
      startedOn: [
        'Die Einwilligung der Kundin / des Kunden gibt das nicht (mehr) frei: Beginn und Ende der Teilnahme.',
      ],
      reasonCode: ['Wählen Sie einen Grund aus der Liste.'],
    });
  });

  test('other answers pass unchanged', () => {
    const unavailable = problem(503);
    expect(plainGerman(unavailable)).toBe(unavailable);
  });
});
