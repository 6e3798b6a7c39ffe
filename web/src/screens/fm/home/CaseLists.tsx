import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Resource } from '../../../api/hooks';
import { Badge, Empty, Loaded } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/forms';
import { date, dateTime, today } from '../../../ui/format';
import { CASE_STATUS, ROUTE, label } from '../../../domain/labels';
import type { CaseLine, Page } from '../../../api/types';
import './home.css';
import { scrollRegion } from '../../../ui/table';
import { nextStep, type CaseFacts } from './nextStep';

function StepCell({ line, facts }: { line: CaseLine; facts?: Map<string, CaseFacts> }) {
  const step = nextStep(line, facts, today());
  return step ? <Badge tone={step.tone}>{step.text}</Badge> : <>–</>;
}

function CaseLink({ line }: { line: CaseLine }) {
  return (
    <Link to={`/faelle/${line.caseId}`}>
      {line.lastName}, {line.firstName}
    </Link>
  );
}

function DueCell({ day }: { day?: string }) {
  if (!day) return <>–</>;
  return (
    <>
      {date(day)} {day < today() && <Badge tone="danger">überfällig</Badge>}
    </>
  );
}

function MoreHint({ page }: { page: Page<CaseLine> }) {
  const shown = page.items?.length ?? 0;
  return page.total > shown ? (
    <p className="hint">
      Angezeigt werden {shown} von {page.total} Fällen.
    </p>
  ) : null;
}

/** Referrals of the FM's team waiting for the admission decision. */
export function AwaitingDecision({ resource }: { resource: Resource<Page<CaseLine>> }) {
  return (
    <section className="card" aria-labelledby="awaiting-heading" data-testid="awaiting-decision">
      <h2 id="awaiting-heading">
        Zur Entscheidung{' '}
        {resource.data && <Badge tone={resource.data.total > 0 ? 'info' : 'neutral'}>{resource.data.total}</Badge>}
      </h2>
      <p className="hint">
        Vormerkungen für Ihr Team: Zugangskriterien prüfen, Mitwirkungsbereitschaft klären, aufnehmen oder begründet
        ablehnen.
      </p>
      <Loaded resource={resource} label="Vormerkungen werden geladen …">
        {(page) =>
          (page.items ?? []).length === 0 ? (
            <Empty>Keine Vormerkung wartet auf eine Entscheidung.</Empty>
          ) : (
            <div className="table-wrap" {...scrollRegion('Vormerkungen zur Entscheidung')}>
              <table className="table">
                <caption className="visually-hidden">Vormerkungen zur Entscheidung</caption>
                <thead>
                  <tr>
                    <th scope="col">Kundin / Kunde</th>
                    <th scope="col">Kundennummer</th>
                    <th scope="col">Nächster Schritt</th>
                    <th scope="col">Zugangsweg</th>
                    <th scope="col">Vorgemerkt</th>
                    <th scope="col">Zuordnung fällig bis</th>
                  </tr>
                </thead>
                <tbody>
                  {(page.items ?? []).map((line) => (
                    <tr key={line.caseId}>
                      <th scope="row">
                        <CaseLink line={line} /> {line.ageGroup === 'U25' && <Badge tone="info">U25</Badge>}
                      </th>
                      <td className="mono">{line.customerNumber}</td>
                      <td>
                        <StepCell line={line} />
                      </td>
                      <td>{label(ROUTE, line.route)}</td>
                      <td>
                        {dateTime(line.referredAt)} <span className="muted">von {line.referredBy}</span>
                      </td>
                      <td>
                        <DueCell day={line.nextDueOn} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <MoreHint page={page} />
            </div>
          )
        }
      </Loaded>
    </section>
  );
}

const NEXT_DUE_BY_STATUS: Record<string, string> = {
  ADMITTED: 'Einstiegsberatung',
  ACTIVE: 'Höchstdauer',
};

/** The FM's own cases (responsible or standing in). */
export function MyCaseload({
  resource,
  facts,
}: {
  resource: Resource<Page<CaseLine>>;
  /** planning's due facts per case (undefined while loading or when planning does not answer) */
  facts?: Map<string, CaseFacts>;
}) {
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState('');
  const items = resource.data?.items;
  const statuses = useMemo(
    () => [...new Set((items ?? []).map((l) => l.status))].map((s) => ({ value: s, label: label(CASE_STATUS, s) })),
    [items],
  );
  const shown = useMemo(
    () =>
      (items ?? [])
        .filter((l) => !status || l.status === status)
        .filter(
          (l) =>
            !filter || `${l.lastName} ${l.firstName} ${l.customerNumber}`.toLowerCase().includes(filter.toLowerCase()),
        )
        .sort((a, b) => a.lastName.localeCompare(b.lastName, 'de')),
    [items, filter, status],
  );
  return (
    <section className="card" aria-labelledby="caseload-heading" data-testid="my-caseload">
      <h2 id="caseload-heading">Fälle in Betreuung {resource.data && <Badge>{resource.data.total}</Badge>}</h2>
      <Loaded resource={resource} label="Fallbestand wird geladen …">
        {(page) =>
          (page.items ?? []).length === 0 ? (
            <Empty>Sie betreuen zurzeit keine Fälle.</Empty>
          ) : (
            <>
              <div className="row fm-filters">
                <TextField
                  label="Suche (Name oder Kundennummer)"
                  name="caseloadFilter"
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                  type="search"
                />
                <SelectField
                  label="Status"
                  name="caseloadStatus"
                  value={status}
                  onChange={(e) => setStatus(e.target.value)}
                  options={statuses}
                  placeholder="alle"
                />
              </div>
              <div className="table-wrap" {...scrollRegion('Meine Fälle')}>
                <table className="table">
                  <caption className="visually-hidden">Meine Fälle</caption>
                  <thead>
                    <tr>
                      <th scope="col">Kundin / Kunde</th>
                      <th scope="col">Kundennummer</th>
                      <th scope="col">Status</th>
                      <th scope="col">Nächster Schritt</th>
                      <th scope="col">Aufgenommen am</th>
                      <th scope="col">Nächste Frist</th>
                      <th scope="col">Zuständig</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((line) => (
                      <tr key={line.caseId}>
                        <th scope="row">
                          <CaseLink line={line} /> {line.ageGroup === 'U25' && <Badge tone="info">U25</Badge>}
                        </th>
                        <td className="mono">{line.customerNumber}</td>
                        <td>
                          <Badge tone={line.status === 'ACTIVE' ? 'ok' : 'info'}>
                            {label(CASE_STATUS, line.status)}
                          </Badge>
                        </td>
                        <td>
                          <StepCell line={line} facts={facts} />
                        </td>
                        <td>{date(line.admittedOn)}</td>
                        <td>
                          <DueCell day={line.nextDueOn} />
                          {line.nextDueOn && NEXT_DUE_BY_STATUS[line.status] && (
                            <span className="muted"> ({NEXT_DUE_BY_STATUS[line.status]})</span>
                          )}
                        </td>
                        <td>{line.caseManagerId ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {shown.length === 0 && <Empty>Kein Fall passt zum Filter.</Empty>}
              </div>
              <MoreHint page={page} />
            </>
          )
        }
      </Loaded>
    </section>
  );
}
