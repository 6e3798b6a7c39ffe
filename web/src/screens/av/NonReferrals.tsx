import { Fragment, useState } from 'react';
import { api } from '../../api/client';
import { useMessage, useResource } from '../../api/hooks';
import { SelectField } from '../../ui/forms';
import { Badge, Empty, Loaded, Success } from '../../ui/feedback';
import { date, dateTime, today } from '../../ui/format';
import { ACTION_COLUMN, RowToggle, Table } from '../../ui/table';
import type { Page } from '../../api/types';
import type { NonReferralView } from './avTypes';
import { label } from '../../domain/labels';
import { NON_REFERRAL_REASON } from './labels';
import { Pager } from './Pager';
import { RecheckForm } from './RecheckForm';
import './av.css';
import { usePageTitle } from '../../ui/pageTitle';

const PAGE_SIZE = 20;

/** What the list shows: re-checks due within n days (overdue always), all open ones, or everything. */
const RANGES: Record<string, { label: string; query: Record<string, string | number | boolean> }> = {
  '30': { label: 'Fällig in den nächsten 30 Tagen und überfällig', query: { dueWithinDays: 30 } },
  '90': { label: 'Fällig in den nächsten 90 Tagen und überfällig', query: { dueWithinDays: 90 } },
  open: { label: 'Alle offenen Nichtvormerkungen', query: {} },
  all: { label: 'Alle, auch erledigte', query: { openOnly: false } },
};

function DueBadge({ n }: { n: NonReferralView }) {
  if (n.status === 'RESOLVED') return <Badge tone="neutral">erledigt</Badge>;
  if (n.overdue) return <Badge tone="danger">überfällig</Badge>;
  if (n.recheckDueOn && n.recheckDueOn <= today()) return <Badge tone="warn">heute fällig</Badge>;
  return <Badge tone="info">offen</Badge>;
}

export function NonReferrals() {
  usePageTitle('Wiedervorlagen der Nichtvormerkungen');
  const [range, setRange] = useState('30');
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string>();
  const [notice, setNotice] = useMessage<string>();
  const list = useResource(['intake', 'non-referrals', { range, page }], (signal) =>
    api<Page<NonReferralView>>('intake', '/api/non-referrals', {
      query: { ...RANGES[range].query, page, size: PAGE_SIZE },
      signal,
    }),
  );

  function done(updated: NonReferralView) {
    const who = `${updated.firstName} ${updated.lastName}`;
    setNotice(
      updated.status === 'OPEN' && updated.recheckDueOn
        ? `Überprüfung für ${who} dokumentiert. Nächste Wiedervorlage am ${date(updated.recheckDueOn)}.`
        : `Überprüfung für ${who} dokumentiert. Die Nichtvormerkung ist erledigt.`,
    );
    setOpen(undefined);
  }

  return (
    <>
      <h1>Wiedervorlagen der Nichtvormerkungen</h1>
      <p className="lead">
        Die Entscheidung, eine Kundin / einen Kunden trotz erfüllter Kriterien nicht vorzumerken, ist spätestens nach
        der Frist der Richtlinie zu überprüfen; jede Überprüfung wird dokumentiert.
      </p>
      {notice && <Success>{notice}</Success>}
      <section className="card" aria-labelledby="nr-title">
        <div className="av-toolbar">
          <h2 id="nr-title">{RANGES[range].label}</h2>
          <SelectField
            label="Anzeigen"
            name="range"
            value={range}
            options={Object.entries(RANGES).map(([value, r]) => ({ value, label: r.label }))}
            onChange={(e) => {
              setRange(e.target.value);
              setPage(0);
              setOpen(undefined);
            }}
          />
        </div>
        <Loaded resource={list} label="Wiedervorlagen werden geladen …">
          {(result) =>
            (result.items ?? []).length === 0 ? (
              <Empty>
                {range === '30' || range === '90'
                  ? 'Keine Überprüfung fällig oder überfällig. Unter „Anzeigen“ finden Sie alle offenen Nichtvormerkungen.'
                  : 'Keine Nichtvormerkungen.'}
              </Empty>
            ) : (
              <>
                <Table
                  caption={RANGES[range].label}
                  columns={[
                    'Kundin / Kunde',
                    'Grund',
                    'Dokumentiert',
                    { label: 'Überprüfungen', num: true },
                    'Wiedervorlage',
                    ACTION_COLUMN,
                  ]}
                >
                  {(result.items ?? []).map((n) => (
                    <Fragment key={n.id}>
                      <tr className={n.overdue ? 'av-row--overdue' : undefined}>
                        <th scope="row">
                          <span className="av-name">
                            {n.lastName}, {n.firstName}
                          </span>
                          <span className="av-sub mono">{n.customerNumber}</span>
                        </th>
                        <td>{label(NON_REFERRAL_REASON, n.reason)}</td>
                        <td>
                          {dateTime(n.recordedAt)}
                          <span className="av-sub">
                            {n.recordedBy} · Richtlinie v{n.policyVersion}
                          </span>
                        </td>
                        <td className="num">{n.rechecks}</td>
                        <td>
                          {date(n.recheckDueOn)} <DueBadge n={n} />
                        </td>
                        <td>
                          {n.status === 'OPEN' && (
                            <RowToggle
                              className="av-nowrap"
                              expanded={open === n.id}
                              rowName={`${n.firstName} ${n.lastName} (${n.customerNumber})`}
                              onToggle={() => {
                                setOpen(open === n.id ? undefined : n.id);
                                setNotice(undefined);
                              }}
                            >
                              Wiedervorlage erfassen
                            </RowToggle>
                          )}
                        </td>
                      </tr>
                      {open === n.id && (
                        <tr className="av-detail">
                          <td colSpan={6}>
                            <RecheckForm item={n} onDone={done} />
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
                  label="Seiten der Wiedervorlagen"
                  onPage={setPage}
                />
              </>
            )
          }
        </Loaded>
      </section>
    </>
  );
}
