import { BarChart } from '../../ui/charts';
import { Badge } from '../../ui/feedback';
import { number } from '../../ui/format';
import { RATIO_STATUS, SUPPRESSION_NOTE, WITHHELD, type Caseload, type CaseloadRow } from './reporting';

/** A figure of a line: the number, "geschützt" where the line withholds it, else "–" (nothing to show). */
function n(value?: number | null, suppressed = false): string {
  if (value === null || value === undefined) return suppressed ? WITHHELD : '–';
  return number(value);
}

export function ratioText(ratio: Caseload['ratio']): string {
  if (!ratio) return 'Die Richtlinie legt keinen Betreuungsschlüssel fest.';
  const parts = [
    ratio.maxUe25 ? `Ü25 höchstens 1:${ratio.maxUe25}` : 'Ü25 ohne Grenze',
    ratio.maxU25 ? `U25 höchstens 1:${ratio.maxU25}` : 'U25 ohne Grenze',
  ];
  if (ratio.targetMin) parts.push(`nicht unter 1:${ratio.targetMin}`);
  if (ratio.includesLeadsAndAssistants)
    parts.push('die Richtlinie rechnet Leitungen und Assistenzen ein, Lotse nur Fallmanager:innen');
  return `Betreuungsschlüssel der Richtlinie: ${parts.join(', ')}.`;
}

/**
 * Open cases against the Betreuungsschlüssel: a chart (cases per FM with the limit as a tick) and
 * the table. `perCaseManager` charts the open cases of an FM's own line (team lead's view).
 */
export function CaseloadSection({
  caseload,
  lineLabel,
  testId,
  perCaseManager = false,
}: {
  caseload: Caseload;
  lineLabel: string;
  testId?: string;
  perCaseManager?: boolean;
}) {
  const rows = caseload.rows ?? [];
  const categories = rows.map((r) => r.key ?? '–');
  const values = rows.map((r) => (perCaseManager ? r.openCases : r.casesPerCaseManager) ?? null);
  return (
    <>
      <p>
        {ratioText(caseload.ratio)} Jede Fallmanager:in mit mindestens einem offenen Fall zählt als Vollzeitstelle
        (Lotse kennt noch keine Stellenanteile).
      </p>
      <BarChart
        title={
          perCaseManager
            ? 'Offene Fälle je Fallmanager:in und Grenze laut Betreuungsschlüssel'
            : 'Fälle je Fallmanager:in je Team und Grenze laut Betreuungsschlüssel'
        }
        categories={categories}
        categoryLabel={lineLabel}
        series={[{ name: perCaseManager ? 'Offene Fälle' : 'Fälle je Fallmanager:in', values }]}
        reference={rows.map((r) => r.limit ?? null)}
        referenceLabel="Grenze laut Betreuungsschlüssel (bei der U25/Ü25-Mischung der Zeile)"
        caption={perCaseManager ? undefined : SUPPRESSION_NOTE}
        testId={testId}
      />
      {/* focusable: on a narrow screen the table scrolls sideways, and keyboard users must reach that (WCAG 2.1.1) */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={`Tabelle: Fallbestand je ${lineLabel}`}>
        <table className="table">
          <caption className="visually-hidden">Fallbestand je {lineLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{lineLabel}</th>
              <th scope="col" className="num">
                Offene Fälle
              </th>
              <th scope="col" className="num">
                U25
              </th>
              <th scope="col" className="num">
                Ü25
              </th>
              {!perCaseManager && (
                <th scope="col" className="num">
                  Fallmanager:innen
                </th>
              )}
              {!perCaseManager && (
                <th scope="col" className="num">
                  Fälle je Fallmanager:in
                </th>
              )}
              <th scope="col" className="num">
                Grenze
              </th>
              <th scope="col" className="num">
                Auslastung
              </th>
              <th scope="col">Bewertung</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Line key={r.key ?? ''} row={r} label={r.key ?? '–'} perCaseManager={perCaseManager} />
            ))}
          </tbody>
          <tfoot>
            <Line row={caseload.totalLine} label="Gesamt" perCaseManager={perCaseManager} />
          </tfoot>
        </table>
      </div>
    </>
  );
}

function Line({ row, label, perCaseManager }: { row: CaseloadRow; label: string; perCaseManager: boolean }) {
  const status = RATIO_STATUS[row.status] ?? { label: row.status, tone: 'neutral' as const };
  const countsHidden = row.suppressed && (row.openCases === null || row.openCases === undefined);
  // limit and utilisation go with the withheld counts they would give away; without a rating there are none
  const measuresHidden = row.suppressed && row.status !== 'NONE';
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{n(row.openCases, row.suppressed)}</td>
      <td className="num">{n(row.u25, row.suppressed)}</td>
      <td className="num">{n(row.ue25, row.suppressed)}</td>
      {!perCaseManager && <td className="num">{number(row.caseManagers)}</td>}
      {!perCaseManager && <td className="num">{n(row.casesPerCaseManager, countsHidden)}</td>}
      <td className="num">{n(row.limit, measuresHidden)}</td>
      <td className="num">
        {row.utilisationPercent === null || row.utilisationPercent === undefined
          ? n(null, measuresHidden)
          : `${number(row.utilisationPercent)} %`}
      </td>
      <td>
        <Badge tone={status.tone}>{status.label}</Badge>
      </td>
    </tr>
  );
}
