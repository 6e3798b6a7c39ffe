import { useState } from 'react';
import { answer, assessment } from '../../../../api/typed';
import { useResource } from '../../../../api/hooks';
import { Badge, Empty, Loaded } from '../../../../ui/feedback';
import { SelectField } from '../../../../ui/forms';
import { date } from '../../../../ui/format';
import { NEED_STATUS, label } from '../../../../domain/labels';
import { DIRECTION, STRENGTH_KIND, profileWord, profiles } from './labels';
import type { AssessmentVersion, Catalogue, NeedView } from './types';
import '../../home/home.css';
import { scrollRegion } from '../../../../ui/table';

function NeedList({ needs }: { needs?: NeedView[] }) {
  if (!needs || needs.length === 0) return <p className="muted">keine</p>;
  return (
    <ul>
      {needs.map((n) => (
        <li key={n.needId}>
          {n.label}{' '}
          <span className="muted">
            ({label(NEED_STATUS, n.status)}
            {n.entrenched ? ', verfestigt' : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}

function ProgressView({
  caseId,
  from,
  to,
  versions,
  catalogue,
}: {
  caseId: string;
  from: number;
  to: number;
  versions: AssessmentVersion[];
  catalogue: Catalogue;
}) {
  const progress = useResource(['assessment', 'cases', caseId, 'progress', { from, to }], (signal) =>
    answer(
      assessment.GET('/api/cases/{caseId}/progress', { params: { path: { caseId }, query: { from, to } }, signal }),
    ),
  );
  const scheme = versions.find((v) => v.version === to)?.scheme ?? 'BA_PROFILES';
  const dims = new Map(catalogue.progressDimensions.map((d) => [d.code, d.label]));
  return (
    <Loaded resource={progress} label="Fortschritt wird berechnet …">
      {(p) => (
        <div className="fm-progress" aria-live="polite">
          <div>
            <h4>{profileWord(scheme)}</h4>
            <p>
              {label(profiles(scheme), p.fromProfile)} → {label(profiles(scheme), p.toProfile)}{' '}
              <Badge tone={p.profileDirection === 'UP' ? 'ok' : p.profileDirection === 'DOWN' ? 'danger' : 'neutral'}>
                {label(DIRECTION, p.profileDirection)}
              </Badge>
            </p>
          </div>
          <div>
            <h4>
              Erledigt <Badge tone="ok">{p.resolved?.length ?? 0}</Badge>
            </h4>
            <NeedList needs={p.resolved} />
          </div>
          <div>
            <h4>
              Neu hinzugekommen <Badge tone="info">{p.added?.length ?? 0}</Badge>
            </h4>
            <NeedList needs={p.added} />
          </div>
          <div>
            <h4>
              Verschlechtert <Badge tone="danger">{p.worsened?.length ?? 0}</Badge>
            </h4>
            <NeedList needs={p.worsened} />
          </div>
          <div>
            <h4>
              Neue Stärken <Badge tone="ok">{p.strengthsGained?.length ?? 0}</Badge>
            </h4>
            {(p.strengthsGained ?? []).length === 0 ? (
              <p className="muted">keine</p>
            ) : (
              <ul>
                {p.strengthsGained!.map((s, i) => (
                  <li key={i}>
                    {label(STRENGTH_KIND, s.kind)}: {s.description}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {Object.keys(p.ratingChange ?? {}).length > 0 && (
            <div>
              <h4>Fortschrittsskala (Veränderung)</h4>
              <ul>
                {Object.entries(p.ratingChange!).map(([d, r]) => (
                  <li key={d}>
                    {dims.get(d) ?? d}: Kundin / Kunde {r.customer > 0 ? '+' : ''}
                    {r.customer}, Fachkraft {r.caseManager > 0 ? '+' : ''}
                    {r.caseManager}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Loaded>
  );
}

/** All versions and the progress between two of them (UCKERMARK 8, TAH 6). */
export function History({
  caseId,
  versions,
  catalogue,
}: {
  caseId: string;
  versions: AssessmentVersion[];
  catalogue: Catalogue;
}) {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const [from, setFrom] = useState(sorted[0]?.version ?? 1);
  const [to, setTo] = useState(sorted[sorted.length - 1]?.version ?? 1);
  const options = sorted.map((v) => ({
    value: String(v.version),
    label: `Version ${v.version} vom ${date(v.assessedOn)}`,
  }));
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Versionen und Fortschritt</h2>
      {sorted.length === 0 ? (
        <Empty>Noch keine Version.</Empty>
      ) : (
        <div className="table-wrap" {...scrollRegion('Versionen des Profilings')}>
          <table className="table">
            <caption className="visually-hidden">Versionen des Profilings</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">Datum</th>
                <th scope="col">Profil / Kategorie</th>
                <th scope="col" className="num">
                  Offene Bedarfe
                </th>
                <th scope="col">Prognose</th>
                <th scope="col">Gültig bis</th>
                <th scope="col">Erstellt von</th>
              </tr>
            </thead>
            <tbody>
              {[...sorted].reverse().map((v) => (
                <tr key={v.version}>
                  <th scope="row" className="num">
                    {v.version}
                  </th>
                  <td>{date(v.assessedOn)}</td>
                  <td>{label(profiles(v.scheme), v.profileCode)}</td>
                  <td className="num">{(v.needs ?? []).filter((n) => n.status !== 'RESOLVED').length}</td>
                  <td>{v.prognosisHorizonMonths === undefined ? '–' : `${v.prognosisHorizonMonths} Monate`}</td>
                  <td>{date(v.validUntil)}</td>
                  <td>{v.assessedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Fortschritt zwischen zwei Versionen</h3>
      {sorted.length < 2 ? (
        <p className="muted">Der Fortschritt wird sichtbar, sobald es mindestens zwei Versionen gibt.</p>
      ) : (
        <>
          <div className="row fm-filters">
            <SelectField
              label="Von Version"
              name="from"
              value={String(from)}
              options={options}
              onChange={(e) => setFrom(Number(e.target.value))}
            />
            <SelectField
              label="Bis Version"
              name="to"
              value={String(to)}
              options={options}
              onChange={(e) => setTo(Number(e.target.value))}
            />
          </div>
          {from >= to ? (
            <p className="alert alert--warn">Die erste Version muss vor der zweiten liegen.</p>
          ) : (
            <ProgressView caseId={caseId} from={from} to={to} versions={sorted} catalogue={catalogue} />
          )}
        </>
      )}
    </section>
  );
}
