import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { SessionNotice } from './auth/SessionNotice';
import { useAuth, useSession } from './auth/AuthContext';
import { ROLE_LABEL, type Role } from './auth/session';

const NAV: Record<Role, { to: string; label: string }[]> = {
  AV: [
    { to: '/av', label: 'Meine Kundinnen und Kunden' },
    { to: '/av/zugangspruefung', label: 'Zugangsprüfung & Vormerkung' },
    { to: '/av/nichtvormerkungen', label: 'Wiedervorlagen (Nicht-Vormerkung)' },
  ],
  FM: [{ to: '/fm', label: 'Mein Fallbestand' }],
  TL: [{ to: '/tl', label: 'Team' }],
  MANAGEMENT: [{ to: '/steuerung', label: 'Steuerung' }],
  ADMIN: [
    { to: '/admin', label: 'Richtlinie des Jobcenters' },
    { to: '/admin/jobcenter', label: 'Jobcenter' },
  ],
  PARTNER: [{ to: '/partner', label: 'Überweisungen' }],
};

/**
 * After a change of page the focus moves to the new page's heading (its h1, once the lazily loaded screen has rendered
 * it; the main region if it has none), so a screen reader announces the new page and the keyboard starts there
 * instead of on the link that is gone. The first page keeps the browser's own start.
 */
function useFocusOnPageChange() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      } else if (frames++ < 60) {
        handle = requestAnimationFrame(attempt);
      } else {
        document.getElementById('main')?.focus();
      }
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [pathname]);
}

export function Layout() {
  useFocusOnPageChange();
  const session = useSession();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const links = session.roles.flatMap((r) => NAV[r] ?? []);
  // to the plain sign-in page: the next user starts at their own home, not on this user's page
  const signOut = () => {
    void logout();
    void navigate('/anmeldung', { replace: true });
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Zum Inhalt springen
      </a>
      {/* first after the skip link: the warning stays in view at the top (sticky) while the page scrolls */}
      <SessionNotice />
      <header className="topbar">
        <span className="topbar__brand" aria-label="Lotse">
          ⚓ Lotse
        </span>
        <nav aria-label="Hauptnavigation">
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to} end>
                  {l.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar__user">
          <span>
            <span className="topbar__name" data-testid="current-user">
              {session.displayName}
            </span>
            <span className="topbar__meta">
              {session.roles.map((r) => ROLE_LABEL[r]).join(', ')}
              {session.jobcenterId ? ` · ${session.jobcenterId}` : ''}
              {session.teamId ? ` · ${session.teamId}` : ''}
            </span>
          </span>
          <button type="button" className="button button--small" onClick={signOut}>
            Abmelden
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {/* a role's screens arrive as their own chunk on first use (App.tsx); the shell stays meanwhile */}
        <Suspense
          fallback={
            <p className="loading" role="status">
              Wird geladen …
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <Link to="/barrierefreiheit">Barrierefreiheit</Link>
      </footer>
    </>
  );
}
