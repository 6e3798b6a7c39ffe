import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { ApiError } from '../api/client';
import { errorSummaryLines } from './errorSummary';

/** The errors of one field, by the field path the service names in its problem+json. */
export type FieldErrors = Record<string, string[]>;

interface FieldProps {
  label: string;
  /** the control's id, for links to it (an error summary); generated when not given */
  id?: string;
  /** the field path the API uses, e.g. "dateOfBirth" or "facts.prognosisHorizonMonths" */
  name: string;
  errors?: FieldErrors;
  hint?: ReactNode;
  required?: boolean;
}

function FieldFrame({
  label,
  name,
  errors,
  hint,
  required,
  id: givenId,
  children,
}: FieldProps & { children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode }) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const messages = errors?.[name] ?? [];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${messages.length > 0 ? ' field--invalid' : ''}`} data-field={name}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span aria-hidden="true" className="required">
            {' '}
            *
          </span>
        )}
      </label>
      {children({ id, describedBy, invalid: messages.length > 0 })}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {errorId && (
        <p className="field-error" id={errorId} role="alert">
          {messages.join(' · ')}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  name,
  errors,
  hint,
  required,
  id: givenId,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint} required={required} id={givenId}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export function TextArea({
  label,
  name,
  errors,
  hint,
  required,
  id: givenId,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint} required={required} id={givenId}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={3}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  required,
  options,
  placeholder,
  id: givenId,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[]; placeholder?: string }) {
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint} required={required} id={givenId}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...select}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({
  label,
  name,
  errors,
  checked,
  onChange,
}: {
  label: string;
  name: string;
  errors?: FieldErrors;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const messages = errors?.[name] ?? [];
  return (
    <div className={`field field--checkbox${messages.length > 0 ? ' field--invalid' : ''}`} data-field={name}>
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={messages.length > 0 ? `${id}-error` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {messages.length > 0 && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {messages.join(' · ')}
        </p>
      )}
    </div>
  );
}

/** Where a field's error links to: its label's text and its control, as the form on screen shows them. */
interface FieldTarget {
  label: string;
  controlId?: string;
}

/** The field's frame (FieldFrame's data-field) in the summary's form, or in the page. */
function frameOf(scope: ParentNode, field: string): Element | null {
  return scope.querySelector(`[data-field="${CSS.escape(field)}"]`);
}

function targetsOf(scope: ParentNode, fields: string[]): Record<string, FieldTarget> {
  const targets: Record<string, FieldTarget> = {};
  for (const field of fields) {
    const frame = frameOf(scope, field);
    const label = frame
      ?.querySelector('label, legend')
      ?.textContent?.replace(/\s*\*\s*$/, '')
      .trim();
    if (frame && label) {
      targets[field] = { label, controlId: frame.querySelector('input, select, textarea')?.id || undefined };
    }
  }
  return targets;
}

/**
 * The error summary of a form (the GOV.UK pattern): placed at the top of the form, it takes the focus when a save
 * fails, so a screen reader reads it and a keyboard user starts there; each refused field the form shows is a line
 * "Label: message" linking to its control; then what names no field (or a field this form does not show — its
 * message, never its path). The messages also stand next to their fields. Labels and controls are read from the
 * form on screen, so every form gets this without listing its labels twice.
 */
export function FormErrors({ error }: { error?: ApiError }) {
  const box = useRef<HTMLDivElement>(null);
  const [targets, setTargets] = useState<Record<string, FieldTarget>>({});
  useLayoutEffect(() => {
    if (!error || !box.current) return;
    const scope = box.current.closest('form, section, .card') ?? document;
    // the labels are in the DOM the form rendered: read once per error, before the browser paints the summary
    setTargets(targetsOf(scope, Object.keys(error.fieldErrors())));
    box.current.focus();
  }, [error]);
  if (!error) return null;
  const lines: { field: string | null; text: string }[] = [];
  for (const [field, messages] of Object.entries(error.fieldErrors())) {
    const target = targets[field];
    lines.push(
      target
        ? { field, text: `${target.label}: ${messages.join(' · ')}` }
        : { field: null, text: messages.join(' · ') },
    );
  }
  for (const message of error.generalMessages()) lines.push({ field: null, text: message });
  const named = lines.some((l) => l.field);
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1} ref={box} data-testid="error-summary">
      <strong>{named ? 'Bitte korrigieren Sie die folgenden Angaben' : error.problem.title}</strong>
      <SummaryLines
        lines={lines}
        fieldId={(field) => targets[field]?.controlId ?? field}
        controlOf={(field) => {
          const id = targets[field]?.controlId;
          return id ? document.getElementById(id) : null;
        }}
      />
    </div>
  );
}

/** Moves the focus to an error summary whenever a new error arrives (a failed save). */
export function useFocusOnError(error: unknown) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error]);
  return box;
}

/**
 * Everything the service objected to, at the top of a form: one line per refused field, each a link that takes
 * the user to the field (its control has the id {@code fieldId(name)}), then what names no field. The messages
 * also stand next to their fields.
 */
export function ErrorSummary({
  error,
  labels,
  fieldId,
  title = 'Bitte korrigieren Sie die folgenden Angaben',
}: {
  error?: ApiError;
  labels: Record<string, string>;
  fieldId: (field: string) => string;
  title?: string;
}) {
  const box = useFocusOnError(error);
  if (!error) return null;
  const lines = errorSummaryLines(error, labels);
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1} ref={box} data-testid="error-summary">
      <strong>{lines.some((l) => l.field) ? title : error.problem.title}</strong>
      <SummaryLines lines={lines} fieldId={fieldId} />
    </div>
  );
}

/**
 * The lines of an error summary: each line that names a field links to it and moves the focus to its control
 * ({@code controlOf}, by default the element with the id {@code fieldId(field)}); the others are plain text.
 */
export function SummaryLines({
  lines,
  fieldId,
  controlOf = (field) => document.getElementById(fieldId(field)),
}: {
  lines: { field?: string | null; text: string }[];
  fieldId: (field: string) => string;
  controlOf?: (field: string) => HTMLElement | null;
}) {
  return (
    <ul>
      {lines.map((line, i) => (
        <li key={i}>
          {line.field ? (
            <a
              href={`#${fieldId(line.field)}`}
              onClick={(e) => {
                const control = controlOf(line.field!);
                if (control) {
                  e.preventDefault();
                  control.focus();
                  control.scrollIntoView({ block: 'center' });
                }
              }}
            >
              {line.text}
            </a>
          ) : (
            line.text
          )}
        </li>
      ))}
    </ul>
  );
}

export function SubmitButton({
  pending,
  children,
  pendingLabel = 'Wird gespeichert …',
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: string;
}) {
  return (
    <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending || undefined}>
      {pending ? (
        <>
          <span className="spinner" aria-hidden="true" /> {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
