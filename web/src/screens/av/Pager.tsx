import { number } from '../../ui/format';

/** Previous/next for a paged list answer (page is 0-based). */
export function Pager({
  page,
  size,
  total,
  onPage,
  label,
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (total <= size && page === 0) {
    return (
      <p className="muted">
        {number(total)} {total === 1 ? 'Eintrag' : 'Einträge'}
      </p>
    );
  }
  return (
    <nav className="av-pager" aria-label={label}>
      <button type="button" className="button button--small" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        ← Vorherige Seite
      </button>
      <span aria-live="polite">
        Seite {page + 1} von {pages} · {number(total)} Einträge
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        Nächste Seite →
      </button>
    </nav>
  );
}
