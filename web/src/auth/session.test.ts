import { describe, expect, it } from 'vitest';
import { returnPath, sessionOf } from './session';

function jwt(claims: object): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'HS256' })}.${b64(claims)}.sig`;
}

describe('session from a token', () => {
  it('reads roles, Jobcenter, team and expiry from the claims', () => {
    const session = sessionOf(
      jwt({
        sub: 'tl-petra',
        roles: ['TL'],
        jobcenterId: 'jc-demo',
        teamId: 'team-fm-1',
        exp: 2_000_000_000,
        name: 'Petra Ü.',
      }),
    );
    expect(session).toMatchObject({
      subject: 'tl-petra',
      roles: ['TL'],
      jobcenterId: 'jc-demo',
      teamId: 'team-fm-1',
      displayName: 'Petra Ü.',
      expiresAt: 2_000_000_000_000,
    });
  });

  it('ignores roles of the identity provider, as the services do', () => {
    expect(sessionOf(jwt({ sub: 'fm-anna', roles: ['offline_access', 'FM', 'uma_authorization'] })).roles).toEqual([
      'FM',
    ]);
    expect(sessionOf(jwt({ sub: 'x', roles: 'FM' })).roles).toEqual([]);
  });

  it('has no roles when the claim is missing (the SPA then offers no screens)', () => {
    expect(sessionOf(jwt({ sub: 'x' })).roles).toEqual([]);
  });

  it('names the user by the first claim that is text, never as "[object Object]"', () => {
    expect(sessionOf(jwt({ sub: 'fm-anna', preferred_username: 'anna' })).displayName).toBe('anna');
    expect(sessionOf(jwt({ sub: 'fm-anna', name: { given: 'Anna' } })).displayName).toBe('fm-anna');
    expect(sessionOf(jwt({ sub: 42 })).subject).toBe('42');
  });
});

describe('returnPath', () => {
  it('returns to a page of the app', () => {
    expect(returnPath({ returnTo: '/faelle/abc/kontakte?seite=2' })).toBe('/faelle/abc/kontakte?seite=2');
  });
  it('never to another site or from something that is no path', () => {
    for (const returnTo of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'fm', 42, undefined]) {
      expect(returnPath({ returnTo })).toBe('/');
    }
    expect(returnPath(undefined)).toBe('/');
    expect(returnPath(null)).toBe('/');
  });
});
