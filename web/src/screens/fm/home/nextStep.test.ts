import { describe, expect, it } from 'vitest';
import type { CaseLine } from '../../../api/types';
import { factsByCase, nextStep } from './nextStep';
import type { AgreementExpiring, ContactDue, ReviewDue } from './types';

const TODAY = '2026-06-15';

function line(over: Partial<CaseLine>): CaseLine {
  return {
    caseId: 'c1',
    status: 'ACTIVE',
    customerNumber: '123A456789',
    firstName: 'Erika',
    lastName: 'Muster',
    ageGroup: 'UE25',
    teamId: 'team-fm-1',
    route: 'AV',
    referredBy: 'av',
    referredAt: '2026-01-01T10:00:00Z',
    ...over,
  };
}

const agreement = (over: Partial<AgreementExpiring>): AgreementExpiring => ({
  caseId: 'c1',
  agreementId: 'a1',
  type: 'KOOPERATIONSPLAN',
  reason: 'EXPIRY',
  dueOn: '2026-06-10',
  expired: false,
  ...over,
});
const review = (over: Partial<ReviewDue>): ReviewDue => ({
  caseId: 'c1',
  kind: 'REVIEW',
  dueOn: '2026-06-10',
  overdue: true,
  extensionApproved: false,
  ...over,
});
const contact = (over: Partial<ContactDue>): ContactDue => ({
  caseId: 'c1',
  status: 'NOT_COMPLIANT',
  overdue: true,
  countedLastYear: 1,
  requiredSoFar: 3,
  ...over,
});

const text = (l: CaseLine, facts = factsByCase([], [], [], TODAY)) => nextStep(l, facts, TODAY)?.text;

describe('nextStep', () => {
  it('names the step of a case not yet in support by its state', () => {
    expect(text(line({ status: 'REFERRED' }))).toBe('Aufnahme entscheiden');
    expect(nextStep(line({ status: 'REFERRED', nextDueOn: '2026-06-14' }), undefined, TODAY)?.tone).toBe('danger');
    expect(text(line({ status: 'ESCALATED' }))).toBe('Entscheidung der Teamleitung ausstehend');
    expect(text(line({ status: 'ADMITTED', nextDueOn: '2026-06-20' }))).toBe('Einstiegsberatung ausstehend');
    expect(text(line({ status: 'ADMITTED', nextDueOn: '2026-06-14' }))).toBe('Einstiegsberatung überfällig');
  });

  it('asks for the profiling of an active case that has none, before anything planning says', () => {
    const facts = factsByCase([agreement({ expired: true })], [], [], TODAY);
    expect(text(line({}), facts)).toBe('Profiling ausstehend');
  });

  it('orders an assessed case: expired agreement, its update, the continuation review, the duration, a contact', () => {
    const assessed = line({ assessedAt: '2026-02-01T10:00:00Z', nextDueOn: '2027-01-01' });
    const all = factsByCase([agreement({ expired: true })], [review({})], [contact({})], TODAY);
    expect(text(assessed, all)).toBe('Kooperationsplan abgelaufen');
    expect(text(assessed, factsByCase([agreement({ expired: true, type: 'EINV' })], [], [], TODAY))).toBe(
      'Eingliederungsvereinbarung abgelaufen',
    );
    expect(text(assessed, factsByCase([agreement({ reason: 'REVIEW' })], [review({})], [], TODAY))).toBe(
      'Fortschreibung fällig',
    );
    expect(text(assessed, factsByCase([], [review({})], [contact({})], TODAY))).toBe('Fortführungsprüfung fällig');
    expect(text(assessed, factsByCase([], [review({ kind: 'CLOSURE_RECOMMENDED' })], [], TODAY))).toBe(
      'Beendigung prüfen',
    );
    expect(text({ ...assessed, nextDueOn: '2026-06-01' }, factsByCase([], [], [contact({})], TODAY))).toBe(
      'Höchstdauer erreicht: Verlängerung oder Abschluss',
    );
    expect(text(assessed, factsByCase([], [], [contact({})], TODAY))).toBe('Kontakt überfällig');
    expect(text(assessed)).toBe('Nichts fällig');
  });

  it('does not count what is only due later', () => {
    const assessed = line({ assessedAt: '2026-02-01T10:00:00Z' });
    const later = factsByCase(
      [agreement({ reason: 'REVIEW', dueOn: '2026-06-20' })],
      [review({ dueOn: '2026-06-20', overdue: false })],
      [contact({ overdue: false })],
      TODAY,
    );
    expect(text(assessed, later)).toBe('Nichts fällig');
  });

  it('names no step it cannot know when planning did not answer', () => {
    expect(nextStep(line({ assessedAt: '2026-02-01T10:00:00Z' }), undefined, TODAY)).toBeNull();
    expect(nextStep(line({}), undefined, TODAY)?.text).toBe('Profiling ausstehend');
    expect(nextStep(line({ status: 'CLOSED' }), undefined, TODAY)).toBeNull();
  });
});
