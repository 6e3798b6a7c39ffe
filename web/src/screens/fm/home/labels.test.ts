import { describe, expect, it } from 'vitest';
import { label } from '../../../domain/labels';
import { DEADLINE_KIND } from './labels';

// every kind intake's GET /api/deadlines names (ListViews.DeadlineView)
const SERVICE_KINDS = [
  'SECONDARY_ASSIGNMENT',
  'FIRST_CONSULTATION',
  'CLARIFICATION_PHASE_END',
  'MAX_DURATION',
  'DEPUTY_ENDS',
  'FIRST_TALK',
  'MARKET_NEAR_HANDOVER',
  'MARKET_NEAR_INVITATION',
  'MARKET_NEAR_FIRST_TALK',
  'MARKET_NEAR_REVIEW',
  'REACTIVATION_INSTRUCTION',
  'U25_TARGET_GROUP_REVIEW',
];

describe('the deadlines of the work list', () => {
  it('name every kind the service lists in plain German, never by its code', () => {
    for (const kind of SERVICE_KINDS) {
      const text = label(DEADLINE_KIND, kind);
      expect(text, kind).not.toBe(kind);
      expect(text, kind).not.toMatch(/[A-Z]{2,}_/);
    }
  });

  it('name the routing deadlines as the FM knows them', () => {
    expect(label(DEADLINE_KIND, 'FIRST_TALK')).toBe('Erstgespräch nach Bewilligung');
    expect(label(DEADLINE_KIND, 'MARKET_NEAR_HANDOVER')).toBe('Übergabe an das arbeitsmarktnahe FM');
    expect(label(DEADLINE_KIND, 'REACTIVATION_INSTRUCTION')).toBe('Rechtsfolgenbelehrung nach Reaktivierung');
  });
});
