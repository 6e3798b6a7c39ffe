import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../caseTypes';
import type { ContactView, DensityView } from '../contacts/types';
import type { ReferralView } from '../network/types';
import type { AgreementView, PlanView } from '../plan/types';
import {
  agreementItems,
  agreementValidity,
  assessmentItems,
  caseItems,
  contactItems,
  dueItems,
  orderItems,
  planItems,
  referralItems,
  type NextItem,
} from './nextItems';

const TODAY = '2026-06-15';

function agreement(over: Partial<AgreementView>): AgreementView {
  return {
    id: 'a1',
    type: 'KOOPERATIONSPLAN',
    agreedOn: '2026-01-10',
    jobcenterServices: [],
    customerObligations: [],
    legalConsequenceInstruction: false,
    policyVersion: 1,
    agreedBy: 'fm',
    agreedAt: '2026-01-10T09:00:00Z',
    documentUrl: '/doc',
    ...over,
  };
}

function item(key: string, over: Partial<NextItem>): NextItem {
  return { key, text: key, overdue: false, tone: 'info', tab: '', ...over };
}

describe('orderItems', () => {
  it('puts overdue items first, then open tasks without a day, then by day, and facts without a day last', () => {
    const ordered = orderItems([
      item('fact-1', {}),
      item('later', { dueOn: '2026-07-01' }),
      item('overdue-late', { dueOn: '2026-06-10', overdue: true }),
      item('task-1', { tone: 'warn' }),
      item('fact-2', {}),
      item('sooner', { dueOn: '2026-06-20' }),
      item('task-2', { tone: 'danger' }),
      item('overdue-early', { dueOn: '2026-05-01', overdue: true }),
    ]);
    expect(ordered.map((i) => i.key)).toEqual([
      'overdue-early',
      'overdue-late',
      'task-1',
      'task-2',
      'sooner',
      'later',
      'fact-1',
      'fact-2',
    ]);
  });
});

describe('agreementValidity', () => {
  it('is none without an agreement', () => {
    expect(agreementValidity([], TODAY).state).toBe('none');
  });

  it('reads the latest agreement only', () => {
    const old = agreement({ id: 'old', agreedOn: '2025-01-01', validUntil: '2025-06-01' });
    const current = agreement({ id: 'new', agreedOn: '2026-01-10', validUntil: '2026-12-31' });
    const v = agreementValidity([current, old], TODAY);
    expect(v.state).toBe('valid');
    expect(v.state !== 'none' && v.agreement.id).toBe('new');
  });

  it('is expired after its last valid day, expiring within 30 days, valid before', () => {
    expect(agreementValidity([agreement({ validUntil: '2026-06-14' })], TODAY).state).toBe('expired');
    expect(agreementValidity([agreement({ validUntil: '2026-06-15' })], TODAY).state).toBe('expiring');
    expect(agreementValidity([agreement({ validUntil: '2026-07-15' })], TODAY).state).toBe('expiring');
    expect(agreementValidity([agreement({ validUntil: '2026-07-16' })], TODAY).state).toBe('valid');
    expect(agreementValidity([agreement({})], TODAY).state).toBe('valid');
  });

  it('names the exception without an agreement', () => {
    expect(agreementValidity([agreement({ type: 'NONE' })], TODAY).state).toBe('exception');
  });
});

describe('agreementItems', () => {
  it('asks for an agreement when there is none', () => {
    expect(agreementItems([], TODAY)).toMatchObject([
      { text: 'Noch kein Kooperationsplan abgeschlossen', tab: 'plan' },
    ]);
  });

  it('marks an expired agreement overdue, in words', () => {
    const [expired] = agreementItems([agreement({ validUntil: '2026-06-01' })], TODAY);
    expect(expired).toMatchObject({ overdue: true, tone: 'danger', dueOn: '2026-06-01' });
    expect(expired.text).toContain('Kooperationsplan abgelaufen am 01.06.2026');
  });

  it('adds the joint review once it is near, overdue after its day', () => {
    const items = agreementItems([agreement({ validUntil: '2027-01-01', reviewOn: '2026-06-01' })], TODAY);
    expect(items.map((i) => i.key)).toEqual(['agreement', 'agreement-review']);
    expect(items[1]).toMatchObject({ overdue: true });
    expect(agreementItems([agreement({ reviewOn: '2026-09-01' })], TODAY).map((i) => i.key)).toEqual(['agreement']);
  });
});

