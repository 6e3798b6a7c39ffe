import type { OutcomeRow } from './reporting';

/**
 * Outcome rows come per month, team and key, each suppressed below 5 customers; management also gets
 * the Jobcenter's total per month and key. Charts add them up (over keys, and over teams where there is
 * no total): a sum that takes in a suppressed cell is only known as a lower bound — every suppressed
 * cell stands for at least one customer.
 */
export interface Sum {
  /** the sum of the cells that were shown */
  known: number;
  /** how many cells of the sum were suppressed */
  hidden: number;
}

export const EMPTY: Sum = { known: 0, hidden: 0 };

/** Adds a cell (an outcome row or a count cell) to a sum. */
export function add(sum: Sum | undefined, cell: { value?: number | null; suppressed: boolean }): Sum {
  const s = sum ?? EMPTY;
  return cell.suppressed ? { known: s.known, hidden: s.hidden + 1 } : { known: s.known + (cell.value ?? 0), hidden: s.hidden };
}

/** The value a chart draws: exact, null for one suppressed cell alone ("<5"), else the lower bound. */
export function chartValue(sum?: Sum): number | null {
  if (!sum) return 0;
  if (sum.hidden === 1 && sum.known === 0) return null;
  return sum.known + sum.hidden;
}

/** "12", "<5", or "mind. 7" where suppressed cells went into the sum. */
export function sumText(sum?: Sum): string {
  if (!sum) return '0';
  const n = new Intl.NumberFormat('de-DE');
  if (sum.hidden === 0) return n.format(sum.known);
  if (sum.hidden === 1 && sum.known === 0) return '<5';
  return `mind. ${n.format(sum.known + sum.hidden)}`;
}

/** A sum that is only a lower bound (chart values of it need a note). */
export function isLowerBound(sum?: Sum): boolean {
  return !!sum && sum.hidden > 0 && !(sum.hidden === 1 && sum.known === 0);
}

/**
 * The rows of one metric for the chosen team, or for all teams: the Jobcenter's totals where the answer
 * has them (management; counted over the customers, so exact where team cells are suppressed), else the
 * team rows (a team lead's answer is the own team).
 */
export function rowsOf(rows: OutcomeRow[], metric: string, team?: string): OutcomeRow[] {
  const ofMetric = rows.filter((r) => r.metric === metric);
  if (team) return ofMetric.filter((r) => !r.total && r.teamId === team);
  return rows.some((r) => r.total) ? ofMetric.filter((r) => r.total) : ofMetric;
}

/** Sums of one metric by month and key, for the chosen team (or all teams). */
export function byMonthAndKey(rows: OutcomeRow[], metric: string, team?: string): Map<string, Map<string, Sum>> {
  const result = new Map<string, Map<string, Sum>>();
  for (const row of rowsOf(rows, metric, team)) {
    const month = result.get(row.month) ?? new Map<string, Sum>();
    month.set(row.key, add(month.get(row.key), row));
    result.set(row.month, month);
  }
  return result;
}

/** Sums of one metric by month over all keys, for the chosen team (or all teams). */
export function byMonth(rows: OutcomeRow[], metric: string, team?: string): Map<string, Sum> {
  const result = new Map<string, Sum>();
  for (const row of rowsOf(rows, metric, team)) {
    result.set(row.month, add(result.get(row.month), row));
  }
  return result;
}

/** Keys of a metric in order of their first appearance. */
export function keysOf(rows: OutcomeRow[], metric: string, team?: string): string[] {
  const keys: string[] = [];
  for (const row of rowsOf(rows, metric, team)) {
    if (!keys.includes(row.key)) keys.push(row.key);
  }
  return keys;
}
