import { useState } from 'react';
import type { Resource } from '../../api/hooks';
import { Empty, Loaded, Success } from '../../ui/feedback';
import { dateTime } from '../../ui/format';
import { ROUTE_LABEL, label } from '../management/reporting';
import { CaseloadOverride } from './CaseloadOverride';
import { EscalationDecision } from './EscalationDecision';
import { CaseLink, useTeam, type CaseLine } from './teamCases';

/** Referrals where AV and FM disagree: the team lead decides, finally (TAH 4.1). */
export function Escalations({ resource }: { resource: Resource<CaseLine[]> }) {
  const team = useTeam();
  const [open, setOpen] = useState<string>();
  const [done, setDone] = useState<string>();
  return (
    <>
      <section className="card" aria-labelledby="esc-heading">
        <h2 id="esc-heading">Eskalationen: Vormerkungen zur Entscheidung</h2>
        <p className="muted">
          Die Fachkraft hat die Vormerkung abgelehnt, die vormerkende Arbeitsvermittlung teilt die Ablehnung nicht.
          Ihre Entscheidung ist endgültig.
        </p>
        {done && <Success>{done}</Success>}
        <Loaded resource={resource} label="Eskalationen werden geladen …">
          {(lines) => lines.length === 0 ? <Empty>Keine Eskalation wartet auf Ihre Entscheidung.</Empty> : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Kund:in</th>
                    <th scope="col">Kundennummer</th>
                    <th scope="col">Zugangsweg</th>
                    <th scope="col">Vorgemerkt von</th>
                    <th scope="col">Vorgemerkt am</th>
                    <th scope="col">Alter</th>
                    <th scope="col"><span className="visually-hidden">Aktion</span></th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((l) => (
                    <tr key={l.caseId}>
                      <th scope="row"><CaseLink caseId={l.caseId} /></th>
                      <td className="mono">{l.customerNumber}</td>
                      <td>{label(ROUTE_LABEL, l.route)}</td>
                      <td>{l.referredBy}</td>
                      <td>{dateTime(l.referredAt)}</td>
                      <td>{l.ageGroup === 'U25' ? 'U25' : 'Ü25'}</td>
                      <td>
                        <button type="button" className="button button--small" aria-expanded={open === l.caseId}
                          onClick={() => { setOpen(open === l.caseId ? undefined : l.caseId); setDone(undefined); }}>
                          {open === l.caseId ? 'Schließen' : 'Entscheiden'}
                          <span className="visually-hidden"> – {l.firstName} {l.lastName}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Loaded>
        {open && (
          <EscalationDecision
            key={open}
            caseId={open}
            onDecided={(admitted, name) => {
              setOpen(undefined);
              setDone(admitted ? `${name} ist ins Fallmanagement aufgenommen.` : `${name} wird endgültig nicht aufgenommen.`);
              resource.reload();
              team.reload();
            }}
          />
        )}
      </section>
      <CaseloadOverride />
    </>
  );
}
