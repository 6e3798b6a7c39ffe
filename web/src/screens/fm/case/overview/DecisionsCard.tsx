import type { Resource } from '../../../../api/hooks';
import { Empty, Loaded } from '../../../../ui/feedback';
import { dateTime } from '../../../../ui/format';
import { Table } from '../../../../ui/table';
import type { DecisionLine } from './types';
import { DECLINE_REASON, ROUTE, label } from '../../../../domain/labels';
import { DECISION_KIND, OUTCOME, ROLE, codeText } from './labels';

const REASON: Record<string, string> = { ...ROUTE, ...DECLINE_REASON, CUSTOMER_AGREED: 'Kundin / Kunde einverstanden' };

/** Every decision on the case with the policy version it was made under. */
export function DecisionsCard({ resource }: { resource: Resource<DecisionLine[]> }) {
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Entscheidungen</h2>
      <Loaded resource={resource} label="Entscheidungen werden geladen …">
        {(lines) =>
          lines.length === 0 ? (
            <Empty>Noch keine Entscheidungen.</Empty>
          ) : (
            <Table
              caption="Entscheidungen zum Fall"
              columns={[
                'Zeitpunkt',
                'Entscheidung',
                'Ergebnis',
                'Grund',
                'Vermerk',
                'Von',
                { label: 'Richtlinie', num: true },
              ]}
            >
              {lines.map((d, i) => (
                <tr key={i}>
                  <td>{dateTime(d.decidedAt)}</td>
                  <th scope="row">{label(DECISION_KIND, d.kind)}</th>
                  <td>{codeText(OUTCOME, d.outcome)}</td>
                  <td>{codeText(REASON, d.reasonCode)}</td>
                  <td>{d.note ?? '–'}</td>
                  <td>
                    {d.decidedBy} <span className="muted">({label(ROLE, d.decidedByRole)})</span>
                  </td>
                  <td className="num">{d.policyVersion}</td>
                </tr>
              ))}
            </Table>
          )
        }
      </Loaded>
    </section>
  );
}
