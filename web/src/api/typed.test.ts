import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureApi } from './client';
import { answer, network, planning } from './typed';

function stubFetch(response: Response): Request[] {
  const seen: Request[] = [];
  vi.stubGlobal('fetch', (input: Request, init?: RequestInit) => {
    seen.push(new Request(input, init));
    return Promise.resolve(response);
  });
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
  configureApi(
    () => Promise.resolve(null),
    () => {},
  );
});

describe('typed clients', () => {
  it('send to the gateway prefix of the service, with the token, and return the body', async () => {
    configureApi(
      () => Promise.resolve('token-1'),
      () => {},
    );
    const seen = stubFetch(Response.json([{ id: 'm1', instrument: 'ACTIVATION_45', startedOn: '2026-03-01' }]));

    const measures = await answer(
      planning.GET('/api/cases/{caseId}/measures', { params: { path: { caseId: 'c 1' } } }),
    );

    expect(measures.map((m) => m.id)).toEqual(['m1']);
    expect(seen).toHaveLength(1);
    expect(new URL(seen[0].url).pathname).toBe('/svc/planning/api/cases/c%201/measures');
    expect(seen[0].method).toBe('GET');
    expect(seen[0].headers.get('Authorization')).toBe('Bearer token-1');
    expect(seen[0].headers.get('Accept')).toBe('application/json');
  });

  it('turn a 401 into an ApiError that keeps the input and into a new sign-in', async () => {
    const unauthorized = vi.fn();
    configureApi(() => Promise.resolve('expired'), unauthorized);
    stubFetch(
      new Response(JSON.stringify({ title: 'Bitte erneut anmelden', detail: 'Token abgelaufen' }), {
        status: 401,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );

    const call = answer(
      network.POST('/api/cases/{caseId}/referrals/{referralId}/revocation', {
        params: { path: { caseId: 'c1', referralId: 'r1' } },
      }),
    );

    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    // the session's end in the SPA's own words, the same for every service: a write says it was not saved
    expect((error as ApiError).problem.title).toBe('Ihre Anmeldung ist abgelaufen');
    expect((error as ApiError).problem.detail).toMatch(/^Nicht gespeichert\. Ihre Eingaben bleiben erhalten/);
    expect(unauthorized).toHaveBeenCalledOnce();
  });
});
