// Shapes and German labels of reporting-service answers (quality, caseload, outcomes), shared by
// the management dashboard and the team lead's screens.
import type { components } from '../../api/generated/reporting';

type Schemas = components['schemas'];

export type Cell = Schemas['Zelle'];

export type QualityLine = Schemas['Befundzeile'];

export type QualitySummary = Schemas['Befunduebersicht'];

export type NationalSummary = Schemas['BundesweiteUebersicht'];

export type CaseloadRow = Schemas['Fallbestandszeile'];

export type Caseload = Schemas['Fallbestand'];

export type OutcomeRow = Schemas['Kennzahl'];

export type Outcomes = Schemas['Kennzahlen'];

/** The quality findings in the order of the service's CSV, with the rule behind each (docs/reporting.md). */
export const FINDINGS: { code: string; label: string; short: string; rule: string }[] = [
  {
    code: 'CONTACT_DENSITY_NOT_MET',
    short: 'Kontaktdichte verfehlt',
    label: 'Kontaktdichte nicht eingehalten',
    rule: 'Die Kontaktregel der Richtlinie (Mindestzahl gezählter Kontakte im Jahr, größter Abstand zwischen zwei Kontakten) ist in den letzten zwölf Monaten nicht erfüllt.',
  },
  {
    code: 'REVIEW_OVERDUE',
    short: 'Fortführungsprüfung überfällig',
    label: 'Fortführungsprüfung überfällig',
    rule: 'Die nächste Fortführungsprüfung – nach der letzten Prüfung, sonst nach der Aufnahme plus Prüfintervall der Richtlinie – ist verstrichen.',
  },
  {
    code: 'AGREEMENT_EXPIRED',
    short: 'Vereinbarung abgelaufen',
    label: 'Kooperationsplan abgelaufen oder gemeinsame Überprüfung überfällig',
    rule: 'Die Gültigkeit der zuletzt geschlossenen Vereinbarung ist abgelaufen, eine neue liegt nicht vor.',
  },
  {
    code: 'FIRST_CONSULTATION_MISSED',
    short: 'Einstiegsberatung verspätet',
    label: 'Einstiegsberatung nicht fristgerecht',
    rule: 'Der Tag, bis zu dem die Einstiegsberatung stattfinden sollte, ist verstrichen, ohne dass sie stattfand.',
  },
  {
    code: 'MAX_DURATION_EXCEEDED',
    short: 'Höchstdauer überschritten',
    label: 'Höchstdauer überschritten',
    rule: 'Der Fall läuft über die Höchstdauer hinaus – ohne genehmigte Verlängerung für heute und ohne Ausnahme der Richtlinie (etwa eine laufende Arbeitsgelegenheit, wo die Richtlinie sie zulässt).',
  },
  {
    code: 'SECONDARY_ASSIGNMENT_MISSED',
    short: 'Zuordnungsfrist verpasst',
    label: 'Zuordnungsfrist verpasst',
    rule: 'Eine Vormerkung wartet nach Ablauf der Frist der Richtlinie noch auf eine Fachkraft; Aufnahme oder Ablehnung beenden die Wartezeit.',
  },
];

export const FINDING_LABEL: Record<string, string> = Object.fromEntries(FINDINGS.map((f) => [f.code, f.label]));

export const RATIO_STATUS: Record<string, { label: string; tone: 'danger' | 'ok' | 'warn' | 'neutral' }> = {
  OVER: { label: 'über der Grenze', tone: 'danger' },
  WITHIN: { label: 'im Rahmen', tone: 'ok' },
  UNDER: { label: 'unter dem Mindestwert', tone: 'warn' },
  NONE: { label: 'ohne Bewertung', tone: 'neutral' },
};

export const OUTCOME_SERIES: { metric: string; label: string }[] = [
  { metric: 'INTEGRATIONS', label: 'Integrationen' },
  { metric: 'NEEDS_RESOLVED', label: 'Gelöste Handlungsbedarfe' },
  { metric: 'CATEGORY_UPGRADES', label: 'Verbesserte Profillage/Kategorie' },
  { metric: 'MEASURES_SUCCESSFUL', label: 'Erfolgreich beendete Maßnahmen' },
  { metric: 'REFERRALS_16A_COMPLETED', label: 'Abgeschlossene § 16a-Leistungen' },
  { metric: 'CO_RATING_IMPROVED', label: 'Verbesserte gemeinsame Einschätzung' },
  { metric: 'CONSULTATIONS', label: 'Kollegiale Fallberatungen' },
  { metric: 'SUSTAINED_INTEGRATIONS_6', label: 'Nachhaltige Integrationen nach 6 Monaten' },
  { metric: 'SUSTAINED_INTEGRATIONS_12', label: 'Nachhaltige Integrationen nach 12 Monaten' },
];

/** What the screens show for a withheld figure. */
export const WITHHELD = 'geschützt';

/** Why some figures are "geschützt" — in plain words, under every table and chart of management figures. */
export const SUPPRESSION_NOTE =
  '„geschützt“: Zahlen, hinter denen weniger als 5 Kund:innen stehen, zeigt Lotse aus ' +
  'Datenschutzgründen nicht – und auch keine Zahl, aus der sie sich zurückrechnen ließen (etwa Gesamtwert minus die übrigen ' +
  'Teams), und keine Null innerhalb einer so kleinen Gruppe. Gesamtwerte zählt Lotse über alle Kund:innen; sie sind nicht ' +
  'die Summe der angezeigten Zeilen.';

/**
 * The day management's figures are for, in words: "Stand: Ende des 05.12.2026 …"; a team lead's live view
 * has none.
 */
export function reportingDateText(reportingDate?: string | null): string {
  if (!reportingDate) return 'Stand: heute, laufend aktualisiert';
  const [y, m, d] = reportingDate.split('-');
  return `Stand: Ende des ${d}.${m}.${y} – die Zahlen gelten für diesen Stichtag und ändern sich erst mit dem nächsten`;
}

/** The month (YYYY-MM) of the reporting date management's figures are for: the month of yesterday. */
export function reportingMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** A count cell as text: "geschützt" when withheld. */
export function cellText(cell?: Cell | null): string {
  if (!cell) return '–';
  if (cell.suppressed) return WITHHELD;
  return cell.value === null || cell.value === undefined ? '–' : new Intl.NumberFormat('de-DE').format(cell.value);
}

/** A count cell for a chart: null draws the withheld bar ("geschützt"). */
export function cellValue(cell?: Cell | null): number | null {
  if (!cell || cell.suppressed) return null;
  return cell.value ?? 0;
}

/** "2026-11" → "11/2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return m ? `${m}/${y}` : month;
}

/** "2026-11" → "11/26" (axis labels of a long period). */
export function monthShort(month: string): string {
  const [y, m] = month.split('-');
  return m ? `${m}/${y.slice(2)}` : month;
}

/**
 * The months from `count - 1` months before `until` (YYYY-MM; default: the current month) through it, as
 * YYYY-MM. Management's figures end with the reporting date's month.
 */
export function lastMonths(count: number, until?: string | null, now = new Date()): string[] {
  const [y, m] = until ? until.split('-').map(Number) : [now.getFullYear(), now.getMonth() + 1];
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(y, m - 1 - i, 1);
    months.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}
