import { useState } from 'react';
import { type Resource, useMessage } from '../../api/hooks';
import type { CaseLine } from '../../api/types';
import { Empty, Loaded, Success } from '../../ui/feedback';
import { dateTime } from '../../ui/format';
import { ACTION_COLUMN, Table } from '../../ui/table';
import { AGE_GROUP, ROUTE, label } from '../../domain/labels';
import { CaseloadOverride } from './CaseloadOverride';
import { EscalationDecision } from './EscalationDecision';
import { CaseLink, DecideToggle } from './teamCases';

/** Referrals where AV and FM disagree: the team lead decides, finally (TAH 4.1). */
export function Escalations({ resource }: { resource: Resource<CaseLine[]> }) {
  const [open, setOpen] = useState<string>();
  const [done, setDone] = useMessage<string>();
  return (
    <>
      <section className="card" aria-labelledby="esc-heading">
        <h2 id="esc-heading">Eskalationen: Vormerkungen zur Entscheidung</h2>
        <p className="muted">
          Die Fachkraft hat die Vormerkung abgelehnt, die vormerkende Arbeitsvermittlung teilt die Ablehnung nicht. Ihre
          Entscheidung ist endgültig.
        </p>
        {done && <Success>{done}</Success>}
        <Loaded resource={resource} label="Eskalationen werden geladen …">
          {(lines) =>
            lines.length === 0 ? (
              <Empty>Keine Eskalation wartet auf Ihre Entscheidung.</Empty>
            ) : (
              <Table
                columns={[
                  'Kund:in',
                  'Kundennummer',
                  'Zugangsweg',
                  'Vorgemerkt von',
                  'Vorgemerkt am',
                  'Alter',
                  ACTION_COLUMN,
                ]}
              >
                {lines.map((l) => (
                  <tr key={l.caseId}>
                    <th scope="row">
                      <CaseLink caseId={l.caseId} />
                    </th>
                    <td className="mono">{l.customerNumber}</td>
                    <td>{label(ROUTE, l.route)}</td>
                    <td>{l.referredBy}</td>
                    <td>{dateTime(l.referredAt)}</td>
                    <td>{label(AGE_GROUP, l.ageGroup)}</td>
                    <td>
                      <DecideToggle
                        expanded={open === l.caseId}
                        rowName={`${l.firstName} ${l.lastName}`}
                        onToggle={() => {
                          setOpen(open === l.caseId ? undefined : l.caseId);
                          setDone(undefined);
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </Table>
            )
          }
        </Loaded>
        {open && (
          <EscalationDecision
            key={open}
            caseId={open}
            onDecided={(admitted, name) => {
              setOpen(undefined);
              setDone(
                admitted ? `${name} ist ins Fallmanagement aufgenommen.` : `${name} wird endgültig nicht aufgenommen.`,
              );
            }}
          />
        )}
      </section>
      <CaseloadOverride />
    </>
  );
}
