import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { today } from '../../../../ui/format';
import { CoRating } from './CoRating';
import { draftFrom, newNeed, normalizeErrors, toRequest, type Draft } from './draft';
import { CHANGE_REASON, RESUBMISSION_CATEGORIES, profileWord, profiles } from './labels';
import { NeedRow } from './NeedRow';
import { StrengthRows } from './StrengthRows';
import type { ProfileScheme } from '../../../../domain/policy';
import type { AssessmentVersion, Catalogue } from './types';

/** "Neues Profiling": the next version, pre-filled from the latest one. */
export function AssessmentForm({
  caseId,
  latest,
  catalogue,
  scheme,
  onSaved,
  onCancel,
}: {
  caseId: string;
  latest: AssessmentVersion | null;
  catalogue: Catalogue;
  scheme: ProfileScheme;
  onSaved: (saved: AssessmentVersion) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(latest));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const resubmission = RESUBMISSION_CATEGORIES.includes(draft.profileCode);
  const action = useAction(() =>
    api<AssessmentVersion>('assessment', `/api/cases/${caseId}/assessments`, {
      method: 'POST',
      body: toRequest(draft, latest, resubmission),
    }),
  );
  const errors = useMemo(() => normalizeErrors(action.fieldErrors), [action.fieldErrors]);
  const word = profileWord(scheme);
  const profileOptions = Object.entries(profiles(scheme)).map(([value, label]) => ({ value, label }));
  const profileChanged = !!latest && !!draft.profileCode && latest.profileCode !== draft.profileCode;
  const months = Number(draft.prognosisHorizonMonths);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await action.run();
    if (saved) onSaved(saved);
  }

  return (
    <form onSubmit={submit} noValidate className="card">
      <FormErrors error={action.error} />
      <h3 id="new-assessment-heading">Neues Profiling {latest ? `(Version ${latest.version + 1})` : '(Version 1)'}</h3>
      {latest && (
        <p className="hint">
          Vorbelegt mit Version {latest.version}. Jede Änderung wird als neue Version gespeichert; frühere Versionen
          bleiben unverändert.
        </p>
      )}
      <div className="row">
        <TextField
          label="Erhoben am"
          name="assessedOn"
          type="date"
          value={draft.assessedOn}
          max={today()}
          onChange={(e) => set({ assessedOn: e.target.value })}
          errors={errors}
        />
        <TextField
          label="Gültig bis"
          name="validUntil"
          type="date"
          value={draft.validUntil}
          required
          onChange={(e) => set({ validUntil: e.target.value })}
          errors={errors}
          hint="höchstens 24 Monate"
        />
      </div>

      <fieldset>
        <legend>Zielberuf</legend>
        <div className="row">
          <TextField
            label="Zielberuf / Zieltätigkeit"
            name="targetOccupation"
            value={draft.targetTitle}
            maxLength={200}
            onChange={(e) => set({ targetTitle: e.target.value })}
            errors={errors}
          />
          <TextField
            label="KldB-2010-Schlüssel"
            name="targetOccupation.kldbCode"
            value={draft.targetKldb}
            inputMode="numeric"
            pattern="[0-9]{5}"
            maxLength={5}
            onChange={(e) => set({ targetKldb: e.target.value })}
            errors={errors}
            hint="5-stellig, optional"
          />
        </div>
        <TextField
          label="Alternative Zielberufe"
          name="alternativeOccupations"
          value={draft.alternatives}
          onChange={(e) => set({ alternatives: e.target.value })}
          errors={errors}
          hint="mehrere durch Semikolon trennen (höchstens 5)"
        />
      </fieldset>

      <fieldset>
        <legend>Handlungsbedarfe</legend>
        {draft.needs.length === 0 && <p className="muted">Noch keine Handlungsbedarfe erfasst.</p>}
        {(errors.needs ?? []).length > 0 && (
          <p className="field-error" role="alert">
            {errors.needs.join(' · ')}
          </p>
        )}
        {draft.needs.map((need, i) => (
          <NeedRow
            key={need.uid}
            index={i}
            need={need}
            catalogue={catalogue}
            errors={errors}
            onChange={(n) => set({ needs: draft.needs.map((x, j) => (j === i ? n : x)) })}
            onRemove={() => set({ needs: draft.needs.filter((_, j) => j !== i) })}
          />
        ))}
        <button type="button" className="button" onClick={() => set({ needs: [...draft.needs, newNeed()] })}>
          Handlungsbedarf hinzufügen
        </button>
      </fieldset>

      <StrengthRows
        strengths={draft.strengths}
        kinds={catalogue.strengthKinds}
        errors={errors}
        onChange={(strengths) => set({ strengths })}
      />

      <fieldset>
        <legend>Prognose und {word}</legend>
        <div className="row">
          <TextField
            label="Prognose (Monate)"
            name="prognosisHorizonMonths"
            type="number"
            min={0}
            max={240}
            value={draft.prognosisHorizonMonths}
            onChange={(e) => set({ prognosisHorizonMonths: e.target.value })}
            errors={errors}
            hint={
              draft.prognosisHorizonMonths === ''
                ? 'Integration voraussichtlich in etwa so vielen Monaten; bis 6 Monate gilt als marktnah.'
                : months <= 6
                  ? 'marktnah (Integration innerhalb von 6 Monaten realistisch)'
                  : 'nicht marktnah'
            }
          />
          <SelectField
            label={word}
            name="profileCode"
            value={draft.profileCode}
            options={profileOptions}
            placeholder="Bitte wählen"
            required
            onChange={(e) => set({ profileCode: e.target.value })}
            errors={errors}
            hint={
              scheme === 'UCKERMARK_CATEGORIES' ? 'Kundenkategorien nach der Umsetzungsstrategie' : 'Profillagen der BA'
            }
          />
        </div>
        {profileChanged && (
          <div className="row">
            <SelectField
              label="Grund des Wechsels"
              name="categoryChangeReason"
              value={draft.categoryChangeReason}
              required
              options={catalogue.categoryChangeReasons.map((c) => ({ value: c, label: CHANGE_REASON[c] ?? c }))}
              placeholder="Bitte wählen"
              onChange={(e) => set({ categoryChangeReason: e.target.value })}
              errors={errors}
            />
            <TextArea
              label="Vermerk zum Wechsel"
              name="categoryChangeNote"
              value={draft.categoryChangeNote}
              maxLength={2000}
              rows={2}
              onChange={(e) => set({ categoryChangeNote: e.target.value })}
              errors={errors}
            />
          </div>
        )}
        {resubmission && (
          <div className="row">
            <TextField
              label="Wiedervorlage am"
              name="resubmissionOn"
              type="date"
              value={draft.resubmissionOn}
              onChange={(e) => set({ resubmissionOn: e.target.value })}
              errors={errors}
              hint="X und Z: spätestens nach 6 Monaten; Y: in der Regel nach 12 Monaten. Ohne Angabe das späteste zulässige Datum."
            />
            {draft.profileCode === 'Y' && (
              <TextField
                label="Ende des entgegenstehenden Ereignisses"
                name="obstructionEndsOn"
                type="date"
                value={draft.obstructionEndsOn}
                onChange={(e) => set({ obstructionEndsOn: e.target.value })}
                errors={errors}
                hint="z. B. Ende der Elternzeit"
              />
            )}
          </div>
        )}
      </fieldset>

      <CoRating value={draft.coRating} catalogue={catalogue} onChange={(coRating) => set({ coRating })} />

      <div className="actions">
        <SubmitButton pending={action.pending}>Profiling speichern</SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
