import type { ApiError } from '../../api/client';
import { FIELD_LABEL, normalise, violationMessage } from './facts';

const TITLE: Record<number, string> = {
  400: 'Bitte prüfen Sie die markierten Angaben',
  403: 'Keine Berechtigung für diese Aktion',
  409: 'Konflikt mit dem aktuellen Stand',
  422: 'Die Angaben verletzen eine Regel',
};

/**
 * Everything the service objected to, next to the submit button: the messages also stand next to
 * their fields (which may be further up the page), here each is prefixed with the field's name.
 */
export function ErrorSummary({ error }: { error?: ApiError }) {
  if (!error) return null;
  const violations = error.problem.violations ?? [];
  const lines = violations.length === 0
    ? [error.problem.detail || error.problem.title]
    : violations.map((v) => {
      const field = v.field ? Object.keys(normalise({ [v.field]: [] }))[0] : null;
      const name = field ? FIELD_LABEL[field] ?? field : null;
      return name ? `${name}: ${violationMessage(v)}` : violationMessage(v);
    });
  const title = TITLE[error.status] ?? error.problem.title;
  return (
    <div className="alert alert--error" role="alert">
      <strong>{title}</strong>
      <ul>{lines.map((m, i) => <li key={i}>{m}</li>)}</ul>
    </div>
  );
}