describe('planItems', () => {
  const need = (needId: string, code: string) => ({
    needId,
    code,
    keyGroup: 'LIVING_CONDITIONS',
    status: 'IDENTIFIED',
  });
  const plan = (over: Partial<PlanView>): PlanView => ({
    version: 0,
    directPlacementFirst: false,
    complete: false,
    ...over,
  });

  it('asks for a plan when the profiling has needs and no plan was saved', () => {
    const items = planItems(
      plan({ needs: [need('n1', 'DEBTS')], needsWithoutStrategy: [need('n1', 'DEBTS')] }),
      () => 'Schulden',
    );
    expect(items.map((i) => i.text)).toEqual([
      'Integrationsplan erstellen',
      'Ein Handlungsbedarf ohne Strategie: Schulden',
    ]);
  });

  it('counts the needs without a strategy and names them only when every name is known', () => {
    const missing = [need('n1', 'DEBTS'), need('n2', 'HOUSING')];
    const saved = plan({ needs: missing, needsWithoutStrategy: missing, updatedAt: '2026-06-01T10:00:00Z' });
    expect(planItems(saved, (c) => (c === 'DEBTS' ? 'Schulden' : undefined)).map((i) => i.text)).toEqual([
      '2 Handlungsbedarfe ohne Strategie',
    ]);
    expect(planItems(saved, (c) => ({ DEBTS: 'Schulden', HOUSING: 'Wohnen' })[c]).map((i) => i.text)).toEqual([
      '2 Handlungsbedarfe ohne Strategie: Schulden, Wohnen',
    ]);
  });

  it('has nothing to say about a plan without needs', () => {
    expect(planItems(plan({}), () => undefined)).toEqual([]);
  });
});

describe('contactItems', () => {
  const contact = (occurredOn: string, nextAppointmentOn?: string, afterCare = false): ContactView => ({
    id: occurredOn,
    format: 'IN_PERSON',
    occurredOn,
    qualifiedNote: true,
    nextAppointmentOn,
    countsForDensity: true,
    recordedBy: 'fm',
    recordedAt: `${occurredOn}T10:00:00Z`,
    policyVersion: 1,
    afterCare,
  });
  const density = (over: Partial<DensityView>): DensityView => ({
    status: 'COMPLIANT',
    requiredSoFar: 2,
    countedLastYear: 2,
    longestGapDays: 20,
    gaps: [],
    overdue: false,
    ...over,
  });

  it('names the last contact and the next appointment still ahead', () => {
    const items = contactItems(
      [contact('2026-05-02', '2026-06-01'), contact('2026-06-01', '2026-07-01')],
      undefined,
      TODAY,
    );
    expect(items.map((i) => i.text)).toEqual(['Nächster Termin am 01.07.2026', 'Letzter Kontakt am 01.06.2026']);
  });

  it('says when there is no contact yet', () => {
    expect(contactItems([], undefined, TODAY).map((i) => i.text)).toEqual(['Noch kein Kontakt erfasst']);
  });

  it('warns when the contact rule is not met and the next counted contact is overdue', () => {
    const items = contactItems(
      [contact('2026-01-01')],
      density({
        status: 'NOT_COMPLIANT',
        countedLastYear: 1,
        requiredSoFar: 3,
        nextContactDueOn: '2026-06-01',
        overdue: true,
      }),
      TODAY,
    );
    expect(items[0]).toMatchObject({ key: 'contact-due', overdue: true, dueOn: '2026-06-01' });
    expect(items[1]).toMatchObject({ key: 'density', tone: 'danger' });
    expect(items[1].text).toBe('Kontaktdichte nicht erfüllt: 1 zählende Kontakte in zwölf Monaten, nötig bisher 3');
  });
});

