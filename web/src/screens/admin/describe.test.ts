import { describe as suite, expect, it } from 'vitest';
import { normalize, type PolicySettings } from '../../domain/policy';
import { compare, describe } from './describe';

/** The part of a preset the rows below read; the rest as the service sends it (null values left out). */
function settings(extra: Partial<PolicySettings>): PolicySettings {
  return normalize({
    access: {
      countedKeyGroups: [],
      complexProfiles: [],
      progressExpectedRequired: false,
      entrenchmentVariant: false,
      deeperBarriersVariant: false,
      socialIntegrationVariant: false,
      aghParticipantsAdmitted: false,
      everyCustomer: true,
    },
    continuationReviewMonths: 6,
    maxDurationExtension: 'NONE',
    profileScheme: 'UCKERMARK_CATEGORIES',
    jointCaseDiscussionRequired: false,
    aghContinuesBeyondMaxDuration: false,
    deputyNeedsCustomerAgreement: false,
    u25TransferAfterRunningMeasures: true,
    closureReasons: [
      {
        code: 'EMPLOYMENT',
        label: 'Arbeitsaufnahme',
        integration: true,
        handoverToAv: false,
        requiresMaxDurationReached: false,
        requiresClarificationPhaseEnded: false,
      },
    ],
    ...extra,
  } as PolicySettings);
}

const UCKERMARK = settings({
  firstConsultationDeadline: { amount: 10, unit: 'WORKING_DAYS', countsFrom: 'APPLICATION' },
  contactRule: {
    maxGapMonths: 6,
    maxGapMonthsByCategory: { A: 1, B: 3 },
    countedFormats: ['IN_PERSON'],
    exemptCategories: ['Z', 'X', 'Y'],
  },
  routing: {
    marketNearCategories: ['A'],
    firstTalkAfterBenefitDecision: { amount: 10, unit: 'WORKING_DAYS' },
    marketNearInvitation: { amount: 5, unit: 'WORKING_DAYS' },
    marketNearFirstTalk: { amount: 10, unit: 'WORKING_DAYS' },
    marketNearReviewMonths: 6,
  },
});

const value = (s: PolicySettings, key: string) => describe(s).find((r) => r.key === key)?.value;

suite('the policy described in plain German', () => {
  it('says the Einstiegsberatung counts from the application under UCKERMARK, from the admission elsewhere', () => {
    expect(value(UCKERMARK, 'firstConsultationDeadline')).toBe(
      '10 Arbeitstagen nach der Antragstellung (vollständiger Leistungsantrag)',
    );
    expect(
      value(
        settings({ firstConsultationDeadline: { amount: 14, unit: 'CALENDAR_DAYS' } }),
        'firstConsultationDeadline',
      ),
    ).toBe('14 Kalendertagen nach der Aufnahme');
    expect(value(settings({}), 'firstConsultationDeadline')).toBe('keine feste Frist („zeitnah“)');
  });

  it('describes the routing between the FMs with its deadlines, without codes', () => {
    const rows = describe(UCKERMARK).filter((r) => r.key.startsWith('routing'));
    expect(rows.every((r) => r.group === 'Arbeitsmarktnahes und arbeitsmarktfernes Fallmanagement')).toBe(true);
    expect(value(UCKERMARK, 'routing.marketNearCategories')).toBe('Kategorie A');
    expect(value(UCKERMARK, 'routing.firstTalkAfterBenefitDecision')).toBe('10 Arbeitstagen');
    expect(value(UCKERMARK, 'routing.marketNearInvitation')).toBe('5 Arbeitstagen');
    expect(value(UCKERMARK, 'routing.marketNearFirstTalk')).toBe('10 Arbeitstagen');
    expect(value(UCKERMARK, 'routing.marketNearReviewMonths')).toMatch(
      /^6 Monaten, danach erneut; keine automatische Beendigung/,
    );
    for (const r of rows) expect(r.value, r.key).not.toMatch(/WORKING_DAYS|MARKET_|[A-Z]{3,}_/);
    expect(value(settings({}), 'routing')).toMatch(/^keine Unterscheidung/);
  });

  it('names the categories without a contact rule', () => {
    expect(value(UCKERMARK, 'contactRule.exemptCategories')).toBe('Kategorie X, Kategorie Y, Kategorie Z');
    const pankow = settings({
      contactRule: { maxGapMonths: 2, maxGapMonthsByCategory: {}, countedFormats: ['IN_PERSON'] },
    });
    expect(value(pankow, 'contactRule.exemptCategories')).toBe('keine – die Regel gilt für alle');
  });

  it('keeps the routing, the start of the deadline and the exempt categories through normalising (an edit sends them back)', () => {
    const again = normalize(UCKERMARK);
    expect(again.routing).toEqual(UCKERMARK.routing);
    expect(again.firstConsultationDeadline?.countsFrom).toBe('APPLICATION');
    expect(again.contactRule?.exemptCategories).toEqual(['Z', 'X', 'Y']);
    expect(compare(UCKERMARK, again).filter((r) => r.changed)).toEqual([]);
  });

  it('shows a changed routing deadline in the comparison of two versions', () => {
    const changed = normalize({
      ...UCKERMARK,
      routing: { ...UCKERMARK.routing!, marketNearInvitation: { amount: 3, unit: 'WORKING_DAYS' } },
    });
    expect(
      compare(UCKERMARK, changed)
        .filter((r) => r.changed)
        .map((r) => [r.key, r.before, r.after]),
    ).toEqual([['routing.marketNearInvitation', '5 Arbeitstagen', '3 Arbeitstagen']]);
  });
});
