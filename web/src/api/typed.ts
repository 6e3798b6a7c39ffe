// Typed clients of the five services (openapi-fetch over the generated `paths` of src/api/generated):
// the compiler checks the path, its parameters, the query, the request body and the answer against
// the service's OpenAPI document, so a call the service no longer offers fails `npm run check`.
// They send through exchange() (client.ts): the same token, the same ApiError for every error status.
//
//   const caseView = await answer(intake.GET('/api/cases/{caseId}', { params: { path: { caseId } }, signal }));
//
// New code uses these; api() stays for the calls not migrated yet.
import createClient, { type Client } from 'openapi-fetch';
import { exchange, type Service } from './client';
import type { paths as AssessmentPaths } from './generated/assessment';
import type { paths as IntakePaths } from './generated/intake';
import type { paths as NetworkPaths } from './generated/network';
import type { paths as PlanningPaths } from './generated/planning';
import type { paths as ReportingPaths } from './generated/reporting';

function serviceClient<Paths extends object>(service: Service): Client<Paths> {
  // openapi-fetch builds a Request, which needs an absolute URL outside the browser (the unit tests)
  const origin = globalThis.location?.origin ?? 'http://localhost';
  return createClient<Paths>({ baseUrl: `${origin}/svc/${service}`, fetch: (request) => exchange(request) });
}

export const intake = serviceClient<IntakePaths>('intake');
export const assessment = serviceClient<AssessmentPaths>('assessment');
export const planning = serviceClient<PlanningPaths>('planning');
export const network = serviceClient<NetworkPaths>('network');
export const reporting = serviceClient<ReportingPaths>('reporting');

/**
 * The answer's body. exchange() has already turned every error status into an ApiError, so what
 * arrives here is a success (undefined for 204).
 */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
