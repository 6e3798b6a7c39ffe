import { describe, expect, it } from 'vitest';
import { citableGrounds } from './ReductionChecks';
import type { DutyDemandView, MeasureView, OfferView } from './types';

const demand: DutyDemandView = {
  id: 'd1',
  duty: 'OWN_EFFORTS',
  demandedOn: '2026-03-05',
  withLegalConsequenceNotice: true,
  recordedBy: 'fm',
  recordedAt: '2026-03-05T10:00:00Z',
};
const offer = (id: string, response?: string): OfferView => ({
  id,
  kind: 'JOB',
  offeredOn: '2026-03-07',
  withLegalConsequenceNotice: true,
  response,
  respondedOn: response ? '2026-03-10' : undefined,
  recordedBy: 'fm',
  recordedAt: '2026-03-07T10:00:00Z',
});
const measure = (id: string, outcome?: string): MeasureView => ({
  id,
  instrument: 'ACTIVATION_45',
  startedOn: '2026-03-01',
  endedOn: '2026-04-01',
  outcome,
});

// docs/domain.md §14: a check cites a demand, a refused offer or a measure the customer aborted — nothing else
describe('citableGrounds', () => {
  it('offers every written demand, only refused offers and only measures the customer aborted', () => {
    const grounds = citableGrounds(
      [demand],
      [offer('o1', 'REFUSED'), offer('o2', 'ACCEPTED'), offer('o3'), offer('o4', 'NOT_TAKEN_UP')],
      [measure('m1', 'ABORTED_BY_CUSTOMER'), measure('m2', 'ABORTED_BY_PROVIDER'), measure('m3')],
    );
    expect(grounds.map((g) => `${g.kind}:${g.id}`)).toEqual(['DUTY_DEMAND:d1', 'OFFER:o1', 'OFFER:o4', 'MEASURE:m1']);
  });

  it('labels a ground in plain German without codes', () => {
    const [first] = citableGrounds([demand], [], []);
    expect(first.label).toBe(
      'Aufforderung vom 05.03.2026: Eigenbemühungen (Bewerbungen) im festgelegten Umfang nachweisen',
    );
    expect(first.label).not.toMatch(/[A-Z]{3,}_/);
  });
});
