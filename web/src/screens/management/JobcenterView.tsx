import { api } from '../../api/client';
import { useResource } from '../../api/hooks';
import { Loaded } from '../../ui/feedback';
import { number } from '../../ui/format';
import { CaseloadSection } from './CaseloadSection';
import { CsvButton } from './CsvButton';
import { Kpi } from './Kpi';
import { Outcomes } from './Outcomes';
import { QualitySection } from './QualitySection';
import { SUPPRESSION_NOTE, cellText, reportingDateText, type Caseload, type QualitySummary } from './reporting';

/** The dashboard of one Jobcenter (the token's): counters, caseload, quality, flows and outcomes. */
export function JobcenterView() {
  const summary = useResource(['reporting', 'quality', 'summary'], (signal) =>
    api<QualitySummary>('reporting', '/api/quality/summary', { signal }),
  );
  const caseload = useResource(['reporting', 'caseload', { groupBy: 'team' }], (signal) =>
    api<Caseload>('reporting', '/api/caseload', { query: { groupBy: 'team' }, signal }),
  );
  return (
    <>
      <section aria-labelledby="kpi-heading">
        <h2 id="kpi-heading">Kennzahlen auf einen Blick</h2>
        <Loaded resource={summary} label="Kennzahlen werden geladen …">
          {(s) => <KpiTiles summary={s} caseload={caseload.data} />}
        </Loaded>
      </section>
      <section aria-labelledby="caseload-heading">
        <div className="section-head">
          <h2 id="caseload-heading">Fallbestand und Betreuungsschlüssel je Team</h2>
          <CsvButton
            what="Fallbestand je Team"
            path="/api/caseload/export"
            filename="fallbestand-teams.csv"
            query={{ groupBy: 'team' }}
          />
        </div>
        <Loaded resource={caseload} label="Fallbestand wird geladen …">
          {(c) => <CaseloadSection caseload={c} lineLabel="Team" testId="chart-caseload" />}
        </Loaded>
      </section>
      <section aria-labelledby="quality-heading">
        <div className="section-head">
          <h2 id="quality-heading">Qualitätsstandards je Team</h2>
          <CsvButton
            what="Qualitätsstandards je Team"
            path="/api/quality/summary/export"
            filename="qualitaet-je-team.csv"
          />
        </div>
        <Loaded resource={summary}>
          {(s) => <QualitySection lines={s.teams ?? []} total={s.total} lineLabel="Team" />}
        </Loaded>
      </section>
      <Outcomes teams={(summary.data?.teams ?? []).map((t) => t.key ?? '').filter(Boolean) ?? []} />
    </>
  );
}

function KpiTiles({ summary, caseload }: { summary: QualitySummary; caseload?: Caseload }) {
  const t = summary.total;
  const utilisation = caseload?.totalLine.utilisationPercent;
  return (
    <>
      <p className="muted">
        {reportingDateText(summary.reportingDate)} · Richtlinienversion {summary.policyVersion} · Jobcenter{' '}
        {summary.jobcenterId}
      </p>
      <div className="kpis">
        <Kpi value={cellText(t.openCases)} label="Offene Fälle im Fallmanagement" testId="kpi-open-cases" />
        <Kpi value={cellText(t.u25)} label="davon U25" testId="kpi-u25" />
        <Kpi value={cellText(t.referred)} label="Vormerkungen ohne Fachkraft" testId="kpi-referred" />
        <Kpi
          value={cellText(t.findings?.REVIEW_OVERDUE)}
          label="Fortführungsprüfungen überfällig"
          testId="kpi-reviews-overdue"
        />
        <Kpi value={cellText(t.findings?.CONTACT_DENSITY_NOT_MET)} label="Kontaktdichte nicht eingehalten" />
        <Kpi value={cellText(t.findings?.AGREEMENT_EXPIRED)} label="Vereinbarungen abgelaufen" />
        <Kpi value={cellText(t.findings?.MAX_DURATION_EXCEEDED)} label="Über der Höchstdauer ohne Verlängerung" />
        <Kpi value={cellText(t.overdueRechecks)} label="Wiedervorlagen nach Nichtvormerkung überfällig" />
        <Kpi
          value={utilisation === null || utilisation === undefined ? '–' : `${number(utilisation)} %`}
          label="Auslastung je Fallmanager:in (Schnitt)"
        />
      </div>
      <p className="hint">{SUPPRESSION_NOTE}</p>
    </>
  );
}
