import { useState } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/hooks';
import { BarChart, LineChart } from '../../ui/charts';
import { Loaded } from '../../ui/feedback';
import { SelectField } from '../../ui/forms';
import { CsvButton } from './CsvButton';
import { Kpi } from './Kpi';
import { add, byMonth, byMonthAndKey, chartValue, isLowerBound, keysOf, rowsOf, sumText, type Sum } from './outcomeSums';
import { ROUTE, label } from '../../domain/labels';
import { OUTCOME_SERIES, SUPPRESSION_NOTE, lastMonths, monthLabel, monthShort, type OutcomeRow } from './reporting';

const PERIODS = [
  { value: '6', label: 'letzte 6 Monate' },
  { value: '12', label: 'letzte 12 Monate' },
  { value: '24', label: 'letzte 24 Monate' },
];

const DURATION_CLASSES: { key: string; label: string }[] = [
  { key: '0-6', label: 'unter 6 Monate' },
  { key: '6-12', label: '6 bis 12 Monate' },
  { key: '12-24', label: '12 bis 24 Monate' },
  { key: '24-36', label: '24 bis 36 Monate' },
  { key: '36+', label: '36 Monate und mehr' },
];

interface ClosureCatalogue { settings: { closureReasons: { code: string; label: string }[] } }

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

/** Flows and outcomes per month (reporting /api/outcomes): period and team chosen by the user. */
export function Outcomes({ teams }: { teams: string[] }) {
  const [period, setPeriod] = useState('12');
  const [team, setTeam] = useState('');
  const months = lastMonths(Number(period));
  const from = months[0];
  const to = months[months.length - 1];
  const rows = useResource((signal) => api<OutcomeRow[]>('reporting', '/api/outcomes', { query: { from, to }, signal }), [from, to]);
  const labels = useResource(closureLabels, []);
  const allTeams = [...new Set([...teams, ...(rows.data ?? []).map((r) => r.teamId ?? '').filter(Boolean)])].sort();
  return (
    <section aria-labelledby="outcomes-heading">
      <div className="section-head">
        <h2 id="outcomes-heading">Zugänge, Abgänge und Wirkung</h2>
        <CsvButton what="Zugänge, Abgänge und Wirkung" path="/api/outcomes/export" filename={`kennzahlen-${from}-bis-${to}.csv`} query={{ from, to }} />
      </div>
      <div className="row filters">
        <SelectField label="Zeitraum" name="period" value={period} onChange={(e) => setPeriod(e.target.value)} options={PERIODS} />
        <SelectField label="Team" name="team" value={team} onChange={(e) => setTeam(e.target.value)}
          options={[{ value: '', label: 'Alle Teams (Jobcenter)' }, ...allTeams.map((t) => ({ value: t, label: t }))]} />
      </div>
      <p className="hint">
        {SUPPRESSION_NOTE} Die Werte kommen je Monat und Team, für alle Teams als Summe des Jobcenters; wo Summen über
        Gründe (oder Teams) unterdrückte Werte enthalten, zeigt das Diagramm den Mindestwert und die Liste darunter „mind.“.
      </p>
      <Loaded resource={rows} label="Kennzahlen werden geladen …">
        {(data) => <OutcomeCharts rows={data} months={months} team={team || undefined} closureLabel={labels.data ?? {}} />}
      </Loaded>
    </section>
  );
}

function OutcomeCharts({ rows, months, team, closureLabel }: { rows: OutcomeRow[]; months: string[]; team?: string; closureLabel: Record<string, string> }) {
  const current = months[months.length - 1];
  const closuresThisMonth = byMonth(rows, 'CLOSURES', team).get(current);
  const admissionsThisMonth = byMonth(rows, 'ADMISSIONS', team).get(current);
  const integrationsThisMonth = byMonth(rows, 'INTEGRATIONS', team).get(current);
  const durations = new Map<string, Sum>();
  for (const r of rowsOf(rows, 'DURATION', team)) {
    durations.set(r.key, add(durations.get(r.key), r));
  }
  const outcomeLines = OUTCOME_SERIES.map((o) => ({ ...o, sums: byMonth(rows, o.metric, team) }));
  return (
    <>
      <div className="kpis">
        <Kpi value={sumText(closuresThisMonth)} label={`Abgänge im ${monthLabel(current)}`} testId="closures-current-month" />
        <Kpi value={sumText(admissionsThisMonth)} label={`Zugänge im ${monthLabel(current)}`} testId="admissions-current-month" />
        <Kpi value={sumText(integrationsThisMonth)} label={`Integrationen im ${monthLabel(current)}`} />
      </div>
      <div className="grid grid--2">
        <KeyedChart title="Abgänge nach Grund je Monat" rows={rows} metric="CLOSURES" team={team} labels={closureLabel} testId="chart-closures" />
        <KeyedChart title="Zugänge nach Zugangsweg je Monat" rows={rows} metric="ADMISSIONS" team={team} labels={ROUTE} testId="chart-admissions" />
      </div>
      <LineChart
        title="Wirkung je Monat: Integrationen, gelöste Handlungsbedarfe, bessere Profillage, erfolgreiche Maßnahmen, § 16a, gemeinsame Einschätzung"
        categories={months.map(monthShort)}
        series={outcomeLines.map((o) => ({ name: o.label, values: months.map((m) => chartValue(o.sums.get(m))) }))}
        caption={SUPPRESSION_NOTE}
        testId="chart-outcomes"
      />
      <LowerBounds entries={outcomeLines.flatMap((o) => months.filter((m) => isLowerBound(o.sums.get(m))).map((m) => `${o.label}, ${monthLabel(m)}: ${sumText(o.sums.get(m))}`))} />
      <BarChart
        title="Verweildauer der Abgänge im Zeitraum"
        categories={DURATION_CLASSES.map((d) => d.label)}
        categoryLabel="Verweildauer"
        series={[{ name: 'Abgänge', values: DURATION_CLASSES.map((d) => chartValue(durations.get(d.key))) }]}
        caption={SUPPRESSION_NOTE}
        testId="chart-duration"
      />
      <LowerBounds entries={DURATION_CLASSES.filter((d) => isLowerBound(durations.get(d.key))).map((d) => `${d.label}: ${sumText(durations.get(d.key))}`)} />
    </>
  );
}

/** Months × keys of one metric as bars; months without any value are left out. */
function KeyedChart({ title, rows, metric, team, labels, testId }: { title: string; rows: OutcomeRow[]; metric: string; team?: string; labels: Record<string, string>; testId: string }) {
  const sums = byMonthAndKey(rows, metric, team);
  const months = [...sums.keys()].sort();
  const keys = keysOf(rows, metric, team);
  const bounds = months.flatMap((m) => keys.filter((k) => isLowerBound(sums.get(m)?.get(k)))
    .map((k) => `${monthLabel(m)}, ${label(labels, k)}: ${sumText(sums.get(m)?.get(k))}`));
  return (
    <div>
      <BarChart
        title={title}
        categories={months.map(monthLabel)}
        categoryLabel="Monat"
        series={keys.map((k) => ({ name: label(labels, k), values: months.map((m) => chartValue(sums.get(m)?.get(k))) }))}
        caption="Monate ohne Werte sind ausgelassen."
        testId={testId}
      />
      <LowerBounds entries={bounds} />
    </div>
  );
}

function LowerBounds({ entries }: { entries: string[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="hint">
      Mindestwerte (Summen mit unterdrückten Teilwerten):
      <ul>{entries.map((e) => <li key={e}>{e}</li>)}</ul>
    </div>
  );
}
