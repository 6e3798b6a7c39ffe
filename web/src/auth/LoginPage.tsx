import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext';
import { ROLE_LABEL, type Role } from './session';
import { Loading } from '../ui/feedback';
import { usePageTitle } from '../ui/pageTitle';

interface DemoUser {
  subject: string;
  role: Role;
  description: string;
}

/**
 * Locally: pick one of the demo users (the gateway signs a token with the development key).
 * In production: one button to the Jobcenter's identity provider.
 */
export function LoginPage() {
  usePageTitle('Anmeldung');
  const { config, devLogin, oidcLogin } = useAuth();
  // the page the user was on when the session ended (App.tsx ToSignIn): the sign-in returns there
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [users, setUsers] = useState<DemoUser[]>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<string>();

  useEffect(() => {
    if (config.mode !== 'dev') return;
    fetch('/dev/users')
      .then((r) => r.json())
      .then((all: DemoUser[]) => setUsers(all))
      .catch(() => setError('Die Demo-Benutzer konnten nicht geladen werden.'));
  }, [config.mode]);

  async function signIn(user: DemoUser) {
    setPending(user.subject);
    setError(undefined);
    try {
      // signed in, the app's routes take over (App.tsx Home): to the page the session ended on, or the role's start
      await devLogin(user.subject);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending(undefined);
    }
  }

  async function oidcSignIn() {
    setError(undefined);
    try {
      await oidcLogin(from);
    } catch {
      // the redirect needs the provider's discovery document first; without it the button would do nothing
      setError('Die Anmeldung beim Jobcenter ist gerade nicht erreichbar. Bitte später erneut versuchen.');
    }
  }

  return (
    <>
      <main id="main" className="login">
        <h1>Lotse</h1>
        <p className="lead">Beschäftigungsorientiertes Fallmanagement</p>
        {error && (
          <div className="alert alert--error" role="alert">
            {error}
          </div>
        )}
        {config.mode === 'oidc' ? (
          <button type="button" className="button button--primary" onClick={() => void oidcSignIn()}>
            Mit dem Jobcenter-Konto anmelden
          </button>
        ) : (
          <section aria-labelledby="demo-title">
            <h2 id="demo-title">Anmelden als Demo-Benutzer</h2>
            <p className="hint">
              Lokale Entwicklungsumgebung: Tokens werden mit dem öffentlichen Entwicklungsschlüssel signiert.
            </p>
            {!users ? (
              <Loading />
            ) : (
              <ul className="login__users">
                {users.map((u) => (
                  <li key={u.subject}>
                    <button
                      type="button"
                      className="button login__user"
                      onClick={() => void signIn(u)}
                      disabled={pending !== undefined}
                      data-testid={`login-${u.subject}`}
                    >
                      <strong>{u.description}</strong>
                      <span>
                        {u.subject} · {ROLE_LABEL[u.role]}
                      </span>
                      {pending === u.subject && <span className="spinner" aria-label="Anmeldung läuft" />}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </main>
      <footer className="footer">
        {/* with the page to return to after signing in (the statement's way back keeps it) */}
        <Link to="/barrierefreiheit" state={location.state as unknown}>
          Barrierefreiheit
        </Link>
      </footer>
    </>
  );
}
