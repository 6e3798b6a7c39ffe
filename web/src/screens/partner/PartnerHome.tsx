import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useResource } from '../../api/hooks';
import type { Page } from '../../api/types';
import { label, PARTNER_SERVICE, REFERRAL_STATUS, REFERRAL_STATUS_TONE } from '../../domain/labels';
import { Badge, Empty, Loaded } from '../../ui/feedback';
import { date, today } from '../../ui/format';
import { usePageTitle } from '../../ui/pageTitle';
import { Table } from '../../ui/table';
import { nextToDo, plainGerman, startOverdue, type PartnerReferralLine } from './model';
import './partner.css';

const SIZE = 50;

/** The partner's start page: its referrals as the partner API lists them (no customer data in the list). */
export function PartnerHome() {
  usePageTitle('Überweisungen');
  const [page, setPage] = useState(0);
  const referrals = useResource(['network', 'partner-api', 'referrals', { page }], (signal) =>
    api<Page<PartnerReferralLine>>('network', '/partner-api/referrals', {
      query: { page, size: SIZE },
      signal,
    }).catch((e: unknown) => {
      if ((e as Error).name === 'AbortError') throw e;
      throw plainGerman(e);
    }),
  );
  return (
    <div className="partner-portal">
      <h1 tabIndex={-1}>Überweisungen an Ihre Beratungsstelle</h1>
      <p className="lead">
        Das Jobcenter überweist Kundinnen und Kunden an Sie. Sie bringen den Überweisungscode mit. Melden Sie hier, ob
        Sie die Überweisung annehmen, wann die Teilnahme beginnt und wie sie endet.
      </p>
      <p className="hint">
        Angaben über die Kundin oder den Kunden sehen Sie nur auf der Seite einer Überweisung, und nur soweit sie oder
        er dafür eingewilligt hat. Beratungsinhalte werden nie übermittelt.
      </p>
      <Loaded resource={referrals} label="Überweisungen werden geladen …">
        {(result) => {
          const items = result.items ?? [];
          if (items.length === 0) return <Empty>Zurzeit gibt es keine Überweisungen an Ihre Beratungsstelle.</Empty>;
          const last = Math.max(0, Math.ceil(result.total / result.size) - 1);
          return (
            <>
              <Table
                caption="Überweisungen an Ihre Beratungsstelle"
                columns={['Überweisungscode', 'Angebot', 'Stand', 'Beginn bis', 'Nächster Schritt']}
              >
                {items.map((r) => (
                  <tr key={r.id} data-testid="partner-referral">
                    <td>
                      <Link to={`/partner/ueberweisungen/${r.id}`} className="mono">
                        {r.referenceCode}
                      </Link>
                    </td>
                    <td>{label(PARTNER_SERVICE, r.service)}</td>
                    <td>
                      <Badge tone={REFERRAL_STATUS_TONE[r.status]}>{label(REFERRAL_STATUS, r.status)}</Badge>
                    </td>
                    <td>
                      {date(r.dueOn)} {startOverdue(r, today()) && <Badge tone="danger">Beginn überfällig</Badge>}
                    </td>
                    <td>{nextToDo(r.status)}</td>
                  </tr>
                ))}
              </Table>
              {last > 0 && (
                <nav className="actions" aria-label="Seiten">
                  <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                    ← Vorherige Seite
                  </button>
                  <span className="muted">
                    Seite {page + 1} von {last + 1}
                  </span>
                  <button type="button" className="button" disabled={page >= last} onClick={() => setPage(page + 1)}>
                    Nächste Seite →
                  </button>
                </nav>
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
