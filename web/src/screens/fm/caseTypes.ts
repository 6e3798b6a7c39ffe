// The case file as intake-service returns it (GET /svc/intake/api/cases/{caseId}), from its OpenAPI
// document (src/api/generated/intake.ts). Other services' shapes live next to their tabs.
import type { components } from '../../api/generated/intake';

/** intake Fall */
export type CaseView = components['schemas']['Fall'];
