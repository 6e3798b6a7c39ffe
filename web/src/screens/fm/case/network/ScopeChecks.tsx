import { useId } from 'react';
import { collectErrors } from '../plan/types';
import { SCOPE_LABEL } from './types';

const SCOPE_ORDER = Object.keys(SCOPE_LABEL);

/** The information categories a consent releases, as checkboxes; the errors of `scopes` below the group. */
export function ScopeChecks({
  legend,
  available,
  selected,
  onChange,
  errors,
  hint,
}: {
  legend: string;
  available: string[];
  selected: string[];
  onChange: (scopes: string[]) => void;
  errors: Record<string, string[]>;
  hint?: string;
}) {
  const id = useId();
  const messages = collectErrors(errors, 'scopes');
  const toggle = (scope: string, on: boolean) =>
    onChange(on ? [...selected, scope] : selected.filter((s) => s !== scope));
  return (
    <fieldset
      data-field="scopes"
      className={messages.length > 0 ? 'field--invalid' : undefined}
      aria-describedby={
        [hint ? `${id}-hint` : '', messages.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
      }
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {[...available]
        .sort((a, b) => SCOPE_ORDER.indexOf(a) - SCOPE_ORDER.indexOf(b))
        .map((scope) => (
          <div key={scope} className="field field--checkbox">
            <input
              type="checkbox"
              id={`${id}-${scope}`}
              name={`scopes.${scope}`}
              checked={selected.includes(scope)}
              onChange={(e) => toggle(scope, e.target.checked)}
            />
            <label htmlFor={`${id}-${scope}`}>{SCOPE_LABEL[scope] ?? scope}</label>
          </div>
        ))}
      {messages.length > 0 && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {messages.join(' · ')}
        </p>
      )}
    </fieldset>
  );
}