describe('referralItems', () => {
  const referral = (id: string, status: string, dueOn?: string): ReferralView => ({
    id,
    caseId: 'c',
    partnerId: 'p',
    service: 'DEBT_COUNSELLING',
    status,
    referenceCode: 'R',
    dueOn,
    sentAt: '2026-05-01T10:00:00Z',
    updatedAt: '2026-05-01T10:00:00Z',
  });

  it('lists open referrals only, overdue when not begun by their day', () => {
    const items = referralItems(
      [referral('r1', 'REQUESTED', '2026-06-01'), referral('r2', 'STARTED', '2026-06-01'), referral('r3', 'COMPLETED')],
      () => 'Beratungsstelle Nord',
      TODAY,
    );
    expect(items.map((i) => [i.key, i.overdue])).toEqual([
      ['referral-r1', true],
      ['referral-r2', false],
    ]);
    expect(items[0].text).toContain('bei Beratungsstelle Nord: angefragt, Beginn bis 01.06.2026');
    expect(items.every((i) => i.tab === 'netzwerk')).toBe(true);
  });
});

describe('caseItems', () => {
  const view = (over: Partial<CaseView>): CaseView => ({ status: 'ACTIVE', ...over }) as CaseView;

  it('names the pending first consultation with its appointment or deadline', () => {
    expect(caseItems(view({ status: 'ADMITTED', firstConsultation: { dueOn: '2026-06-20' } }), TODAY)).toMatchObject([
      { text: 'Einstiegsberatung ausstehend (noch kein Termin, fällig bis 20.06.2026)', overdue: false },
    ]);
    expect(
      caseItems(
        view({ status: 'ADMITTED', firstConsultation: { dueOn: '2026-06-10', scheduledOn: '2026-06-18' } }),
        TODAY,
      ),
    ).toMatchObject([{ text: 'Einstiegsberatung ausstehend (Termin am 18.06.2026)', overdue: true }]);
    expect(caseItems(view({ firstConsultation: { heldOn: '2026-06-01' } }), TODAY)).toEqual([]);
  });

  it('warns within 90 days of the maximum duration, or of an approved extension', () => {
    const admission = (maxDurationEndsOn: string) => ({ maxDurationEndsOn }) as CaseView['admission'];
    expect(caseItems(view({ admission: admission('2026-12-31') }), TODAY)).toEqual([]);
    expect(caseItems(view({ admission: admission('2026-09-01') }), TODAY)[0].text).toBe(
      'Maximale Betreuungsdauer endet am 01.09.2026',
    );
    expect(caseItems(view({ admission: admission('2026-06-01'), extensionUntil: '2026-08-01' }), TODAY)[0].text).toBe(
      'Genehmigte Verlängerung endet am 01.08.2026',
    );
  });
});

describe('dueItems', () => {
  it('keeps the work-list lines not stated otherwise, each leading to its area', () => {
    const line = (key: string, group: string, kind?: string) =>
      ({ key, group, kind, what: key, dueOn: '2026-06-10', overdue: true, customer: { fallback: '' } }) as never;
    const items = dueItems([
      line('first', 'deadlines', 'FIRST_CONSULTATION'),
      line('clarification', 'deadlines', 'CLARIFICATION_PHASE_END'),
      line('review', 'reviews', 'REVIEW'),
      line('maxdur', 'reviews', 'MAX_DURATION_ENDS'),
      line('agreement', 'agreements'),
      line('resubmission', 'resubmissions', 'RESUBMISSION'),
    ]);
    expect(items.map((i) => [i.text, i.tab])).toEqual([
      ['clarification: war fällig am 10.06.2026', 'abschluss'],
      ['review: war fällig am 10.06.2026', 'fortschreibung'],
      ['resubmission: war fällig am 10.06.2026', 'assessment'],
    ]);
  });
});

describe('assessmentItems', () => {
  it('asks for the profiling only when the case has none', () => {
    expect(assessmentItems(0)).toMatchObject([{ text: 'Profiling ausstehend', tab: 'assessment' }]);
    expect(assessmentItems(2)).toEqual([]);
    expect(assessmentItems(undefined)).toEqual([]);
  });
});
