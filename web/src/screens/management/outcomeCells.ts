import { WITHHELD, type Cell, type OutcomeRow } from './reporting';

/**
 * Outcome rows come per month, team and key; management also gets the Jobcenter's total per month and key,
 * and both summed over all keys (key absent) — counted by the service over the customers, with small figures
 * and whatever would give them away withheld. The screen shows these cells as they are and never adds cells
 * up itself: a sum in the browser over cells of which some are withheld would be wrong, or would give a
 * withheld figure away.
 */

/** Metrics with one key only ("-"); they have no separate sum over keys. */
export const SINGLE_KEY = new Set([
  'NEEDS_RESOLVED',
  'CATEGORY_UPGRADES',
  'CO_RATING_RATED',
  'CO_RATING_IMPROVED',
  'CO_RATING_CHANGE',
  'CONSULTATIONS',
  'SUSTAINABILITY_CHECKS_6',
  'SUSTAINED_INTEGRATIONS_6',
  'SUSTAINABILITY_CHECKS_12',
  'SUSTAINED_INTEGRATIONS_12',
]);

/**
 * The rows of one metric for the chosen team, or for all teams: the Jobcenter's totals where the answer has
 * them (management), else the team rows (a team lead's answer is the own team).
 */
export function rowsOf(rows: OutcomeRow[], metric: string, team?: string): OutcomeRow[] {
  const ofMetric = rows.filter((r) => r.metric === metric);
  if (team) return ofMetric.filter((r) => !r.total && r.teamId === team);
  return rows.some((r) => r.total) ? ofMetric.filter((r) => r.total) : ofMetric;
}

/**
 * The cell of a metric in a month, for the team or all teams: of one key, or over all keys (key left out).
 * A month without any row has none: 0.
 */
export function cellOf(rows: OutcomeRow[], metric: string, month: string, team?: string, key?: string): Cell {
  const wanted = key ?? (SINGLE_KEY.has(metric) ? '-' : undefined);
  const row = rowsOf(rows, metric, team).find((r) => r.month === month && (r.key ?? undefined) === wanted);
  if (!row) return { value: 0, suppressed: false };
  return row.suppressed ? { suppressed: true } : { value: row.value ?? 0, suppressed: false };
}

/** Keys of a metric in order of their first appearance (not the sums over keys). */
export function keysOf(rows: OutcomeRow[], metric: string, team?: string): string[] {
  const keys: string[] = [];
  for (const row of rowsOf(rows, metric, team)) {
    if (row.key && !keys.includes(row.key)) keys.push(row.key);
  }
  return keys;
}

/** Months (YYYY-MM) in which the metric has a row for the team or all teams, in order. */
export function monthsOf(rows: OutcomeRow[], metric: string, team?: string): string[] {
  return [...new Set(rowsOf(rows, metric, team).map((r) => r.month))].sort();
}

/** A cell as a chart value: null for a withheld one (drawn as "geschützt"). */
export function chartValue(cell: Cell): number | null {
  return cell.suppressed ? null : (cell.value ?? 0);
}

/** A cell as text: the number, or "geschützt". */
export function outcomeText(cell: Cell): string {
  return cell.suppressed ? WITHHELD : new Intl.NumberFormat('de-DE').format(cell.value ?? 0);
}
