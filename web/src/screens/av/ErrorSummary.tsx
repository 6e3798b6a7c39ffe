import type { ApiError } from '../../api/client';
import { SummaryLines, useFocusOnError } from '../../ui/forms';
import { avFieldId, summaryLines } from './facts';

const TITLE: Record<number, string> = {
  400: 'Bitte prüfen Sie die markierten Angaben',
  403: 'Keine Berechtigung für diese Aktion',
  409: 'Konflikt mit dem aktuellen Stand',
  422: 'Die Angaben verletzen eine Regel',
};

/** The control of a field: by its id where it has one, else the first control inside the field's frame. */
function controlOf(field: string): HTMLElement | null {
  return (
    document.getElementById(avFieldId(field)) ??
    document.querySelector<HTMLElement>(
      `[data-field="${CSS.escape(field)}"] input, [data-field="${CSS.escape(field)}"] select, [data-field="${CSS.escape(field)}"] textarea`,
    )
  );
}

/**
 * Everything the service objected to, next to the submit button: the messages also stand next to
 * their fields (which may be further up the page), here each is prefixed with the field's name and
 * links to the field.
 */
export function ErrorSummary({ error }: { error?: ApiError }) {
  const box = useFocusOnError(error);
  if (!error) return null;
  const lines = summaryLines(error);
  const title = TITLE[error.status] ?? error.problem.title;
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1} ref={box} data-testid="error-summary">
      <strong>{title}</strong>
      <SummaryLines lines={lines} fieldId={avFieldId} controlOf={controlOf} />
    </div>
  );
}
