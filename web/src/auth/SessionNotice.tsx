import { useEffect, useRef, useState } from 'react';
import { useAuth } from './AuthContext';

/**
 * How long before the token's end the warning appears. With an identity provider the library renews the token
 * silently a minute before its end (AuthContext), so a warning appears only when that failed; the demo login has no
 * silent renewal and warns two minutes ahead. Either leaves more than the 20 seconds WCAG 2.2.1 asks for to extend
 * the session with one action.
 */
export function warningLead(mode: 'dev' | 'oidc'): number {
  return mode === 'oidc' ? 45_000 : 120_000;
}

/** "14:32" — the end as a time of day: a fixed text, so a screen reader announces it once, not every second. */
function timeOfDay(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
}

/**
 * The session's end, made visible (issue 18 item 5): a warning with "Angemeldet bleiben" before the token expires,
 * and once it has expired (or a service refused it) a dialog to sign in again — over the page, which stays as it
 * is, with everything typed into it, so that saving again afterwards succeeds.
 */
export function SessionNotice() {
  const { config, session, expired, renew, logout } = useAuth();
  const [warning, setWarning] = useState(false);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const renewButton = useRef<HTMLButtonElement>(null);
  const expiresAt = session?.expiresAt ?? 0;

  useEffect(() => {
    const lead = warningLead(config.mode);
    const update = () => setWarning(expiresAt - Date.now() <= lead);
    update();
    // one timer to the moment the warning is due; a renewal brings a new expiresAt and so a new timer
    const handle = window.setTimeout(update, Math.max(0, expiresAt - lead - Date.now()));
    return () => window.clearTimeout(handle);
  }, [config.mode, expiresAt]);

  useEffect(() => {
    if (expired) {
      if (!dialog.current?.open) dialog.current?.showModal();
      renewButton.current?.focus();
    } else if (dialog.current?.open) {
      // closing a modal dialog returns the focus to where it was: the form whose save needs repeating
      dialog.current.close();
    }
  }, [expired]);

  async function stay() {
    setPending(true);
    setFailed(false);
    try {
      await renew();
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  }

  const failure = failed && (
    <p className="alert alert--error" role="alert">
      Die Anmeldung ist nicht gelungen. Bitte versuchen Sie es noch einmal; Ihre Eingaben bleiben erhalten.
    </p>
  );

  return (
    <>
      {warning && !expired && (
        <div className="session-warning" role="alert" data-testid="session-warning">
          <p>
            Ihre Anmeldung endet um {timeOfDay(expiresAt)} Uhr. Bleiben Sie angemeldet, um ohne Unterbrechung
            weiterzuarbeiten.
          </p>
          <button type="button" className="button button--small" disabled={pending} onClick={() => void stay()}>
            Angemeldet bleiben
          </button>
          {failure}
        </div>
      )}
      {/* Escape must not close it: the page behind cannot save anything until the user has signed in again */}
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="session-expired-title"
        aria-describedby="session-expired-text"
        onCancel={(e) => e.preventDefault()}
        data-testid="session-expired"
      >
        <h2 id="session-expired-title">Ihre Anmeldung ist abgelaufen</h2>
        <p id="session-expired-text">
          Was Sie eingegeben haben, bleibt auf der Seite erhalten. Melden Sie sich erneut an und speichern Sie dann noch
          einmal.
        </p>
        {failure}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => void logout()}>
            Abmelden
          </button>
          <button
            type="button"
            className="button button--primary"
            ref={renewButton}
            disabled={pending}
            onClick={() => void stay()}
          >
            Erneut anmelden
          </button>
        </div>
      </dialog>
    </>
  );
}
