import { Badge, Empty } from '../../../../ui/feedback';
import { date } from '../../../../ui/format';
import { NEED_STATUS, label } from '../../../../domain/labels';
import { CHANGE_REASON, PRIORITY, STRENGTH_KIND, profileWord, profiles } from './labels';
import type { AssessmentVersion, Catalogue, NeedView } from './types';
import '../overview/overview.css';
import './assessment.css';
import { scrollRegion } from '../../../../ui/table';

function statusTone(status: string): 'ok' | 'warn' | 'info' | 'neutral' {
  return status === 'RESOLVED'
    ? 'ok'
    : status === 'WORKED_WITHOUT_SUCCESS'
      ? 'warn'
      : status === 'IN_PROGRESS'
        ? 'info'
        : 'neutral';
}

function NeedTable({ needs }: { needs: NeedView[] }) {
  return (
    <div className="table-wrap" {...scrollRegion('Handlungsbedarfe')}>
      <table className="table fm-need-table">
        <colgroup>
          <col style={{ width: '22%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '10%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Handlungsbedarf</th>
            <th scope="col">Status</th>
            <th scope="col">Priorität</th>
            <th scope="col">Beschreibung</th>
            <th scope="col">Bezug zum Zielberuf</th>
            <th scope="col">Erkannt am</th>
          </tr>
        </thead>
        <tbody>
          {needs.map((n) => (
            <tr key={n.needId}>
              <th scope="row">
                {n.label} {n.entrenched && <Badge tone="danger">verfestigt</Badge>}{' '}
                {n.healthRelated && <Badge tone="info">gesundheitsbezogen</Badge>}
              </th>
              <td>
                <Badge tone={statusTone(n.status)}>{label(NEED_STATUS, n.status)}</Badge>{' '}
                <span className="muted">seit {date(n.statusSince)}</span>
              </td>
              <td>{label(PRIORITY, n.priority)}</td>
              <td>{n.description ?? '–'}</td>
              <td>
                {n.linkedToTargetOccupation ? 'steht der Integration im Weg' : `Begründung: ${n.linkReason ?? '–'}`}
              </td>
              <td>{date(n.identifiedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The latest version: needs by the five key groups, strengths, target occupation, prognosis, profile, validity. */
export function LatestAssessment({ a, catalogue }: { a: AssessmentVersion; catalogue: Catalogue }) {
  const needs = a.needs ?? [];
  const expired = a.validUntil < new Date().toISOString().slice(0, 10);
  return (
    <section className="card">
      <h2 id="latest-heading">
        Aktuelles Profiling – Version <span data-testid="assessment-version">{a.version}</span>
      </h2>
      <dl className="case-facts">
        <div className="case-facts__row">
          <dt>Erstellt</dt>
          <dd>
            {date(a.assessedOn)} durch {a.assessedBy}
          </dd>
        </div>
        <div className="case-facts__row">
          <dt>Gültig bis</dt>
          <dd>
            {date(a.validUntil)} {expired && <Badge tone="danger">abgelaufen</Badge>}
          </dd>
        </div>
        <div className="case-facts__row">
          <dt>{profileWord(a.scheme)}</dt>
          <dd>
            {label(profiles(a.scheme), a.profileCode)}
            {a.categoryChangeReason && (
              <span className="muted">
                {' '}
                · Wechsel: {label(CHANGE_REASON, a.categoryChangeReason)}
                {a.categoryChangeNote ? ` – ${a.categoryChangeNote}` : ''}
              </span>
            )}
          </dd>
        </div>
        <div className="case-facts__row">
          <dt>Integrationsprognose</dt>
          <dd>
            {a.prognosisHorizonMonths === undefined ? '–' : `etwa ${a.prognosisHorizonMonths} Monate`}{' '}
            {a.marketNear !== undefined && (
              <Badge tone={a.marketNear ? 'ok' : 'neutral'}>{a.marketNear ? 'marktnah' : 'nicht marktnah'}</Badge>
            )}
          </dd>
        </div>
        {a.resubmissionOn && (
          <div className="case-facts__row">
            <dt>Wiedervorlage</dt>
            <dd>{date(a.resubmissionOn)}</dd>
          </div>
        )}
        {a.obstructionEndsOn && (
          <div className="case-facts__row">
            <dt>Entgegenstehendes Ereignis endet</dt>
            <dd>{date(a.obstructionEndsOn)}</dd>
          </div>
        )}
        <div className="case-facts__row">
          <dt>Zielberuf</dt>
          <dd>
            {a.targetOccupation ? (
              <>
                {a.targetOccupation.title}
                {a.targetOccupation.kldbCode && <span className="mono"> (KldB {a.targetOccupation.kldbCode})</span>}
              </>
            ) : (
              '–'
            )}
            {(a.alternativeOccupations ?? []).length > 0 && (
              <span className="muted"> · Alternativen: {a.alternativeOccupations!.map((o) => o.title).join(', ')}</span>
            )}
          </dd>
        </div>
        {(a.householdCaseIds ?? []).length > 0 && (
          <div className="case-facts__row">
            <dt>Bedarfsgemeinschaft</dt>
            <dd>verweist auf {a.householdCaseIds!.length} weitere(n) Fall/Fälle</dd>
          </div>
        )}
      </dl>

      <h3>Handlungsbedarfe nach Schlüsselgruppen</h3>
      {catalogue.keyGroups.map((g) => {
        const inGroup = needs.filter((n) => n.keyGroup === g.code);
        const open = inGroup.filter((n) => n.status !== 'RESOLVED').length;
        return (
          <section key={g.code} aria-labelledby={`kg-${g.code}`} className="fm-keygroup">
            <h4 id={`kg-${g.code}`}>
              {g.label} <Badge tone={open > 0 ? 'warn' : 'neutral'}>{open} offen</Badge>
            </h4>
            {inGroup.length === 0 ? <Empty>Kein Handlungsbedarf.</Empty> : <NeedTable needs={inGroup} />}
          </section>
        );
      })}

      <h3>Stärken und Ressourcen</h3>
      {(a.strengths ?? []).length === 0 ? (
        <Empty>Keine Stärken erfasst.</Empty>
      ) : (
        <ul>
          {a.strengths!.map((s, i) => (
            <li key={i}>
              <strong>{label(STRENGTH_KIND, s.kind)}:</strong> {s.description}
            </li>
          ))}
        </ul>
      )}

      {Object.keys(a.coRating ?? {}).length > 0 && (
        <>
          <h3>Gemeinsame Fortschrittsskala</h3>
          <div className="table-wrap" {...scrollRegion('Gemeinsame Fortschrittsskala')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  <th scope="col" className="num">
                    Kundin / Kunde
                  </th>
                  <th scope="col" className="num">
                    Fachkraft
                  </th>
                </tr>
              </thead>
              <tbody>
                {catalogue.progressDimensions
                  .filter((d) => a.coRating?.[d.code])
                  .map((d) => (
                    <tr key={d.code}>
                      <th scope="row">{d.label}</th>
                      <td className="num">{a.coRating![d.code].customer}</td>
                      <td className="num">{a.coRating![d.code].caseManager}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
