import { useState } from 'react';
import { CheckboxField } from '../../ui/forms';
import { Badge } from '../../ui/feedback';
import { date, dateTime } from '../../ui/format';
import { Table } from '../../ui/table';
import { PolicyCompare, PolicySettingsView } from './PolicySettingsView';
import type { PolicyView } from '../../domain/policy';
import { PRESET_LABEL } from './policyTypes';

/** The version history: who changed what when and why; one version viewed or compared with the current one. */
export function PolicyVersions({ versions, current }: { versions: PolicyView[]; current: PolicyView }) {
  const [shown, setShown] = useState<{ version: number; mode: 'view' | 'compare' }>();
  const [onlyChanges, setOnlyChanges] = useState(true);
  const selected = versions.find((v) => v.version === shown?.version);
  return (
    <>
      <Table
        columns={[
          'Version',
          'Vorlage',
          'Gültig ab',
          'Geändert von',
          'Geändert am',
          'Begründung',
          { label: 'Aktionen', hidden: true },
        ]}
      >
        {versions.map((v) => (
          <tr key={v.version}>
            <th scope="row">
              {v.version} {v.version === current.version && <Badge tone="ok">gilt</Badge>}
            </th>
            <td>{v.presetCode === 'CUSTOM' ? `angepasst (auf Basis ${v.basePreset})` : v.presetCode}</td>
            <td>{date(v.effectiveFrom)}</td>
            <td>{v.changedBy === 'system' ? 'automatisch' : v.changedBy}</td>
            <td>{dateTime(v.changedAt)}</td>
            <td>{v.changeNote}</td>
            <td>
              <div className="actions actions--tight">
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={shown?.version === v.version && shown.mode === 'view'}
                  onClick={() => setShown({ version: v.version, mode: 'view' })}
                >
                  Anzeigen<span className="visually-hidden"> Version {v.version}</span>
                </button>
                {v.version !== current.version && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-pressed={shown?.version === v.version && shown.mode === 'compare'}
                    onClick={() => setShown({ version: v.version, mode: 'compare' })}
                  >
                    Mit geltender vergleichen<span className="visually-hidden"> (Version {v.version})</span>
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </Table>
      {selected && shown && (
        <div className="panel" role="region" aria-label={`Version ${selected.version}`}>
          <div className="section-head">
            <h3>
              {shown.mode === 'view'
                ? `Version ${selected.version}`
                : `Version ${selected.version} im Vergleich mit der geltenden Version ${current.version}`}{' '}
              <span className="muted">({PRESET_LABEL[selected.presetCode] ?? selected.presetCode})</span>
            </h3>
            <button type="button" className="button button--small" onClick={() => setShown(undefined)}>
              Schließen
            </button>
          </div>
          {shown.mode === 'view' ? (
            <PolicySettingsView settings={selected.settings} headingLevel={4} />
          ) : (
            <>
              <CheckboxField
                label="Nur geänderte Einstellungen zeigen"
                name="onlyChanges"
                checked={onlyChanges}
                onChange={setOnlyChanges}
              />
              <PolicyCompare
                before={selected.settings}
                after={current.settings}
                beforeLabel={`Version ${selected.version}`}
                afterLabel={`Version ${current.version} (gilt)`}
                onlyChanges={onlyChanges}
              />
            </>
          )}
        </div>
      )}
    </>
  );
}
