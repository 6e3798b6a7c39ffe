import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import { ConfirmButton } from '../../ui/feedback';
import { FormErrors, SelectField, TextArea, TextField } from '../../ui/forms';
import { date } from '../../ui/format';
import { compare } from './describe';
import { PolicyFields, SHOWN_FIELDS } from './PolicyFields';
import { normalize, type PolicySettings, type PolicyView } from '../../domain/policy';
import { PRESET_LABEL, type PresetView } from './policyTypes';

/**
 * A new version: a preset as the base, adjusted where needed, with the reason of the change.
 * Starts from the version in force; choosing a preset replaces the settings with the preset's.
 */
export function PolicyForm({
  presets,
  current,
  onActivated,
}: {
  presets: PresetView[];
  current: PolicyView;
  onActivated: (p: PolicyView) => void;
}) {
  const [base, setBase] = useState(current.basePreset);
  const [draft, setDraft] = useState<PolicySettings>(() => normalize(current.settings));
  const [note, setNote] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const preset = presets.find((p) => p.code === base);
  const changes = preset ? compare(normalize(preset.settings), draft).filter((r) => r.changed) : [];
  const action = useAction(
    useCallback(
      () =>
        api<PolicyView>('intake', '/api/policy/versions', {
          method: 'POST',
          body: { basePreset: base, settings: draft, note, effectiveFrom: effectiveFrom || undefined },
        }),
      [base, draft, note, effectiveFrom],
    ),
  );

  const shownErrors = Object.keys(action.fieldErrors).filter(
    (f) => SHOWN_FIELDS.includes(f) || f === 'note' || f === 'basePreset' || f === 'effectiveFrom',
  ).length;
  useEffect(() => {
    // the fields are long: take the user to the first one the service refused
    if (action.error) document.querySelector<HTMLElement>('.policy-form [aria-invalid="true"]')?.focus();
  }, [action.error]);

  function choose(code: string) {
    setBase(code);
    const next = presets.find((p) => p.code === code);
    if (next) setDraft(normalize(next.settings));
    action.reset();
  }

  async function activate() {
    const created = await action.run();
    if (created) {
      setNote('');
      setEffectiveFrom('');
      onActivated(created);
    }
  }

  return (
    <form onSubmit={(e: FormEvent) => e.preventDefault()} noValidate className="stack policy-form">
      <FormErrors error={action.error} />
      <div className="row">
        <SelectField
          label="Vorlage als Ausgangspunkt"
          name="basePreset"
          value={base}
          onChange={(e) => choose(e.target.value)}
          errors={action.fieldErrors}
          options={presets.map((p) => ({ value: p.code, label: `${p.code} – ${p.source}` }))}
          hint="Die Wahl einer Vorlage übernimmt alle ihre Einstellungen; danach lassen sie sich anpassen."
        />
        <div className="field">
          <span className="field__label">Ergebnis</span>
          <p className="policy-result" aria-live="polite">
            {changes.length === 0 ? (
              <>
                Einstellungen wie Vorlage <strong>{PRESET_LABEL[base] ?? base}</strong>
              </>
            ) : (
              <>
                Angepasst auf Basis {base}:{' '}
                <strong>
                  {changes.length} {changes.length === 1 ? 'Abweichung' : 'Abweichungen'}
                </strong>
              </>
            )}
          </p>
        </div>
      </div>
      {changes.length > 0 && (
        <details className="rules" open>
          <summary>Abweichungen von der Vorlage {base}</summary>
          <ul>
            {changes.map((c) => (
              <li key={c.key}>
                {c.group} – {c.label}: {c.before} → <strong>{c.after}</strong>
              </li>
            ))}
          </ul>
        </details>
      )}
      <PolicyFields draft={draft} update={(change) => setDraft((d) => change(d))} errors={action.fieldErrors} />
      <TextArea
        label="Begründung der Änderung"
        name="note"
        required
        value={note}
        onChange={(e) => setNote(e.target.value)}
        errors={action.fieldErrors}
        hint="Erscheint in der Versionsliste; jede Entscheidung nennt später die Version, unter der sie fiel."
        maxLength={2000}
      />
      <TextField
        label="Gültig ab"
        name="effectiveFrom"
        type="date"
        value={effectiveFrom}
        onChange={(e) => setEffectiveFrom(e.target.value)}
        errors={action.fieldErrors}
        hint="Leer lassen für heute. Ein früherer Tag gilt für alle Vorgänge ab diesem Tag, etwa bei der Übernahme von Altfällen; ein späterer Tag plant eine Änderung, bis dahin gilt die heutige Version."
      />
      {shownErrors > 0 && (
        <div className="alert alert--error" role="alert">
          Die Version wurde nicht aktiviert: {shownErrors === 1 ? 'eine Angabe ist' : `${shownErrors} Angaben sind`} zu
          korrigieren (rot markiert).
        </div>
      )}
      <div className="actions">
        <ConfirmButton
          label="Neue Version aktivieren"
          title={`Version ${current.version + 1} der Richtlinie aktivieren?`}
          confirmLabel="Version aktivieren"
          danger={false}
          pending={action.pending}
          onConfirm={activate}
        >
          <p>
            Die neue Version gilt {effectiveFrom ? `ab dem ${date(effectiveFrom)}` : 'ab heute'} für die Entscheidungen
            des Jobcenters (
            {changes.length === 0
              ? `Vorlage ${base} unverändert`
              : `auf Basis ${base} mit ${changes.length} ${changes.length === 1 ? 'Abweichung' : 'Abweichungen'}`}
            ). Getroffene Entscheidungen behalten ihre Version. Alle Teile von Lotse übernehmen die Einstellungen
            automatisch.
          </p>
        </ConfirmButton>
        <button
          type="button"
          className="button"
          onClick={() => {
            setBase(current.basePreset);
            setDraft(normalize(current.settings));
            setNote('');
            setEffectiveFrom('');
            action.reset();
          }}
        >
          Auf geltende Version zurücksetzen
        </button>
      </div>
    </form>
  );
}
