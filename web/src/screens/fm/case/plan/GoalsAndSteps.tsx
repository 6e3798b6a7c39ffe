import { CheckboxField, SelectField, TextArea, TextField, type FieldErrors } from '../../../../ui/forms';
import type { Draft, GoalDraft, StepDraft } from './draft';
import type { NeedLabels, Partner } from './lookups';
import { options } from '../../../../domain/labels';
import { newId, STEP_OWNER_LABEL, type NeedView } from './types';

export function GoalsEditor({
  goals,
  onChange,
  errors,
}: {
  goals: GoalDraft[];
  onChange: (goals: GoalDraft[]) => void;
  errors: FieldErrors;
}) {
  const update = (i: number, goal: GoalDraft) => onChange(goals.map((g, j) => (j === i ? goal : g)));
  return (
    <fieldset>
      <legend>Zwischenziele</legend>
      {goals.length === 0 && <p className="empty">Noch keine Zwischenziele.</p>}
      {goals.map((g, i) => (
        <div key={g.id} className="plan-row row">
          <TextField
            label={`Zwischenziel ${i + 1}`}
            name={`intermediateGoals[${i}].text`}
            errors={errors}
            value={g.text}
            onChange={(e) => update(i, { ...g, text: e.target.value })}
          />
          <TextField
            label={`Zieldatum Zwischenziel ${i + 1}`}
            type="date"
            name={`intermediateGoals[${i}].targetDate`}
            errors={errors}
            value={g.targetDate}
            onChange={(e) => update(i, { ...g, targetDate: e.target.value })}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(goals.filter((_, j) => j !== i))}
          >
            Zwischenziel {i + 1} entfernen
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange([...goals, { id: newId(), text: '', targetDate: '' }])}
      >
        Zwischenziel hinzufügen
      </button>
    </fieldset>
  );
}

export function StepsEditor({
  draft,
  rows,
  labels,
  partners,
  onChange,
  errors,
}: {
  draft: Draft;
  rows: NeedView[];
  labels: NeedLabels;
  partners: Partner[];
  onChange: (steps: StepDraft[]) => void;
  errors: FieldErrors;
}) {
  const steps = draft.steps;
  const update = (i: number, step: StepDraft) => onChange(steps.map((s, j) => (j === i ? step : s)));
  const strategyOptions = rows
    .filter((n) => (draft.strategies[n.needId]?.text ?? '').trim() !== '')
    .map((n) => ({ value: draft.strategies[n.needId].id, label: `Strategie: ${labels.need(n.code)}` }));
  const ownerOptions = options(STEP_OWNER_LABEL);
  const partnerOptions = partners.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }));
  return (
    <fieldset>
      <legend>Schritte</legend>
      {steps.length === 0 && <p className="empty">Noch keine Schritte.</p>}
      {steps.map((s, i) => (
        <div key={s.id} className="plan-row">
          <TextArea
            label={`Schritt ${i + 1}`}
            name={`steps[${i}].text`}
            errors={errors}
            rows={2}
            value={s.text}
            onChange={(e) => update(i, { ...s, text: e.target.value })}
          />
          <div className="row row--top">
            <SelectField
              label={`Verantwortlich für Schritt ${i + 1}`}
              name={`steps[${i}].owner`}
              errors={errors}
              options={ownerOptions}
              value={s.owner}
              onChange={(e) => update(i, { ...s, owner: e.target.value })}
            />
            {s.owner === 'PARTNER' && (
              <SelectField
                label={`Partner für Schritt ${i + 1}`}
                name={`steps[${i}].partnerId`}
                errors={errors}
                options={partnerOptions}
                placeholder="– Partner wählen –"
                value={s.partnerId}
                onChange={(e) => update(i, { ...s, partnerId: e.target.value })}
              />
            )}
            <TextField
              label={`Fällig am (Schritt ${i + 1})`}
              type="date"
              name={`steps[${i}].dueOn`}
              errors={errors}
              value={s.dueOn}
              onChange={(e) => update(i, { ...s, dueOn: e.target.value })}
            />
            <SelectField
              label={`Gehört zu (Schritt ${i + 1})`}
              name={`steps[${i}].strategyId`}
              errors={errors}
              options={strategyOptions}
              placeholder="– keiner Strategie zugeordnet –"
              value={s.strategyId}
              onChange={(e) => update(i, { ...s, strategyId: e.target.value })}
            />
          </div>
          <div className="row row--top">
            <CheckboxField
              label={`Schritt ${i + 1} erledigt`}
              name={`steps[${i}].done`}
              errors={errors}
              checked={s.done}
              onChange={(done) => update(i, { ...s, done })}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => onChange(steps.filter((_, j) => j !== i))}
            >
              Schritt {i + 1} entfernen
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          onChange([
            ...steps,
            { id: newId(), strategyId: '', text: '', owner: 'CUSTOMER', partnerId: '', dueOn: '', done: false },
          ])
        }
      >
        Schritt hinzufügen
      </button>
    </fieldset>
  );
}
