import type { Resource } from '../../../../api/hooks';
import { Empty, Loaded } from '../../../../ui/feedback';
import { dateTime } from '../../../../ui/format';
import type { DecisionLine } from './types';
import { DECISION_KIND, DECLINE_REASON, OUTCOME, ROLE, ROUTE, label } from './labels';

const REASON: Record<string, string> = { ...ROUTE, ...DECLINE_REASON, CUSTOMER_AGREED: 'Kundin / Kunde einverstanden' };

/** Every decision on the case with the policy version it was made under. */
export function DecisionsCard({ resource }: { resource: Resource<DecisionLine[]> }) {
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Entscheidungen</h2>
      <Loaded resource={resource} label="Entscheidungen werden geladen …">
        {(lines) => lines.length === 0 ? <Empty>Noch keine Entscheidungen.</Empty> : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Entscheidungen zum Fall</caption>
              <thead>
                <tr>
                  <th scope="col">Zeitpunkt</th>
                  <th scope="col">Entscheidung</th>
                  <th scope="col">Ergebnis</th>
                  <th scope="col">Grund</th>
                  <th scope="col">Vermerk</th>
                  <th scope="col">Von</th>
                  <th scope="col" className="num">Richtlinie</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((d, i) => (
                  <tr key={i}>
                    <td>{dateTime(d.decidedAt)}</td>
                    <th scope="row">{label(DECISION_KIND, d.kind)}</th>
                    <td>{d.outcome ? (OUTCOME[d.outcome] ?? d.outcome) : '–'}</td>
                    <td>{d.reasonCode ? (REASON[d.reasonCode] ?? d.reasonCode) : '–'}</td>
                    <td>{d.note ?? '–'}</td>
                    <td>{d.decidedBy} <span className="muted">({label(ROLE, d.decidedByRole)})</span></td>
                    <td className="num">{d.policyVersion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  );
}
