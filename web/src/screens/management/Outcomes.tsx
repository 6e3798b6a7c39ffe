import { useState } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/hooks';
import { BarChart, LineChart } from '../../ui/charts';
import { Loaded } from '../../ui/feedback';
import { SelectField } from '../../ui/forms';
import { CsvButton } from './CsvButton';
import { Kpi } from './Kpi';
import { cellOf, chartValue, keysOf, monthsOf, outcomeText } from './outcomeCells';
import { ROUTE, label } from '../../domain/labels';
import {
  OUTCOME_SERIES,
  SUPPRESSION_NOTE,
  lastMonths,
  monthLabel,
  monthShort,
  reportingDateText,
  reportingMonth,
  type OutcomeRow,
  type Outcomes as OutcomesAnswer,
} from './reporting';

const PERIODS = [
  { value: '6', label: 'letzte 6 Monate' },
  { value: '12', label: 'letzte 12 Monate' },
  { value: '24', label: 'letzte 24 Monate' },
];

const DURATION_LABELS: Record<string, string> = {
  '0-6': 'unter 6 Monate',
  '6-12': '6 bis 12 Monate',
  '12-24': '12 bis 24 Monate',
  '24-36': '24 bis 36 Monate',
  '36+': '36 Monate und mehr',
};

interface ClosureCatalogue {
  settings: { closureReasons: { code: string; label: string }[] };
}

/** Closure reason labels of the current policy and of every preset (older closures may use other codes). */
async function closureLabels(signal: AbortSignal): Promise<Record<string, string>> {
  const labels: Record<string, string> = { '-': 'ohne Angabe' };
  const [presets, current] = await Promise.all([
    api<ClosureCatalogue[]>('intake', '/api/policy/presets', { signal }).catch(() => []),
    api<ClosureCatalogue>('intake', '/api/policy', { signal }).catch(() => null),
  ]);
  for (const p of [...presets, ...(current ? [current] : [])]) {
    for (const r of p.settings.closureReasons) labels[r.code] = r.label;
  }
  return labels;
}

/**
 * Flows and outcomes per month (reporting /api/outcomes): period and team chosen by the user. Management's
 * figures are those of the reporting date (the end of yesterday), so the months end with its month.
 */
export function Outcomes({ teams }: { teams: string[] }) {
  const [period, setPeriod] = useState('12');
  const [team, setTeam] = useState('');
  const months = lastMonths(Number(period), reportingMonth());
  const from = months[0];
  const to = months[months.length - 1];
  const answer = useResource(['reporting', 'outcomes', { from, to }], (signal) =>
    api<OutcomesAnswer>('reporting', '/api/outcomes', { query: { from, to }, signal }),
  );
  const labels = useResource(['intake', 'policy', 'closure-labels'], closureLabels);
  const rows = answer.data?.rows ?? [];
  const allTeams = [...new Set([...teams, ...rows.map((r) => r.teamId ?? '').filter(Boolean)])].sort();
  return (
    <section aria-labelledby="outcomes-heading">
      <div className="section-head">
        <h2 id="outcomes-heading">Zugänge, Abgänge und Wirkung</h2>
        <CsvButton
          what="Zugänge, Abgänge und Wirkung"
          path="/api/outcomes/export"
          filename={`kennzahlen-${from}-bis-${to}.csv`}
          query={{ from, to }}
        />
      </div>
      <div className="row filters">
        <SelectField
          label="Zeitraum"
          name="period"
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          options={PERIODS}
        />
        <SelectField
          label="Team"
          name="team"
          value={team}
          onChange={(e) => setTeam(e.target.value)}
          options={[{ value: '', label: 'Alle Teams (Jobcenter)' }, ...allTeams.map((t) => ({ value: t, label: t }))]}
        />
      </div>
      <p className="hint">
        {answer.data && `${reportingDateText(answer.data.reportingDate)}. `}
        Die Werte kommen je Monat und Team, für alle Teams als Werte des Jobcenters. {SUPPRESSION_NOTE}
      </p>
      <Loaded resource={answer} label="Kennzahlen werden geladen …">
        {(data) => (
          <OutcomeCharts
            rows={data.rows ?? []}
            months={months}
            team={team || undefined}
            closureLabel={labels.data ?? {}}
          />
        )}
      </Loaded>
    </section>
  );
}

function OutcomeCharts({
  rows,
  months,
  team,
  closureLabel,
}: {
  rows: OutcomeRow[];
  months: string[];
  team?: string;
  closureLabel: Record<string, string>;
}) {
  const current = months[months.length - 1];
  return (
    <>
      <div className="kpis">
        <Kpi
          value={outcomeText(cellOf(rows, 'CLOSURES', current, team))}
          label={`Abgänge im ${monthLabel(current)}`}
          testId="closures-current-month"
        />
        <Kpi
          value={outcomeText(cellOf(rows, 'ADMISSIONS', current, team))}
          label={`Zugänge im ${monthLabel(current)}`}
          testId="admissions-current-month"
        />
        <Kpi
          value={outcomeText(cellOf(rows, 'INTEGRATIONS', current, team))}
          label={`Integrationen im ${monthLabel(current)}`}
        />
      </div>
      <div className="grid grid--2">
        <KeyedChart
          title="Abgänge nach Grund je Monat"
          rows={rows}
          metric="CLOSURES"
          team={team}
          labels={closureLabel}
          testId="chart-closures"
        />
        <KeyedChart
          title="Zugänge nach Zugangsweg je Monat"
          rows={rows}
          metric="ADMISSIONS"
          team={team}
          labels={ROUTE}
          testId="chart-admissions"
        />
      </div>
      <LineChart
        title="Wirkung je Monat: Integrationen, gelöste Handlungsbedarfe, bessere Profillage, erfolgreiche Maßnahmen, § 16a, gemeinsame Einschätzung"
        categories={months.map(monthShort)}
        series={OUTCOME_SERIES.map((o) => ({
          name: o.label,
          values: months.map((m) => chartValue(cellOf(rows, o.metric, m, team))),
        }))}
        caption={SUPPRESSION_NOTE}
        testId="chart-outcomes"
      />
      <KeyedChart
        title="Verweildauer der Abgänge je Monat"
        rows={rows}
        metric="DURATION"
        team={team}
        labels={DURATION_LABELS}
        order={Object.keys(DURATION_LABELS)}
        testId="chart-duration"
      />
    </>
  );
}

/**
 * Months × keys of one metric as bars, each cell as the service gave it; months without any row are left out.
 * Keys in `order` where given (duration classes), else as they come.
 */
function KeyedChart({
  title,
  rows,
  metric,
  team,
  labels,
  order,
  testId,
}: {
  title: string;
  rows: OutcomeRow[];
  metric: string;
  team?: string;
  labels: Record<string, string>;
  order?: string[];
  testId: string;
}) {
  const months = monthsOf(rows, metric, team);
  const keys = keysOf(rows, metric, team);
  if (order)
    keys.sort((a, b) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1));
  return (
    <BarChart
      title={title}
      categories={months.map(monthLabel)}
      categoryLabel="Monat"
      series={keys.map((k) => ({
        name: label(labels, k),
        values: months.map((m) => chartValue(cellOf(rows, metric, m, team, k))),
      }))}
      caption="Monate ohne Werte sind ausgelassen."
      testId={testId}
    />
  );
}
