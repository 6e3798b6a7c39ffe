import type { ReactNode } from 'react';
import { CheckboxField, TextField, type FieldErrors } from '../../ui/forms';

/** A whole-number setting; empty means "not set" (null), which the policy reads as "does not apply". */
export function NumberField({
  label,
  name,
  value,
  onChange,
  errors,
  hint,
  required,
}: {
  label: string;
  name: string;
  value?: number | null;
  onChange: (v: number | null) => void;
  errors: FieldErrors;
  hint?: ReactNode;
  required?: boolean;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="number"
      min={1}
      step={1}
      inputMode="numeric"
      required={required}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Math.trunc(Number(e.target.value)))}
      errors={errors}
      hint={hint}
    />
  );
}

/** A set of codes as checkboxes in a fieldset; the error of the set shows under it. */
export function CheckGroup({
  legend,
  name,
  options,
  values,
  onChange,
  errors,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  values: string[];
  onChange: (v: string[]) => void;
  errors: FieldErrors;
}) {
  const messages = errors[name] ?? [];
  return (
    <fieldset className={`checkgroup${messages.length ? ' field--invalid' : ''}`} data-field={name}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <CheckboxField
          key={o.value}
          label={o.label}
          name={`${name}.${o.value}`}
          checked={values.includes(o.value)}
          onChange={(checked) => onChange(checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
        />
      ))}
      {messages.length > 0 && (
        <p className="field-error" role="alert">
          {messages.join(' · ')}
        </p>
      )}
    </fieldset>
  );
}

/** A group of settings with its heading. */
export function Group({ title, children, hint }: { title: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <fieldset className="policy-fieldset">
      <legend>{title}</legend>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </fieldset>
  );
}
