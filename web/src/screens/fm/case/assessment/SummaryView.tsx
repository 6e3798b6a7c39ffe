import { Badge } from '../../../../ui/feedback';
import { date } from '../../../../ui/format';
import { NEED_STATUS, label } from '../../../../domain/labels';
import { PRIORITY, profiles } from './labels';
import type { ProfileScheme } from '../../../../domain/policy';
import type { AssessmentSummary, Catalogue } from './types';

/** What a team colleague may see: profile, validity and needs without free text (health-related ones hidden). */
export function SummaryView({
  s,
  catalogue,
  scheme,
}: {
  s: AssessmentSummary;
  catalogue: Catalogue;
  scheme: ProfileScheme;
}) {
  const needLabel = new Map(catalogue.keyGroups.flatMap((g) => g.needs.map((n) => [n.code, n.label] as const)));
  const groupLabel = new Map(catalogue.keyGroups.map((g) => [g.code, g.label]));
  return (
    <section className="card">
      <h2 id="summary-heading">Profiling – Übersicht (Version {s.version})</h2>
      {s.protectedContentHidden && (
        <p className="alert alert--info">
          Geschützte Inhalte (Freitexte, gesundheitsbezogene Handlungsbedarfe) sehen nur die zuständige Fachkraft, ihre
          Vertretung und die Teamleitung.
        </p>
      )}
      <p>
        Erstellt {date(s.assessedOn)} · gültig bis {date(s.validUntil)} · {label(profiles(scheme), s.profileCode)}
        {s.marketNear !== undefined && <> · {s.marketNear ? 'marktnah' : 'nicht marktnah'}</>}
      </p>
      <ul>
        {(s.needs ?? []).map((n) => (
          <li key={n.needId}>
            {groupLabel.get(n.keyGroup) ?? n.keyGroup}: {needLabel.get(n.code) ?? n.code} –{' '}
            {label(NEED_STATUS, n.status)}, Priorität {label(PRIORITY, n.priority)}
            {n.entrenched && (
              <>
                {' '}
                <Badge tone="danger">verfestigt</Badge>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
