import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../api/client';
import type { Resource } from '../api/hooks';

export function Loading({ label = 'Wird geladen …' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="alert alert--error" role="alert">
      <strong>{error.problem.title}</strong>
      {error.problem.detail && <p>{error.problem.detail}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Erneut versuchen
        </button>
      )}
    </div>
  );
}

/**
 * A confirmation after a save. Where the save removed the focused control (the form closed), the focus would fall to
 * the page's body: the confirmation takes it instead, so the user continues from there.
 */
export function Success({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) box.current?.focus();
  }, []);
  return (
    <div className="alert alert--success" role="status" tabIndex={-1} ref={box}>
      {children}
    </div>
  );
}

/** Renders a resource: spinner first, problem with retry on failure, the children with the data. */
export function Loaded<T>({
  resource,
  children,
  label,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
  label?: string;
}) {
  if (resource.error && resource.data === undefined)
    return <ErrorMessage error={resource.error} onRetry={resource.reload} />;
  if (resource.data === undefined) return <Loading label={label} />;
  return <>{children(resource.data)}</>;
}

/**
 * A button for an irreversible step (closure, revocation): opens a modal dialog that says what
 * will happen; only its confirm button runs the action. {@code beforeOpen} checks the form first:
 * the dialog opens only when it answers true (nobody confirms what the service would refuse).
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  onConfirm,
  pending,
  danger = true,
  disabled,
  beforeOpen,
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  pending?: boolean;
  danger?: boolean;
  disabled?: boolean;
  beforeOpen?: () => boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) {
      dialog.current?.showModal();
      // the modal dialog takes the focus on the step that changes nothing (WAI-ARIA dialog pattern); React's autoFocus
      // cannot do that, it focuses once on mount, while the dialog is still closed
      cancel.current?.focus();
    } else dialog.current?.close();
  }, [open]);
  return (
    <>
      <button
        type="button"
        className={`button${danger ? ' button--danger' : ''}`}
        onClick={() => {
          if (!beforeOpen || beforeOpen()) setOpen(true);
        }}
        disabled={disabled || pending}
      >
        {pending ? (
          <>
            <span className="spinner" aria-hidden="true" /> Bitte warten …
          </>
        ) : (
          label
        )}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <h2 id={titleId}>{title}</h2>
        <div>{children}</div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => setOpen(false)} ref={cancel}>
            Abbrechen
          </button>
          <button
            type="button"
            className={`button ${danger ? 'button--danger' : 'button--primary'}`}
            onClick={async () => {
              setOpen(false);
              await onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'ok' | 'warn' | 'danger' | 'info';
  children: ReactNode;
}) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
