import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { configureApi } from '../api/client';
import { returnPath, sessionOf, type Session } from './session';

/** /config.json: the gateway (dev) or the web server (production) says how users sign in. */
export interface AuthConfig {
  mode: 'dev' | 'oidc';
  /** OIDC: the Jobcenter's identity provider and this SPA's public client (PKCE, no secret). */
  authority?: string;
  clientId?: string;
  scope?: string;
}

interface AuthState {
  config: AuthConfig;
  session: Session | null;
  /**
   * The session's token was refused by a service (401) or its time ran out. The screens stay mounted — with
   * everything typed into them — until the user signs in again (`renew`) or signs out.
   */
  expired: boolean;
  devLogin: (subject: string) => Promise<void>;
  /** Sends the user to the identity provider; `returnTo` is where the sign-in comes back to. */
  oidcLogin: (returnTo?: string) => Promise<void>;
  /**
   * A new token for the same user without leaving the page: the demo login signs again; an identity
   * provider renews silently (refresh token or hidden frame) and, if that needs the user, in a popup window —
   * a redirect would unload the page and lose what was typed.
   */
  renew: () => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);
const STORAGE_KEY = 'lotse.session';
let callbackHandled = false;

function storedSession(): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  return JSON.parse(raw) as Session;
}

/** A stored session still worth starting with (a page load): not expired, nor about to. */
function startingSession(): Session | null {
  const session = storedSession();
  return session && session.expiresAt > Date.now() + 10_000 ? session : null;
}

function oidcManager(config: AuthConfig): UserManager | null {
  if (config.mode !== 'oidc' || !config.authority || !config.clientId) return null;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/anmeldung/callback`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    scope: config.scope ?? 'openid profile',
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
  });
}

export function AuthProvider({ config, children }: { config: AuthConfig; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(startingSession);
  const [expired, setExpired] = useState(false);
  const manager = useMemo(() => oidcManager(config), [config]);

  const remember = useCallback((next: Session | null) => {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE_KEY);
    setSession(next);
    setExpired(false);
  }, []);

  useEffect(() => {
    if (!manager) return;
    // the OIDC library renews the access token; the services only ever see the current one
    const loaded = manager.events.addUserLoaded((user) => remember(sessionOf(user.access_token, user.profile.name)));
    const callback = window.location.pathname === '/anmeldung/callback';
    // the code can be redeemed once: not again when StrictMode runs this effect a second time
    if (callback && !callbackHandled) {
      callbackHandled = true;
      // signinCallback tells a sign-in redirect from a silent renewal: the provider answers both at
      // this route, the renewal inside a hidden iframe whose answer goes to the parent window
      manager
        .signinCallback()
        .then((user) => {
          if (!user) return;
          remember(sessionOf(user.access_token, user.profile.name));
          // back to the page the user was on when the sign-in began (a reload's expired session, a deep link)
          window.history.replaceState(null, '', returnPath(user.state));
        })
        .catch(() => remember(null));
    }
    return loaded;
  }, [manager, remember]);

  // during render, not in an effect: the screens' effects run before their parent's and their
  // first requests must already carry the token
  // — the stored token as it is, even when its time is up: the service decides, and its 401 marks the session
  // expired instead of dropping it, so no screen unmounts and no typed text is lost
  configureApi(
    () => Promise.resolve(storedSession()?.token ?? null),
    () => setExpired(true),
  );

  const devLogin = useCallback(
    async (subject: string) => {
      const response = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject }),
      });
      if (!response.ok) throw new Error(`Anmeldung fehlgeschlagen (${response.status})`);
      const body = (await response.json()) as { token: string; description: string };
      remember(sessionOf(body.token, `${subject} – ${body.description}`));
    },
    [remember],
  );

  const oidcLogin = useCallback(
    async (returnTo?: string) => {
      if (!manager) throw new Error('OIDC ist nicht konfiguriert');
      await manager.signinRedirect({ state: { returnTo } });
    },
    [manager],
  );

  const renew = useCallback(async () => {
    if (manager) {
      const user = await manager.signinSilent().catch(() => manager.signinPopup());
      if (!user) throw new Error('Die Anmeldung wurde nicht abgeschlossen.');
      remember(sessionOf(user.access_token, user.profile.name));
    } else if (session) {
      await devLogin(session.subject);
    }
  }, [manager, session, devLogin, remember]);

  // a token whose time has run out is expired even before a request says so: the notice appears at once, not only
  // when the next save fails (a renewal sets a new session and so a new timer)
  useEffect(() => {
    if (!session) return;
    const handle = window.setTimeout(() => setExpired(true), Math.max(0, session.expiresAt - Date.now()));
    return () => window.clearTimeout(handle);
  }, [session]);

  const logout = useCallback(async () => {
    remember(null);
    if (manager) await manager.signoutRedirect();
  }, [manager, remember]);

  const value = useMemo(
    () => ({ config, session, expired, devLogin, oidcLogin, renew, logout }),
    [config, session, expired, devLogin, oidcLogin, renew, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user (screens behind the login only). */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('not signed in');
  return session;
}
