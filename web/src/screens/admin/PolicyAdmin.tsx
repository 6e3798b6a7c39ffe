import { useState } from 'react';
import { api } from '../../api/client';
import { useMessage, useResource } from '../../api/hooks';
import type { Page } from '../../api/types';
import { Loaded, Success } from '../../ui/feedback';
import { date, dateTime } from '../../ui/format';
import { PolicyForm } from './PolicyForm';
import { PolicySettingsView } from './PolicySettingsView';
import { PolicyVersions } from './PolicyVersions';
import { loadPolicy, normalizePolicy, type PolicyView } from '../../domain/policy';
import { PRESET_LABEL, type PresetView } from './policyTypes';
import '../management/management.css';
import './admin.css';
import { usePageTitle } from '../../ui/pageTitle';

/** The Jobcenter's policy (lokale Umsetzungsstrategie): the version in force, a new version, the history. */
export function PolicyAdmin() {
  usePageTitle('Richtlinie des Jobcenters');
  const current = useResource(['intake', 'policy'], (signal) => loadPolicy(signal));
  const versions = useResource(['intake', 'policy', 'versions'], (signal) =>
    api<Page<PolicyView>>('intake', '/api/policy/versions', { query: { size: 200 }, signal }).then((page) =>
      (page.items ?? []).map(normalizePolicy),
    ),
  );
  const presets = useResource(['intake', 'policy', 'presets'], (signal) =>
    api<PresetView[]>('intake', '/api/policy/presets', { signal }),
  );
  const [activated, setActivated] = useMessage<PolicyView>();
  const [formKey, setFormKey] = useState(0);

  return (
    <div className="dash">
      <h1>Richtlinie des Jobcenters</h1>
      <p className="lead">
        Die lokale Umsetzungsstrategie als Daten: Zugangskriterien, Fristen, Höchstdauer, Kontaktdichte,
        Betreuungsschlüssel und Abgangsgründe. Jede Änderung ist eine neue Version; jede Entscheidung nennt die Version,
        unter der sie fiel.
      </p>
      {activated && (
        <Success>
          Version {activated.version} ist aktiv (
          {activated.presetCode === 'CUSTOM' ? `angepasst auf Basis ${activated.basePreset}` : activated.presetCode}).
        </Success>
      )}
      <section className="card" aria-labelledby="current-heading">
        <h2 id="current-heading">Geltende Version</h2>
        <Loaded resource={current} label="Richtlinie wird geladen …">
          {(p) => (
            <>
              <p data-testid="policy-current">
                <strong>Version {p.version}</strong> ·{' '}
                {p.presetCode === 'CUSTOM'
                  ? `angepasst auf Basis von ${PRESET_LABEL[p.basePreset] ?? p.basePreset}`
                  : (PRESET_LABEL[p.presetCode] ?? p.presetCode)}{' '}
                · gültig ab {date(p.effectiveFrom)} · geändert von{' '}
                {p.changedBy === 'system' ? 'automatisch' : p.changedBy} am {dateTime(p.changedAt)}
              </p>
              {p.changeNote && <p className="muted">Begründung: {p.changeNote}</p>}
              <PolicySettingsView settings={p.settings} />
            </>
          )}
        </Loaded>
      </section>
      <section className="card" aria-labelledby="change-heading">
        <h2 id="change-heading">Neue Version</h2>
        <Loaded resource={presets} label="Vorlagen werden geladen …">
          {(list) =>
            current.data ? (
              <PolicyForm
                key={`${current.data.version}-${formKey}`}
                presets={list}
                current={current.data}
                onActivated={(p) => {
                  setActivated(p);
                  setFormKey((k) => k + 1);
                  window.scrollTo({ top: 0 });
                }}
              />
            ) : null
          }
        </Loaded>
      </section>
      <section className="card" aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versionen</h2>
        <Loaded resource={versions} label="Versionen werden geladen …">
          {(list) => (current.data ? <PolicyVersions versions={list} current={current.data} /> : null)}
        </Loaded>
      </section>
    </div>
  );
}
