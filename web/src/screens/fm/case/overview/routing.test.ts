import { describe, expect, it } from 'vitest';
import { errorSummaryLines } from '../../../../ui/errorSummary';
import { codeText, OUTCOME, SEGMENT, TARGET_GROUP, TRANSFER_KIND } from './labels';
import {
  benefitDecisionProblems,
  EMPTY_TRANSFER,
  instructionProblems,
  invitationProblems,
  localError,
  reviewProblems,
  targetGroupBody,
  targetGroupProblems,
  transferBody,
  transferKinds,
  transferProblems,
} from './routing';

const fields = (v: { field: string | null; rule: string }[]) => v.map((x) => `${x.field}:${x.rule}`);

describe('the benefit decision form', () => {
  it('asks for a day that is neither in the future nor before the application, as the service would', () => {
    expect(fields(benefitDecisionProblems('', '2026-02-23', '2026-03-04'))).toEqual(['decidedOn:NotNull']);
    expect(fields(benefitDecisionProblems('2026-03-05', '2026-02-23', '2026-03-04'))).toEqual([
      'decidedOn:PastOrPresent',
    ]);
    const early = benefitDecisionProblems('2026-02-20', '2026-02-23', '2026-03-04');
    expect(early).toHaveLength(1);
    expect(early[0].message).toBe('Das Datum liegt nicht vor der Antragstellung (23.02.2026).');
    expect(benefitDecisionProblems('2026-03-04', '2026-02-23', '2026-03-04')).toEqual([]);
    expect(benefitDecisionProblems('2026-03-04', undefined, '2026-03-04')).toEqual([]);
  });

  it('puts what it finds into the error summary by label, linked to the field', () => {
    const error = localError(benefitDecisionProblems('', undefined, '2026-03-04'));
    expect(error).toBeDefined();
    expect(errorSummaryLines(error!, { decidedOn: 'Tag der Bewilligung' })).toEqual([
      { field: 'decidedOn', text: 'Tag der Bewilligung: Bitte den Tag der Bewilligung angeben.' },
    ]);
    expect(localError([])).toBeUndefined();
  });
});

describe('the market-near steps', () => {
  it('take the invitation between the handover and today', () => {
    expect(fields(invitationProblems('2026-03-03', '2026-03-04', '2026-03-06'))).toEqual(['sentOn:TOO_EARLY']);
    expect(fields(invitationProblems('2026-03-07', '2026-03-04', '2026-03-06'))).toEqual(['sentOn:PastOrPresent']);
    expect(invitationProblems('2026-03-05', '2026-03-04', '2026-03-06')).toEqual([]);
  });

  it('go on only with a reason', () => {
    expect(fields(reviewProblems('  '))).toEqual(['note:NOTE_REQUIRED']);
    expect(fields(reviewProblems('x'.repeat(2001)))).toEqual(['note:Size']);
    expect(reviewProblems('Vorstellungsgespräche laufen, Integration absehbar.')).toEqual([]);
  });

  it('record the instruction after a reactivation on a day up to today', () => {
    expect(fields(instructionProblems('', '2026-03-11'))).toEqual(['givenOn:NotNull']);
    expect(fields(instructionProblems('2026-03-12', '2026-03-11'))).toEqual(['givenOn:PastOrPresent']);
    expect(instructionProblems('2026-03-11', '2026-03-11')).toEqual([]);
  });
});

