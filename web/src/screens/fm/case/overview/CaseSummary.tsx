import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Badge } from '../../../../ui/feedback';
import { date, dateTime, today } from '../../../../ui/format';
import type { FullCase } from './types';
import './overview.css';
import { CASE_STATUS, DECLINE_REASON, SUPPORT_VARIANT, label } from '../../../../domain/labels';
import { ROLE, SUPPORT_ROLE } from './labels';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="case-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Customer data, who is responsible, and the admission with its duration. */
export function CaseSummary({ view }: { view: FullCase }) {
  const c = view.customer;
  const a = view.admission;
  const maxEnd = a?.maxDurationEndsOn;
  return (
    <div className="grid">
      <section className="card" aria-labelledby="customer-heading">
        <h2 id="customer-heading">Kundin / Kunde</h2>
        <dl className="case-facts">
          <Row term="Name">
            {c.lastName}, {c.firstName}
          </Row>
          <Row term="Kundennummer">
            <span className="mono">{c.customerNumber}</span>
          </Row>
          <Row term="Geburtsdatum">
            {date(c.dateOfBirth)} ({view.ageGroup === 'U25' ? 'U25' : 'Ü25'})
          </Row>
          <Row term="Bedarfsgemeinschaft">{c.householdRef ?? '–'}</Row>
          <Row term="Zuständige Arbeitsvermittlung">{c.responsibleAvId ?? '–'}</Row>
        </dl>
      </section>
      <section className="card" aria-labelledby="case-heading">
        <h2 id="case-heading">Fall</h2>
        <dl className="case-facts">
          <Row term="Status">
            <Badge tone={view.status === 'CLOSED' ? 'neutral' : 'info'}>{label(CASE_STATUS, view.status)}</Badge>
          </Row>
          <Row term="Team">{view.teamId}</Row>
          <Row term="Fallmanagement">
            {view.caseManagerId ?? '–'}
            {view.supportRole && ` (${label(SUPPORT_ROLE, view.supportRole)})`}
          </Row>
          <Row term="Vertretung">
            {view.deputy ? (
              <>
                {view.deputy.deputyId}, {date(view.deputy.from)} bis {date(view.deputy.until)}
              </>
            ) : (
              '–'
            )}
          </Row>
          <Row term="Laufende Maßnahmen">
            {view.runningMeasures ?? 0}
            {view.aghRunning && (
              <>
                {' '}
                <Badge tone="info">Arbeitsgelegenheit läuft</Badge>
              </>
            )}
          </Row>
        </dl>
      </section>
      {a && (
        <section className="card" aria-labelledby="admission-heading">
          <h2 id="admission-heading">Aufnahme</h2>
          <dl className="case-facts">
            <Row term="Aufgenommen am">
              {date(a.admittedOn)}{' '}
              <span className="muted">
                durch {a.decidedBy} ({label(ROLE, a.decidedByRole)})
              </span>
            </Row>
            <Row term="Gemeinsame Fallerörterung">{date(a.jointCaseDiscussionOn)}</Row>
            <Row term="Betreuungsvariante">{label(SUPPORT_VARIANT, a.supportVariant)}</Row>
            <Row term="Betreuungsdauer ab">{date(a.durationStartOn)}</Row>
            <Row term="Maximale Betreuungsdauer bis">
              {maxEnd ? (
                <>
                  {date(maxEnd)} {maxEnd < today() && <Badge tone="danger">überschritten</Badge>}
                </>
              ) : (
                'keine Höchstdauer'
              )}
              {view.extensionUntil && <> · verlängert bis {date(view.extensionUntil)}</>}
            </Row>
            {a.overCaseloadOverride && (
              <Row term="Betreuungsschlüssel">
                <Badge tone="warn">Zuordnung mit Freigabe der Teamleitung</Badge>
              </Row>
            )}
            <Row term="Richtlinienversion">{a.policyVersion}</Row>
          </dl>
        </section>
      )}
      {view.decline && (
        <section className="card" aria-labelledby="decline-heading">
          <h2 id="decline-heading">Ablehnung</h2>
          <dl className="case-facts">
            <Row term="Grund">{label(DECLINE_REASON, view.decline.reason)}</Row>
            <Row term="Begründung">{view.decline.note ?? '–'}</Row>
            <Row term="Abgelehnt">
              {dateTime(view.decline.declinedAt)} durch {view.decline.declinedBy}
            </Row>
          </dl>
          {view.escalation && (
            <>
              <h3>Eskalation an die Teamleitung</h3>
              <dl className="case-facts">
                <Row term="Vorgelegt">
                  {dateTime(view.escalation.escalatedAt)} durch {view.escalation.escalatedBy}
                </Row>
                <Row term="Begründung der AV">{view.escalation.statement}</Row>
                <Row term="Entscheidung">
                  {view.escalation.decidedAt ? (
                    <>
                      {view.escalation.admitted ? 'aufgenommen' : 'nicht aufgenommen'} am{' '}
                      {dateTime(view.escalation.decidedAt)} durch {view.escalation.decidedBy}:{' '}
                      {view.escalation.decisionNote}
                    </>
                  ) : (
                    'steht aus'
                  )}
                </Row>
              </dl>
            </>
          )}
        </section>
      )}
      {view.closure && (
        <section className="card" aria-labelledby="closure-summary-heading">
          <h2 id="closure-summary-heading">Abschluss</h2>
          <p>
            Abgeschlossen am {date(view.closure.closedOn)} durch {view.closure.closedBy}.{' '}
            <Link to={`/faelle/${view.caseId}/abschluss`}>Abschlussdaten ansehen</Link>
          </p>
        </section>
      )}
    </div>
  );
}
