import { useState } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/hooks';
import { Badge, Empty, Loaded } from '../../ui/feedback';
import { date } from '../../ui/format';
import { SelectField } from '../../ui/forms';
import { scrollRegion, Table } from '../../ui/table';
import { CsvButton } from '../management/CsvButton';
import { FINDINGS, FINDING_LABEL, cellText, type QualitySummary } from '../management/reporting';
import { CaseLink, useTeam } from './teamCases';

interface FindingCase {
  caseId: string;
  caseManagerId?: string | null;
  findings?: string[];
}

/** The team's quality findings: the counts, the rule behind each, and the cases (ids + FM; names from intake). */
export function TeamQuality() {
  const team = useTeam();
  const [finding, setFinding] = useState('');
  const summary = useResource(['reporting', 'quality', 'summary'], (signal) =>
    api<QualitySummary>('reporting', '/api/quality/summary', { signal }),
  );
  const cases = useResource(['reporting', 'quality', 'cases', { finding }], (signal) =>
    api<FindingCase[]>('reporting', '/api/quality/cases', { query: { finding: finding || undefined }, signal }),
  );
  return (
    <>
      <section className="card" aria-labelledby="quality-heading">
        <div className="section-head">
          <h2 id="quality-heading">Qualitätsstandards des Teams</h2>
          <CsvButton
            what="Qualitätsübersicht des Teams"
            path="/api/quality/summary/export"
            filename="qualitaet-team.csv"
          />
        </div>
        <Loaded resource={summary} label="Befunde werden geladen …">
          {(s) => {
            const line = s.teams?.[0] ?? s.total;
            return (
              <>
                <p className="muted">
                  Stand {date(s.day)}, geprüft gegen Richtlinienversion {s.policyVersion}. Die Zahlen des eigenen Teams
                  sind tagesaktuell und genau.
                </p>
                <div className="kpis">
                  <div className="kpi">
                    <span className="kpi__value">{cellText(line.openCases)}</span>
                    <span className="kpi__label">Offene Fälle</span>
                  </div>
                  <div className="kpi">
                    <span className="kpi__value">{cellText(line.referred)}</span>
                    <span className="kpi__label">Vormerkungen ohne Fachkraft</span>
                  </div>
                </div>
                <div className="table-wrap" {...scrollRegion('Befunde der Qualitätsstandards')}>
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">Befund</th>
                        <th scope="col">Regel</th>
                        <th scope="col" className="num">
                          Fälle
                        </th>
                        <th scope="col">
                          <span className="visually-hidden">Aktion</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {FINDINGS.map((f) => (
                        <tr key={f.code}>
                          <th scope="row">{f.label}</th>
                          <td className="muted">{f.rule}</td>
                          <td className="num">{cellText(line.findings?.[f.code])}</td>
                          <td>
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() => setFinding(f.code)}
                              aria-pressed={finding === f.code}
                            >
                              Fälle zeigen<span className="visually-hidden">: {f.label}</span>
                            </button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            );
          }}
        </Loaded>
      </section>
      <section className="card" aria-labelledby="quality-cases-heading">
        <div className="section-head">
          <h2 id="quality-cases-heading">Fälle mit Befund</h2>
          <CsvButton
            what="Fälle mit Befund"
            path="/api/quality/cases/export"
            filename="qualitaet-faelle.csv"
            query={{ finding: finding || undefined }}
          />
        </div>
        <div className="filters">
          <SelectField
            label="Befund"
            name="finding"
            value={finding}
            onChange={(e) => setFinding(e.target.value)}
            options={[
              { value: '', label: 'Alle Fälle mit mindestens einem Befund' },
              ...FINDINGS.map((f) => ({ value: f.code, label: f.label })),
            ]}
          />
        </div>
        <Loaded resource={cases} label="Fälle werden geladen …">
          {(list) =>
            list.length === 0 ? (
              <Empty>Keine Fälle mit {finding ? `dem Befund „${FINDING_LABEL[finding]}“` : 'Befund'}.</Empty>
            ) : (
              <Table columns={['Kund:in', 'Kundennummer', 'Fachkraft', 'Befunde']}>
                {list.map((c) => (
                  <tr key={c.caseId}>
                    <th scope="row">
                      <CaseLink caseId={c.caseId} />
                    </th>
                    <td className="mono">{team.cases.get(c.caseId)?.customerNumber ?? '–'}</td>
                    <td>{c.caseManagerId ?? 'noch keine (Vormerkung)'}</td>
                    <td>
                      <span className="badges">
                        {(c.findings ?? []).map((f) => (
                          <Badge key={f} tone="warn">
                            {FINDING_LABEL[f] ?? f}
                          </Badge>
                        ))}
                      </span>
                    </td>
                  </tr>
                ))}
              </Table>
            )
          }
        </Loaded>
      </section>
    </>
  );
}