describe('the transfer form', () => {
  const routed = { ageGroup: 'UE25' as const, status: 'ACTIVE', routing: { segment: 'MARKET_FAR' as const } };

  it('offers the handover only to an adult market-far customer after the ESB, and the handback only from market-near', () => {
    expect(transferKinds(routed)).toEqual(['RELOCATION', 'REORGANISATION', 'MARKET_NEAR_HANDOVER']);
    expect(transferKinds({ ...routed, status: 'ADMITTED' })).toEqual(['RELOCATION', 'REORGANISATION']);
    expect(transferKinds({ ...routed, routing: { segment: 'MARKET_NEAR' } })).toEqual([
      'RELOCATION',
      'REORGANISATION',
      'MARKET_FAR_HANDBACK',
    ]);
    expect(transferKinds({ ageGroup: 'U25', status: 'ACTIVE', routing: { segment: 'U25' } })).toEqual([
      'U25_TO_UE25',
      'RELOCATION',
      'REORGANISATION',
    ]);
    // without routing (every other preset) no market-near kinds at all
    expect(transferKinds({ ageGroup: 'UE25', status: 'ACTIVE' })).toEqual(['RELOCATION', 'REORGANISATION']);
  });

  it('names every kind it offers in plain German', () => {
    for (const kind of ['U25_TO_UE25', 'RELOCATION', 'REORGANISATION', 'MARKET_NEAR_HANDOVER', 'MARKET_FAR_HANDBACK']) {
      expect(TRANSFER_KIND[kind], kind).toBeTruthy();
    }
    expect(TRANSFER_KIND.MARKET_NEAR_HANDOVER).toBe('Übergabe an das arbeitsmarktnahe Fallmanagement');
    expect(TRANSFER_KIND.MARKET_FAR_HANDBACK).toBe('Rückgabe an das arbeitsmarktferne Fallmanagement (mit Begründung)');
    expect(SEGMENT.U25).toBe('Fallmanagement U25');
  });

  it('refuses before the confirmation what the service would refuse: no kind, no receiver, a handback without reason', () => {
    const view = { teamId: 'team-fm-1', caseManagerId: 'fm-anna' };
    expect(fields(transferProblems(EMPTY_TRANSFER, view))).toEqual([
      'kind:NotNull',
      'toTeamId:NotBlank',
      'toCaseManagerId:NotBlank',
    ]);
    const handback = {
      ...EMPTY_TRANSFER,
      kind: 'MARKET_FAR_HANDBACK',
      toTeamId: 'team-fm-1',
      toCaseManagerId: 'fm-anna',
    };
    expect(fields(transferProblems(handback, view))).toEqual(['note:NOTE_REQUIRED']);
    expect(transferProblems({ ...handback, note: 'Gesundheitliche Einschränkungen neu aufgetreten.' }, view)).toEqual(
      [],
    );
    const despite = {
      ...EMPTY_TRANSFER,
      kind: 'U25_TO_UE25',
      toTeamId: 'team-fm-2',
      toCaseManagerId: 'fm-jonas',
      despiteRunningMeasures: true,
    };
    expect(fields(transferProblems(despite, view))).toEqual(['note:NOTE_REQUIRED']);
    const same = { ...EMPTY_TRANSFER, kind: 'RELOCATION', toTeamId: 'team-fm-1', toCaseManagerId: 'fm-anna' };
    expect(fields(transferProblems(same, view))).toEqual(['toTeamId:NOTHING_TO_TRANSFER']);
    const handover = {
      ...EMPTY_TRANSFER,
      kind: 'MARKET_NEAR_HANDOVER',
      toTeamId: 'team-fm-nah',
      toCaseManagerId: 'fm-nina',
    };
    expect(transferProblems(handover, view)).toEqual([]);
  });

  it('sends the caseload override only for a team lead and the measures flag only for U25 → Ü25', () => {
    const d = {
      ...EMPTY_TRANSFER,
      kind: 'MARKET_NEAR_HANDOVER',
      toTeamId: ' team-fm-nah ',
      toCaseManagerId: 'fm-nina',
      despiteRunningMeasures: true,
      overrideCaseloadRatio: true,
      note: ' ',
    };
    expect(transferBody(d, false)).toEqual({
      kind: 'MARKET_NEAR_HANDOVER',
      toTeamId: 'team-fm-nah',
      toCaseManagerId: 'fm-nina',
      despiteRunningMeasures: null,
      overrideCaseloadRatio: null,
      note: null,
    });
    expect(transferBody(d, true).overrideCaseloadRatio).toBe(true);
  });
});

describe('the U25 target group (UCKERMARK 5.2)', () => {
  it('needs a group, and the day for pupils and graduates only', () => {
    expect(targetGroupProblems('', '').map((v) => v.field)).toEqual(['targetGroup']);
    expect(targetGroupProblems('PUPIL', '').map((v) => v.rule)).toEqual(['KEY_DATE_REQUIRED']);
    expect(targetGroupProblems('TRAINING_GRADUATE', '2026-07-31')).toEqual([]);
    expect(targetGroupProblems('PLACEMENT', '')).toEqual([]);
  });

  it('sends the day only where the group has one, and names every group in words', () => {
    expect(targetGroupBody('TRAINING_SEEKER', '2027-07-15')).toEqual({ targetGroup: 'TRAINING_SEEKER', keyDate: null });
    expect(targetGroupBody('PUPIL', '2027-07-15')).toEqual({ targetGroup: 'PUPIL', keyDate: '2027-07-15' });
    for (const code of ['PUPIL', 'TRAINING_SEEKER', 'TRAINING_GRADUATE', 'PLACEMENT', 'ACTIVATION']) {
      expect(TARGET_GROUP[code], code).toMatch(/^[A-ZÄÖÜ][a-zäöüß]/);
    }
  });
});

describe('the decisions of the case', () => {
  it('show the transfer kinds in words and a recorded day as a date', () => {
    expect(codeText(OUTCOME, 'MARKET_FAR_HANDBACK')).toBe('Rückgabe an das arbeitsmarktferne Fallmanagement');
    expect(codeText(OUTCOME, '2026-03-04')).toBe('04.03.2026');
    expect(codeText(OUTCOME, undefined)).toBe('–');
  });
});
