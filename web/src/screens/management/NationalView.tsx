import { answer, reporting } from '../../api/typed';
import { useResource } from '../../api/hooks';
import { Loaded } from '../../ui/feedback';
import { date, number } from '../../ui/format';
import { CsvButton } from './CsvButton';
import { Kpi } from './Kpi';
import { QualitySection } from './QualitySection';
import { SUPPRESSION_NOTE, cellText, reportingDateText } from './reporting';

/** Bundesweite Sicht (token claim reportingScope = NATIONAL): one line per Jobcenter, from the counters. */
export function NationalView() {
  const national = useResource(['reporting', 'quality', 'national'], (signal) =>
    answer(reporting.GET('/api/quality/national', { signal })),
  );
  return (
    <section aria-labelledby="national-heading">
      <div className="section-head">
        <h2 id="national-heading">Bundesweit: Fallbestand und Qualitätsstandards je Jobcenter</h2>
        <CsvButton what="Bundesweite Übersicht" path="/api/quality/national/export" filename="befunde-bundesweit.csv" />
      </div>
      <Loaded resource={national} label="Bundesweite Übersicht wird geladen …">
        {(n) => (
          <>
            <p className="muted">
              {reportingDateText(n.reportingDate)} · Befunde ausgewertet bis {date(n.day)} ·{' '}
              {number((n.jobcenters ?? []).length)} Jobcenter · aus den laufend geführten Zählern, ohne Fall-IDs
            </p>
            <div className="kpis">
              <Kpi value={cellText(n.total.openCases)} label="Offene Fälle bundesweit" testId="kpi-open-cases" />
              <Kpi value={cellText(n.total.u25)} label="davon U25" />
              <Kpi value={cellText(n.total.referred)} label="Vormerkungen ohne Fachkraft" />
              <Kpi value={number(n.total.caseManagers)} label="Fachkräfte mit Fällen" />
              <Kpi value={cellText(n.total.findings?.REVIEW_OVERDUE)} label="Fortführungsprüfungen überfällig" />
              <Kpi
                value={cellText(n.total.findings?.CONTACT_DENSITY_NOT_MET)}
                label="Kontaktdichte nicht eingehalten"
              />
              <Kpi
                value={cellText(n.total.findings?.MAX_DURATION_EXCEEDED)}
                label="Über der Höchstdauer ohne Verlängerung"
              />
              <Kpi value={cellText(n.total.overdueRechecks)} label="Wiedervorlagen nach Nichtvormerkung überfällig" />
            </div>
            <p className="hint">
              {SUPPRESSION_NOTE} Eine bundesweite Sicht auf Zugänge, Abgänge und Wirkung gibt es noch nicht.
            </p>
            <QualitySection lines={n.jobcenters ?? []} total={n.total} lineLabel="Jobcenter" testId="chart-national" />
          </>
        )}
      </Loaded>
    </section>
  );
}
