import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { Success } from '../../../../ui/feedback';
import { draftOf, remapStrategyErrors, requestOf, strategyRows, type Draft } from './draft';
import { GoalsEditor, StepsEditor } from './GoalsAndSteps';
import type { NeedLabels, Partner } from './lookups';
import { StrategiesEditor } from './StrategiesEditor';
import { KEY_GROUP } from '../../../../domain/labels';
import { DEFAULT_ORDER, isOpen, newId, type PlanView } from './types';

/** Edits the whole integration plan and PUTs it (an incomplete draft may be saved). */
export function PlanForm({
  caseId,
  plan,
  labels,
  partners,
}: {
  caseId: string;
  plan: PlanView;
  labels: NeedLabels;
  partners: Partner[];
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const [saved, setSaved] = useMessage<boolean>();
  // the strategies' rows in the request last sent, to show the service's errors next to the right strategy
  const [strategyRow, setStrategyRow] = useState<number[]>([]);
  const needs = plan.needs ?? [];
  const rows = strategyRows(needs, draft.order);
  const save = useAction(async () => {
    const request = requestOf(draft, rows, plan.version);
    setStrategyRow(request.strategyRow);
    return api<PlanView>('planning', `/api/cases/${caseId}/plan`, { method: 'PUT', body: request.body });
  });
  const errors = remapStrategyErrors(save.fieldErrors, strategyRow);
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const isDefaultOrder = draft.order.every((g, i) => g === DEFAULT_ORDER[i]);
  const move = (i: number, by: number) => {
    const order = [...draft.order];
    [order[i], order[i + by]] = [order[i + by], order[i]];
    set({ order });
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await save.run();
    if (result) setSaved(true);
  }

  const categoryOptions = DEFAULT_ORDER.map((g) => ({ value: g, label: labels.keyGroup(g) || KEY_GROUP[g] }));
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={save.error} />
      <fieldset>
        <legend>Leitziel</legend>
        <TextArea
          label="Leitziel"
          name="leadGoal.text"
          errors={errors}
          rows={2}
          value={draft.leadText}
          hint="Gemeinsam mit der Kundin / dem Kunden vereinbart; deren Wünsche werden berücksichtigt."
          onChange={(e) => set({ leadText: e.target.value })}
        />
        <div className="row row--top">
          <SelectField
            label="Zielkategorie"
            name="leadGoal.targetCategory"
            errors={errors}
            options={categoryOptions}
            placeholder="– Schlüsselgruppe wählen –"
            value={draft.leadCategory}
            hint="Schlüsselgruppe, der das Leitziel zugeordnet ist"
            onChange={(e) => set({ leadCategory: e.target.value })}
          />
          <TextField
            label="Zieldatum Leitziel"
            type="date"
            name="leadGoal.targetDate"
            errors={errors}
            value={draft.leadDate}
            onChange={(e) => set({ leadDate: e.target.value })}
          />
        </div>
        <CheckboxField
          label="Direkte Vermittlung zuerst: eine konkrete Vermittlungschance hat Vorrang vor den Strategien"
          name="directPlacementFirst"
          errors={errors}
          checked={draft.directPlacementFirst}
          onChange={(directPlacementFirst) => set({ directPlacementFirst })}
        />
      </fieldset>

      <GoalsEditor goals={draft.goals} errors={errors} onChange={(goals) => set({ goals })} />

      <fieldset>
        <legend>Reihenfolge der Bearbeitung</legend>
        <p className="hint">
          Üblich: Rahmenbedingungen → Leistungsfähigkeit → Motivation → soziale → berufliche Kompetenzen. Eine andere
          Reihenfolge braucht eine Begründung.
        </p>
        <ol className="order-list" aria-label="Reihenfolge der Schlüsselgruppen">
          {draft.order.map((g, i) => (
            <li key={g}>
              <span>{labels.keyGroup(g)}</span>
              <button
                type="button"
                className="button button--small"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`${labels.keyGroup(g)} nach oben`}
              >
                ↑ nach oben
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={i === draft.order.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`${labels.keyGroup(g)} nach unten`}
              >
                ↓ nach unten
              </button>
            </li>
          ))}
        </ol>
        {errors.workingOrder && (
          <p className="field-error" role="alert">
            {errors.workingOrder.join(' · ')}
          </p>
        )}
        {(!isDefaultOrder || draft.orderReason || errors.orderReason) && (
          <TextArea
            label="Begründung der abweichenden Reihenfolge"
            name="orderReason"
            errors={errors}
            rows={2}
            required={!isDefaultOrder}
            value={draft.orderReason}
            onChange={(e) => set({ orderReason: e.target.value })}
          />
        )}
        {!isDefaultOrder && (
          <button
            type="button"
            className="button button--small"
            onClick={() => set({ order: [...DEFAULT_ORDER], orderReason: '' })}
          >
            Übliche Reihenfolge wiederherstellen
          </button>
        )}
      </fieldset>

      <StrategiesEditor
        rows={rows}
        resolved={needs.filter((n) => !isOpen(n))}
        draft={draft}
        labels={labels}
        errors={errors}
        onChange={(needId, s) => set({ strategies: { ...draft.strategies, [needId]: { ...s, id: s.id || newId() } } })}
      />

      <StepsEditor
        draft={draft}
        rows={rows}
        labels={labels}
        partners={partners}
        errors={errors}
        onChange={(steps) => set({ steps })}
      />

      {save.error?.problem.status === 409 && (
        <p className="alert alert--warn">
          Der Plan wurde inzwischen von jemand anderem geändert. Laden Sie die Seite neu; Ihre Eingaben gehen dabei
          verloren – kopieren Sie sie vorher.
        </p>
      )}
      {saved && <Success>Der Plan ist gespeichert.</Success>}
      <div className="actions">
        <SubmitButton pending={save.pending}>Plan speichern</SubmitButton>
      </div>
    </form>
  );
}
