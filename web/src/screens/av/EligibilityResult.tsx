import { Badge } from '../../ui/feedback';
import type { Criterion, EligibilityView } from '../../api/types';
import { ACCESS_REASON, label } from '../../domain/labels';
import { FACT_SOURCE } from './labels';

const OUTCOME_TEXT = {
  MET: 'erfüllt',
  NOT_MET: 'nicht erfüllt',
  UNKNOWN: 'nicht entscheidbar – Angabe fehlt',
} as const;

function CriterionItem({ c }: { c: Criterion }) {
  const met = c.outcome === 'MET';
  return (
    <li className={met ? 'pass' : 'fail'} data-code={c.code}>
      <span className="av-criterion">
        <span className="av-criterion__label">{c.label}</span>
        <span className="av-criterion__facts">
          erforderlich: {c.required} · tatsächlich: {c.actual}
          {c.source && <> · Quelle: {label(FACT_SOURCE, c.source)}</>}
        </span>
      </span>
      <Badge tone={met ? 'ok' : c.outcome === 'UNKNOWN' ? 'warn' : 'danger'}>
        {OUTCOME_TEXT[c.outcome] ?? c.outcome}
      </Badge>
    </li>
  );
}

/** The answer of POST /api/eligibility-checks (also the snapshot a referral stores), criterion by criterion. */
export function EligibilityResult({ result }: { result: EligibilityView }) {
  const criteria = [...(result.criteria ?? []), ...(result.exclusions ?? [])];
  const fromAssessment = criteria.filter((c) => c.source === 'ASSESSMENT');
  const paths = result.paths ?? [];
  const allowed = paths.filter((p) => p.allowedByPolicy);
  const notInPolicy = paths.filter((p) => !p.allowedByPolicy);
  const exclusionApplies = (result.exclusions ?? []).some((e) => e.outcome !== 'MET');

  return (
    <div className="stack">
      <p className="av-verdict" role="status">
        {result.eligible ? (
          <>
            ✔ Zugangskriterien erfüllt – über:{' '}
            {(result.satisfiedReasons ?? []).map((r) => label(ACCESS_REASON, r)).join(', ')}
          </>
        ) : (
          <>
            ✘ Zugangskriterien nicht erfüllt{exclusionApplies ? ' – ein Ausschlussgrund der Richtlinie liegt vor' : ''}
          </>
        )}
      </p>
      {fromAssessment.length > 0 ? (
        <div className="alert alert--info">
          Für {fromAssessment.map((c) => `„${c.label}“`).join(', ')} gelten die Angaben aus dem letzten abgeschlossenen
          Assessment der Kundin / des Kunden; Ihre Eingaben zu diesen Punkten wurden nicht verwendet. Das Lesen des
          Assessments wird protokolliert.
        </div>
      ) : (
        <p className="hint">
          Alle Angaben stammen aus Ihrer Eingabe (kein abgeschlossenes Assessment zu dieser Kundennummer verwendet).
        </p>
      )}
      <ul className="criteria" data-testid="eligibility-result" aria-label="Kriterien der Zugangsprüfung">
        {criteria.map((c) => (
          <CriterionItem key={c.code} c={c} />
        ))}
      </ul>
      <h3>Zugangswege der Richtlinie</h3>
      <ul className="av-paths">
        {allowed.map((p) => (
          <li key={p.reason}>
            <Badge tone={p.satisfied ? 'ok' : 'neutral'}>
              {label(ACCESS_REASON, p.reason)}: {p.satisfied ? 'erfüllt' : 'nicht erfüllt'}
            </Badge>
          </li>
        ))}
      </ul>
      {notInPolicy.length > 0 && (
        <p className="hint">
          In der Richtlinie nicht vorgesehen: {notInPolicy.map((p) => label(ACCESS_REASON, p.reason)).join(', ')}.
        </p>
      )}
      <p className="hint">
        Geprüft nach Version {result.policyVersion} der Richtlinie des Jobcenters. Die Prüfung speichert nichts; die
        Vormerkung speichert ihr Ergebnis als Kriterien-Snapshot.
      </p>
    </div>
  );
}
