// Who is signed in: the claims of the bearer token the services check (ARCHITECTURE.md §4).

export type Role = 'AV' | 'FM' | 'TL' | 'MANAGEMENT' | 'ADMIN' | 'PARTNER';

export interface Session {
  token: string;
  subject: string;
  roles: Role[];
  jobcenterId?: string;
  teamId?: string;
  reportingScope?: string;
  displayName: string;
  expiresAt: number; // epoch ms
}

function claimsOf(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new Error('kein JWT');
  const json = atob(
    part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '='),
  );
  return JSON.parse(
    decodeURIComponent(Array.from(json, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('')),
  ) as Record<string, unknown>;
}

/** A claim as text: a string or a number; anything else (missing, an object, a list) is none. */
function text(claim: unknown): string | undefined {
  return typeof claim === 'string' || typeof claim === 'number' ? String(claim) : undefined;
}

export function sessionOf(token: string, displayName?: string): Session {
  const claims = claimsOf(token);
  // the services' rule: only Lotse's roles count; the identity provider's own (offline_access, …) are ignored
  const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter(
    (r): r is Role => typeof r === 'string' && r in ROLE_LABEL,
  );
  return {
    token,
    subject: text(claims.sub) ?? '',
    roles,
    jobcenterId: claims.jobcenterId as string | undefined,
    teamId: claims.teamId as string | undefined,
    reportingScope: claims.reportingScope as string | undefined,
    displayName: displayName ?? text(claims.name) ?? text(claims.preferred_username) ?? text(claims.sub) ?? '',
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 3600_000,
  };
}

export const ROLE_LABEL: Record<Role, string> = {
  AV: 'Arbeitsvermittlung',
  FM: 'Fallmanagement',
  TL: 'Teamleitung',
  MANAGEMENT: 'Steuerung',
  ADMIN: 'Fachadministration',
  PARTNER: 'Partner',
};

/** The start page of each role (a partner agency's is the partner portal, which reads the partner API). */
export const ROLE_HOME: Record<Role, string> = {
  AV: '/av',
  FM: '/fm',
  TL: '/tl',
  MANAGEMENT: '/steuerung',
  ADMIN: '/admin',
  PARTNER: '/partner',
};

/**
 * Where an identity provider's sign-in returns to (the OIDC state the SPA sent): a path of this app, never another
 * site — `//host` and `/\\host` would leave it — else the start page.
 */
export function returnPath(state: unknown): string {
  const to = (state as { returnTo?: unknown } | null | undefined)?.returnTo;
  return typeof to === 'string' && /^\/(?![/\\])/.test(to) ? to : '/';
}
