import { Link } from 'react-router-dom';
import { api } from '../../../../api/client';
import { useResource } from '../../../../api/hooks';
import { Badge } from '../../../../ui/feedback';
import { date } from '../../../../ui/format';
import type { PolicyView } from '../../../../domain/policy';
import type { FullCase } from '../overview/types';
import '../overview/overview.css';

/** A closed case's closure, its reason named as in the policy version it was decided under. */
export function ClosureData({ view }: { view: FullCase }) {
  const c = view.closure!;
  const policy = useResource(['intake', 'policy', 'versions', c.policyVersion], (signal) =>
    api<PolicyView>('intake', `/api/policy/versions/${c.policyVersion}`, { signal }),
  );
  const reasonLabel = policy.data?.settings.closureReasons?.find((r) => r.code === c.reasonCode)?.label ?? c.reasonCode;
  return (
    <section className="card" aria-labelledby="closure-data-heading" data-testid="closure-data">
      <h2 id="closure-data-heading">
        Fallabgang <Badge>Abgeschlossen</Badge>
      </h2>
      <dl className="case-facts">
        <div className="case-facts__row">
          <dt>Grund</dt>
          <dd>
            {reasonLabel} {c.integration && <Badge tone="ok">Integration</Badge>}
          </dd>
        </div>
        <div className="case-facts__row">
          <dt>Abgangsdatum</dt>
          <dd>{date(c.closedOn)}</dd>
        </div>
        <div className="case-facts__row">
          <dt>Abgeschlossen von</dt>
          <dd>
            {c.closedBy} (Richtlinienversion {c.policyVersion})
          </dd>
        </div>
        <div className="case-facts__row">
          <dt>Warme Übergabe</dt>
          <dd>
            {c.handoverAvId ? (
              <>
                an {c.handoverAvId}, Folgegespräch am {date(c.handoverOn)}
                {c.handoverTeamLeadInvolved ? ', Teamleitung beteiligt' : ''}
              </>
            ) : (
              'keine (Kundin / Kunde verlässt die Zuständigkeit)'
            )}
          </dd>
        </div>
        {c.afterCareUntil && (
          <div className="case-facts__row">
            <dt>Nachbetreuung bis</dt>
            <dd>{date(c.afterCareUntil)}</dd>
          </div>
        )}
        <div className="case-facts__row">
          <dt>Abschlussvermerk</dt>
          <dd>{c.note ?? '–'}</dd>
        </div>
        {c.successorCaseId && (
          <div className="case-facts__row">
            <dt>Nachfolgefall</dt>
            <dd>
              <Link to={`/faelle/${c.successorCaseId}`}>Nachfolgefall öffnen</Link>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
