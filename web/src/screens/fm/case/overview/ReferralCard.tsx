import { answer, intake } from '../../../../api/typed';
import { useResource } from '../../../../api/hooks';
import { Badge, Empty, Loaded } from '../../../../ui/feedback';
import { date, dateTime } from '../../../../ui/format';
import type { Criterion } from '../../../../api/types';
import type { FullCase } from './types';
import { ACCESS_REASON, ROUTE, label } from '../../../../domain/labels';
import { CRITERION_OUTCOME, FACT_SOURCE } from './labels';

function CriteriaList({ criteria }: { criteria: Criterion[] }) {
  if (criteria.length === 0) return <Empty>Keine.</Empty>;
  return (
    <ul className="criteria">
      {criteria.map((c) => (
        <li key={c.code} className={c.outcome === 'MET' ? 'pass' : c.outcome === 'NOT_MET' ? 'fail' : 'fm-unknown'}>
          <span>
            {c.label}{' '}
            <Badge tone={c.outcome === 'MET' ? 'ok' : c.outcome === 'NOT_MET' ? 'danger' : 'warn'}>
              {label(CRITERION_OUTCOME, c.outcome)}
            </Badge>
            <span className="fm-criteria__detail">
              gefordert: {c.required} · festgestellt: {c.actual}
              {c.source ? ` · ${label(FACT_SOURCE, c.source)}` : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The referral and the criteria snapshot it rests on (PANKOW 4.1: decided "according to the criteria"). */
export function ReferralCard({ view }: { view: FullCase }) {
  const r = view.referral;
  const snapshot = useResource(['intake', 'cases', view.caseId, 'criteria'], (signal) =>
    answer(intake.GET('/api/cases/{caseId}/criteria', { params: { path: { caseId: view.caseId } }, signal })),
  );
  return (
    <section className="card" aria-labelledby="referral-heading">
      <h2 id="referral-heading">Vormerkung</h2>
      <dl className="case-facts">
        <div className="case-facts__row">
          <dt>Zugangsweg</dt>
          <dd>{label(ROUTE, r.route)}</dd>
        </div>
        <div className="case-facts__row">
          <dt>Zugangsgründe</dt>
          <dd>{r.reasons.map((x) => label(ACCESS_REASON, x)).join(', ') || '–'}</dd>
        </div>
        <div className="case-facts__row">
          <dt>Vermerk der Vormerkung</dt>
          <dd>{r.note ?? '–'}</dd>
        </div>
        <div className="case-facts__row">
          <dt>Vorgemerkt</dt>
          <dd>
            {dateTime(r.referredAt)} durch {r.referredBy} (Richtlinienversion {r.policyVersion})
          </dd>
        </div>
        {r.secondaryAssignmentDueOn && (
          <div className="case-facts__row">
            <dt>Zuordnung fällig bis</dt>
            <dd>{date(r.secondaryAssignmentDueOn)}</dd>
          </div>
        )}
      </dl>
      <h3>Zugangsprüfung (Kriterien-Snapshot)</h3>
      <Loaded resource={snapshot} label="Zugangsprüfung wird geladen …">
        {(s) => (
          <>
            <p>
              {s.eligible ? <Badge tone="ok">Zugang erfüllt</Badge> : <Badge tone="danger">Zugang nicht erfüllt</Badge>}{' '}
              Erfüllte Zugangswege:{' '}
              {(s.satisfiedReasons ?? []).map((x) => label(ACCESS_REASON, x)).join(', ') || 'keine'}
              <span className="muted"> · geprüft nach Richtlinienversion {s.policyVersion}</span>
            </p>
            <CriteriaList criteria={s.criteria ?? []} />
            {(s.exclusions ?? []).length > 0 && (
              <>
                <h4>Ausschlussgründe</h4>
                <CriteriaList criteria={s.exclusions ?? []} />
              </>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
