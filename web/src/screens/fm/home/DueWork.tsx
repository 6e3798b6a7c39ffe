import { createContext, useContext, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useResource } from '../../../api/hooks';
import { Badge, Empty, ErrorMessage, Loaded } from '../../../ui/feedback';
import { SelectField } from '../../../ui/forms';
import { date } from '../../../ui/format';
import { byDue, customerName, DUE_GROUPS, loadDue, type DueItem } from './dueSources';
import type { CaseLine } from '../../../api/types';
import './home.css';
import { scrollRegion } from '../../../ui/table';

const Names = createContext(new Map<string, CaseLine>());

const PERIODS = [
  { value: '7', label: '7 Tage' },
  { value: '14', label: '14 Tage' },
  { value: '30', label: '30 Tage' },
];

export function DueWork({ caseload }: { caseload: CaseLine[] | undefined }) {
  const [withinDays, setWithinDays] = useState(14);
  const names = useMemo(() => new Map((caseload ?? []).map((c) => [c.caseId, c])), [caseload]);
  const due = useResource(['planning', 'due', { withinDays }], (signal) => loadDue(withinDays, signal));
  return (
    <Names.Provider value={names}>
      <section className="card" aria-labelledby="due-heading" data-testid="due-work">
        <h2 id="due-heading">Was ist fällig</h2>
        <div className="row fm-filters">
          <SelectField
            label="Zeitraum"
            name="withinDays"
            value={String(withinDays)}
            options={PERIODS}
            onChange={(e) => setWithinDays(Number(e.target.value))}
            hint="Fälliges in diesem Zeitraum; Überfälliges wird immer angezeigt."
          />
        </div>
        <Loaded resource={due} label="Fälliges wird geladen …">
          {(result) => {
            const all = DUE_GROUPS.flatMap((g) => {
              const r = result[g.key];
              return 'items' in r ? r.items : [];
            });
            const empty = DUE_GROUPS.filter((g) => {
              const r = result[g.key];
              return 'items' in r && r.items.length === 0;
            }).map((g) => g.title);
            return (
              <>
                <ul className="kpis fm-kpis" aria-label="Anzahl je Bereich">
                  {DUE_GROUPS.map((g) => {
                    const r = result[g.key];
                    return (
                      <li key={g.key} className="kpi">
                        <span className="kpi__value">{'items' in r ? r.items.length : '–'}</span>
                        <span className="kpi__label">{g.title}</span>
                      </li>
                    );
                  })}
                </ul>
                <ByCase items={all} />
                {DUE_GROUPS.map((g) => {
                  const r = result[g.key];
                  if ('items' in r && r.items.length === 0) return null;
                  return (
                    <section key={g.key} aria-labelledby={`due-${g.key}`}>
                      <h3 id={`due-${g.key}`}>
                        {g.title}{' '}
                        <Badge tone={'items' in r && r.items.some((i) => i.overdue) ? 'danger' : 'neutral'}>
                          {'items' in r ? `${r.items.length}` : 'nicht verfügbar'}
                        </Badge>
                      </h3>
                      <p className="hint">{g.hint}</p>
                      {'error' in r ? (
                        <ErrorMessage error={r.error} onRetry={due.reload} />
                      ) : (
                        <DueTable items={r.items} caption={g.title} />
                      )}
                    </section>
                  );
                })}
                {empty.length > 0 && <p className="muted">Nichts fällig: {empty.join(', ')}.</p>}
              </>
            );
          }}
        </Loaded>
      </section>
    </Names.Provider>
  );
}

function CustomerCell({ item }: { item: DueItem }) {
  const name = customerName(item, useContext(Names));
  return item.caseId ? <Link to={`/faelle/${item.caseId}`}>{name}</Link> : <>{name}</>;
}

function DueBadge({ item }: { item: DueItem }) {
  return item.overdue ? <Badge tone="danger">überfällig</Badge> : null;
}

function DueTable({ items, caption }: { items: DueItem[]; caption: string }) {
  if (items.length === 0) return <Empty>Nichts fällig.</Empty>;
  return (
    <div className="table-wrap" {...scrollRegion(caption)}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kundin / Kunde</th>
            <th scope="col">Fällig am</th>
            <th scope="col">Was</th>
            <th scope="col">Hinweis</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key}>
              <th scope="row">
                <CustomerCell item={item} />
              </th>
              <td>
                {date(item.dueOn)} <DueBadge item={item} />
              </td>
              <td>{item.what}</td>
              <td>{item.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** All groups merged: one line per case, its earliest due date first. */
function ByCase({ items }: { items: DueItem[] }) {
  const names = useContext(Names);
  const cases = useMemo(() => {
    const byKey = new Map<string, DueItem[]>();
    for (const item of items) {
      const key = item.caseId ?? `name:${customerName(item, names)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), item]);
    }
    return [...byKey.entries()]
      .map(([key, list]) => ({ key, list: [...list].sort(byDue), first: [...list].sort(byDue)[0] }))
      .sort((a, b) => byDue(a.first, b.first));
  }, [items, names]);
  return (
    <section aria-labelledby="due-by-case">
      <h3 id="due-by-case">
        Nach Fall zusammengefasst{' '}
        <Badge>
          {cases.length} {cases.length === 1 ? 'Fall' : 'Fälle'}
        </Badge>
      </h3>
      {cases.length === 0 ? (
        <Empty>Im gewählten Zeitraum ist nichts fällig.</Empty>
      ) : (
        <div className="table-wrap" {...scrollRegion('Fälliges nach Fall')}>
          <table className="table">
            <caption className="visually-hidden">Fälliges nach Fall</caption>
            <thead>
              <tr>
                <th scope="col">Kundin / Kunde</th>
                <th scope="col">Nächste Fälligkeit</th>
                <th scope="col">Was ist fällig</th>
              </tr>
            </thead>
            <tbody>
              {cases.map(({ key, list, first }) => (
                <tr key={key}>
                  <th scope="row">
                    <CustomerCell item={first} />
                  </th>
                  <td>
                    {date(first.dueOn)} {list.some((i) => i.overdue) && <Badge tone="danger">überfällig</Badge>}
                  </td>
                  <td>
                    <ul className="fm-due-list">
                      {list.map((i) => (
                        <li key={i.key}>
                          {i.what}: {date(i.dueOn)} {i.overdue && <Badge tone="danger">überfällig</Badge>}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
