import type { ReactNode } from 'react';

/** A column heading: its text, or the text with `num` (right-aligned numbers) or `hidden` (read out only). */
export type Column = string | { label: string; num?: boolean; hidden?: boolean };

/** The heading of a column of row buttons: read out, not shown. */
export const ACTION_COLUMN: Column = { label: 'Aktion', hidden: true };

/**
 * The attributes of a table's scrolling wrapper (`<div className="table-wrap" {...scrollRegion(caption)}>`): a wide
 * table scrolls sideways within itself on a narrow screen (the page does not, WCAG 1.4.10), and keyboard users must
 * reach that scroll, so the wrapper is focusable and named (WCAG 2.1.1, 4.1.2).
 */
export function scrollRegion(label: string) {
  return { tabIndex: 0, role: 'region', 'aria-label': `Tabelle: ${label}` } as const;
}

/** A data table in its scrolling wrapper: the column headings, the rows as children, a caption for screen readers. */
export function Table({ columns, caption, children }: { columns: Column[]; caption?: ReactNode; children: ReactNode }) {
  return (
    <div className="table-wrap" {...scrollRegion(typeof caption === 'string' ? caption : 'Daten')}>
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
