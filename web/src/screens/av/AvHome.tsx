import { Fragment, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useMessage, useResource } from '../../api/hooks';
import { SelectField } from '../../ui/forms';
import { Badge, Empty, Loaded, Success } from '../../ui/feedback';
import { date, dateTime } from '../../ui/format';
import { ACTION_COLUMN, RowToggle, Table } from '../../ui/table';
import type { CaseLine, Page } from '../../api/types';
import type { NonReferralView } from './avTypes';
import { AGE_GROUP, CASE_STATUS, ROUTE, label, options } from '../../domain/labels';
import { CASE_STATUS_TONE } from './labels';
import { EscalationPanel } from './EscalationPanel';
import { Pager } from './Pager';
import './av.css';
import { usePageTitle } from '../../ui/pageTitle';

const PAGE_SIZE = 20;

/** The AV's work lists (CaseQueries.Scope): AWAITING_MY_DECISION is, for an AV, their declined referrals. */
const LISTS: { key: string; scope: string; label: string; statusFilter: boolean }[] = [
  { key: 'vorgemerkt', scope: 'MY_REFERRALS', label: 'Von mir vorgemerkt', statusFilter: true },
  { key: 'zustaendig', scope: 'MY_CUSTOMERS', label: 'In meiner Zuständigkeit', statusFilter: true },
  { key: 'abgelehnt', scope: 'AWAITING_MY_DECISION', label: 'Vom FM abgelehnt', statusFilter: false },
];

export function AvHome() {
  usePageTitle('Meine Kundinnen und Kunden');
  const [params, setParams] = useSearchParams();
  const list = LISTS.find((l) => l.key === params.get('liste')) ?? LISTS[0];
  const status = list.statusFilter ? (params.get('status') ?? '') : '';
  const page = Math.max(0, Number(params.get('seite') ?? 0) || 0);
  const [open, setOpen] = useState<string>();
  const [notice, setNotice] = useMessage<string>();

  const cases = useResource(['intake', 'cases', { scope: list.scope, status, page, size: PAGE_SIZE }], (signal) =>
    api<Page<CaseLine>>('intake', '/api/cases', {
      query: { scope: list.scope, status, page, size: PAGE_SIZE },
      signal,
    }),
  );
  const dueRechecks = useResource(['intake', 'non-referrals', { dueWithinDays: 30, size: 1 }], (signal) =>
    api<Page<NonReferralView>>('intake', '/api/non-referrals', {
      query: { dueWithinDays: 30, size: 1 },
      signal,
    }),
  );

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
    setOpen(undefined);
  }

  return (
    <>
      <div className="av-toolbar">
        <h1>Meine Kundinnen und Kunden</h1>
        <Link className="button button--primary" to="/av/zugangspruefung">
          Neue Zugangsprüfung
        </Link>
      </div>
      {(dueRechecks.data?.total ?? 0) > 0 && (
        <div className="alert alert--warn">
          {dueRechecks.data!.total === 1
            ? 'Eine Nichtvormerkung ist'
            : `${dueRechecks.data!.total} Nichtvormerkungen sind`}{' '}
          in den nächsten 30 Tagen oder bereits überfällig zu überprüfen.{' '}
          <Link to="/av/nichtvormerkungen">Zu den Wiedervorlagen</Link>
        </div>
      )}
      {notice && <Success>{notice}</Success>}

      <nav aria-label="Arbeitslisten">
        <ul className="tabs av-tabs">
          {LISTS.map((l) => (
            <li key={l.key}>
              <Link
                to={`?liste=${l.key}`}
                aria-current={l === list ? 'page' : undefined}
                onClick={() => setOpen(undefined)}
              >
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section className="card" aria-labelledby="av-list-title">
        <div className="av-toolbar">
          <h2 id="av-list-title">{list.label}</h2>
          {list.statusFilter && (
            <SelectField
              label="Status"
              name="status"
              value={status}
              placeholder="Alle Status"
              options={options(CASE_STATUS)}
              onChange={(e) => update({ status: e.target.value, seite: null })}
            />
          )}
        </div>
        {list.scope === 'AWAITING_MY_DECISION' && (
          <p className="hint">Teilen Sie die Ablehnung nicht, können Sie sie einmalig der Teamleitung vorlegen.</p>
        )}
        <Loaded resource={cases} label="Fälle werden geladen …">
          {(result) =>
            (result.items ?? []).length === 0 ? (
              <Empty>{status ? 'Keine Fälle mit diesem Status.' : 'Keine Fälle in dieser Liste.'}</Empty>
            ) : (
              <>
                <Table
                  caption={`${list.label}${status ? ` – Status ${label(CASE_STATUS, status)}` : ''}`}
                  columns={[
                    'Kundin / Kunde',
                    'Status',
                    'FM-Team / Fachkraft',
                    'Zugangsweg',
                    'Vorgemerkt am',
                    'Aufgenommen am',
                    'Nächste Frist',
                    ...(list.scope === 'AWAITING_MY_DECISION' ? [ACTION_COLUMN] : []),
                  ]}
                >
                  {(result.items ?? []).map((c) => (
                    <Fragment key={c.caseId}>
                      <tr>
                        <th scope="row">
                          <span className="av-name">
                            {c.lastName}, {c.firstName}
                          </span>
                          <span className="av-sub mono">
                            {c.customerNumber} · {label(AGE_GROUP, c.ageGroup)}
                          </span>
                        </th>
                        <td>
                          <Badge tone={CASE_STATUS_TONE[c.status]}>{label(CASE_STATUS, c.status)}</Badge>
                        </td>
                        <td>
                          {c.teamId}
                          <span className="av-sub">{c.caseManagerId ?? 'noch keine Fachkraft'}</span>
                        </td>
                        <td>{label(ROUTE, c.route)}</td>
                        <td>{dateTime(c.referredAt)}</td>
                        <td>{date(c.admittedOn)}</td>
                        <td>{date(c.nextDueOn)}</td>
                        {list.scope === 'AWAITING_MY_DECISION' && (
                          <td>
                            <RowToggle
                              expanded={open === c.caseId}
                              rowName={`${c.firstName} ${c.lastName} (${c.customerNumber})`}
                              onToggle={() => setOpen(open === c.caseId ? undefined : c.caseId)}
                            >
                              Eskalieren
                            </RowToggle>
                          </td>
                        )}
                      </tr>
                      {open === c.caseId && (
                        <tr className="av-detail">
                          <td colSpan={8}>
                            <EscalationPanel
                              caseId={c.caseId}
                              onEscalated={() => {
                                setNotice(
                                  `Die Ablehnung für ${c.firstName} ${c.lastName} liegt jetzt der Teamleitung vor.`,
                                );
                                setOpen(undefined);
                              }}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </Table>
                <Pager
                  page={result.page}
                  size={result.size}
                  total={result.total}
                  label="Seiten der Fallliste"
                  onPage={(p) => update({ seite: p > 0 ? String(p) : null })}
                />
              </>
            )
          }
        </Loaded>
      </section>
    </>
  );
}
