// The case file as intake-service returns it (GET /svc/intake/api/cases/{caseId}), from its OpenAPI
// document (src/api/generated/intake.ts). Other services' shapes live next to their tabs.
import type { components } from '../../api/generated/intake';
import type { WithRequired } from '../../api/types';

type Schemas = components['schemas'];

/** intake Fall; the sections below are always sent (see WithRequired) */
export type CaseView = WithRequired<Schemas['Fall'], 'status' | 'customer' | 'ageGroup' | 'teamId' | 'referral'>;
