import { BarChart } from '../../ui/charts';
import { number } from '../../ui/format';
import { FINDINGS, SUPPRESSION_NOTE, cellText, cellValue, type QualityLine } from './reporting';

/** Findings per line (team or Jobcenter): a chart of the findings and the full table with the total. */
export function QualitySection({
  lines,
  total,
  lineLabel,
  testId,
}: {
  lines: QualityLine[];
  total: QualityLine;
  lineLabel: string;
  testId?: string;
}) {
  const withCaseManagers = lines.some((l) => l.caseManagers !== null && l.caseManagers !== undefined);
  // per Jobcenter (national view); a Jobcenter's teams are FM teams, its re-checks belong to AV teams
  const withRechecks = lines.some((l) => !!l.overdueRechecks);
  return (
    <>
      <BarChart
        title={`Befunde der Qualitätsstandards je ${lineLabel}`}
        categories={lines.map((l) => l.key ?? '–')}
        categoryLabel={lineLabel}
        series={FINDINGS.map((f) => ({ name: f.short, values: lines.map((l) => cellValue(l.findings?.[f.code])) }))}
        caption={SUPPRESSION_NOTE}
        testId={testId}
      />
      {/* focusable: on a narrow screen the table scrolls sideways, and keyboard users must reach that (WCAG 2.1.1) */}
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={`Tabelle: Offene Fälle und Befunde je ${lineLabel}`}
      >
        <table className="table">
          <caption className="visually-hidden">Offene Fälle und Befunde je {lineLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{lineLabel}</th>
              <th scope="col" className="num">
                Offene Fälle
              </th>
              <th scope="col" className="num">
                davon U25
              </th>
              <th scope="col" className="num">
                Vormerkungen ohne Fachkraft
              </th>
              {withCaseManagers && (
                <th scope="col" className="num">
                  Fachkräfte mit Fällen
                </th>
              )}
              {FINDINGS.map((f) => (
                <th scope="col" className="num" key={f.code} title={f.label}>
                  {f.short}
                </th>
              ))}
              {withRechecks && (
                <th scope="col" className="num" title="Nichtzuweisungen mit überfälliger Wiedervorlage">
                  Wiedervorlagen überfällig
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <Row
                key={l.key ?? ''}
                line={l}
                label={l.key ?? '–'}
                withCaseManagers={withCaseManagers}
                withRechecks={withRechecks}
              />
            ))}
          </tbody>
          <tfoot>
            <Row line={total} label="Gesamt" withCaseManagers={withCaseManagers} withRechecks={withRechecks} />
          </tfoot>
        </table>
      </div>
      <details className="rules">
        <summary>Was die Befunde bedeuten</summary>
        <dl>
          {FINDINGS.map((f) => (
            <div key={f.code}>
              <dt>{f.label}</dt>
              <dd>{f.rule}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

function Row({
  line,
  label,
  withCaseManagers,
  withRechecks,
}: {
  line: QualityLine;
  label: string;
  withCaseManagers: boolean;
  withRechecks: boolean;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{cellText(line.openCases)}</td>
      <td className="num">{cellText(line.u25)}</td>
      <td className="num">{cellText(line.referred)}</td>
      {withCaseManagers && <td className="num">{number(line.caseManagers)}</td>}
      {FINDINGS.map((f) => (
        <td className="num" key={f.code}>
          {cellText(line.findings?.[f.code])}
        </td>
      ))}
      {withRechecks && <td className="num">{cellText(line.overdueRechecks)}</td>}
    </tr>
  );
}
