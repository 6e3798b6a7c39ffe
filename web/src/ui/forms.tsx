import {
  useId,
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

/**
 * Messages that name no field of this form: violations without a field, violations of fields the
 * form does not show (so nothing the service said is lost), or the problem's detail.
 */
export function FormErrors({ error, shownFields = [] }: { error?: ApiError; shownFields?: string[] }) {
  if (!error) return null;
  const fieldErrors = error.fieldErrors();
  const unshown = Object.entries(fieldErrors)
    .filter(([field]) => !shownFields.includes(field))
    .map(([field, messages]) => `${field}: ${messages.join(', ')}`);
  const messages = [...error.generalMessages(), ...unshown];
  if (messages.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert">
      <strong>{error.problem.title}</strong>
      <ul>
        {messages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
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
  if (!error) return null;
  const lines = errorSummaryLines(error, labels);
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1}>
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
