import { Badge } from '../../ui/feedback';
import { GROUPS, compare, describe } from './describe';
import type { PolicySettings } from '../../domain/policy';
import { scrollRegion } from '../../ui/table';

/** All settings of one version, grouped and labelled in German. */
export function PolicySettingsView({ settings, headingLevel = 3 }: { settings: PolicySettings; headingLevel?: 3 | 4 }) {
  const rows = describe(settings);
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="policy-groups">
      {GROUPS.map((group) => {
        const inGroup = rows.filter((r) => r.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} className="policy-group">
            <H>
              {group}
              {group === 'Abgangsgründe' ? ` (${inGroup.length})` : ''}
            </H>
            <dl className="facts">
              {inGroup.map((r) => (
                <div key={r.key} className="facts__row">
                  <dt>{r.label}</dt>
                  <dd>{r.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}

/** Two versions side by side; changed settings marked (text, not colour alone). */
export function PolicyCompare({
  before,
  after,
  beforeLabel,
  afterLabel,
  onlyChanges,
}: {
  before: PolicySettings;
  after: PolicySettings;
  beforeLabel: string;
  afterLabel: string;
  onlyChanges: boolean;
}) {
  const rows = compare(before, after).filter((r) => !onlyChanges || r.changed);
  if (rows.length === 0) return <p className="empty">Keine Unterschiede in den Einstellungen.</p>;
  return (
    <div className="table-wrap" {...scrollRegion(`Vergleich ${beforeLabel} mit ${afterLabel}`)}>
      <table className="table">
        <caption className="visually-hidden">
          Vergleich {beforeLabel} mit {afterLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">Bereich</th>
            <th scope="col">Einstellung</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
            <th scope="col">Änderung</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.changed ? 'changed' : undefined}>
              <td>{r.group}</td>
              <th scope="row">{r.label}</th>
              <td>{r.before}</td>
              <td>{r.after}</td>
              <td>{r.changed ? <Badge tone="warn">geändert</Badge> : <span className="muted">gleich</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
