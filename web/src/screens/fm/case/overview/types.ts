// The parts of intake's case view (Fall) the overview shows, from its OpenAPI document
// (src/api/generated/intake.ts).
import type { components } from '../../../../api/generated/intake';
import type { CaseView } from '../../caseTypes';

type Schemas = components['schemas'];

/** Vormerkungsdaten; applicationOn: Antragstellung, benefitDecisionOn: Bewilligung, firstTalkDueOn counted from it */
export type ReferralSection = Schemas['CaseView.ReferralSection'];

/** Betreuungsbereich: the FM area where the policy routes between FMs (UCKERMARK) */
export type RoutingSection = Schemas['CaseView.RoutingSection'];

export type AdmissionSection = Schemas['Aufnahmedaten'];

/** the whole case view (CaseView names the same type; this name stays for the overview's cards) */
export type FullCase = CaseView;

export function fullCase(view: CaseView): FullCase {
  return view;
}

/** Entscheidung: a line of the case's decision history (GET /api/cases/{caseId}/decisions) */
export type DecisionLine = Schemas['Entscheidung'];
