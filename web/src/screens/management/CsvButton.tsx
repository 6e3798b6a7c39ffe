import { useCallback } from 'react';
import { download, type RequestOptions } from '../../api/client';
import { useAction } from '../../api/hooks';

/** "CSV herunterladen: <what>" — the export twin of a table or chart, with the user's token. */
export function CsvButton({
  what,
  path,
  filename,
  query,
}: {
  what: string;
  path: string;
  filename: string;
  query?: RequestOptions['query'];
}) {
  // a download changes nothing: no list needs to load again
  const action = useAction(
    useCallback(() => download('reporting', path, filename, query), [path, filename, query]),
    { invalidates: false },
  );
  return (
    <span className="csv-button">
      <button
        type="button"
        className="button button--small"
        onClick={() => action.run()}
        disabled={action.pending}
        aria-busy={action.pending || undefined}
      >
        {action.pending && <span className="spinner" aria-hidden="true" />}
        CSV herunterladen: {what}
      </button>
      {action.error && (
        <span className="field-error" role="alert">
          {' '}
          {action.error.problem.detail ?? action.error.problem.title}
        </span>
      )}
    </span>
  );
}
