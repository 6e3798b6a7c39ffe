import type { ReactNode } from 'react';

/** A column heading: its text, or the text with `num` (right-aligned numbers) or `hidden` (read out only). */
export type Column = string | { label: string; num?: boolean; hidden?: boolean };

/** The heading of a column of row buttons: read out, not shown. */
export const ACTION_COLUMN: Column = { label: 'Aktion', hidden: true };

/** A data table in its scrolling wrapper: the column headings, the rows as children, a caption for screen readers. */
export function Table({ columns, caption, children }: { columns: Column[]; caption?: ReactNode; children: ReactNode }) {
  return (
    // focusable: a wide table scrolls sideways on a narrow screen, and keyboard users must reach that (WCAG 2.1.1)
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={typeof caption === 'string' ? `Tabelle: ${caption}` : 'Tabelle'}
    >
      <table className="table">
        {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => {
              const c = typeof column === 'string' ? { label: column } : column;
              return (
                <th key={c.label} scope="col" className={c.num ? 'num' : undefined}>
                  {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A row's button that opens a panel for the row and closes it again; the hidden text names the
 * row (e.g. the customer) so the buttons of a table differ for screen readers.
 */
export function RowToggle({
  expanded,
  onToggle,
  rowName,
  className,
  children,
}: {
  expanded: boolean;
  onToggle: () => void;
  rowName: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`button button--small${className ? ` ${className}` : ''}`}
      aria-expanded={expanded}
      onClick={onToggle}
    >
      {children}
      <span className="visually-hidden"> – {rowName}</span>
    </button>
  );
}
