import { SelectField, TextArea, type FieldErrors } from '../../../../ui/forms';
import { Badge } from '../../../../ui/feedback';
import { strategyFor, type Draft, type StrategyDraft } from './draft';
import type { NeedLabels } from './lookups';
import { label, NEED_STATUS } from '../../../../domain/labels';
import { type NeedView } from './types';

/** One strategy per open need (UCKERMARK 4.1.3), each optionally ending in an intermediate goal. */
export function StrategiesEditor({
  rows,
  resolved,
  draft,
  onChange,
  labels,
  errors,
}: {
  rows: NeedView[];
  resolved: NeedView[];
  draft: Draft;
  onChange: (needId: string, strategy: StrategyDraft) => void;
  labels: NeedLabels;
  errors: FieldErrors;
}) {
  const goalOptions = draft.goals
    .filter((g) => g.text.trim() !== '')
    .map((g, i) => ({ value: g.id, label: `${i + 1}. ${g.text}` }));
  return (
    <fieldset>
      <legend>Handlungsstrategien – je offenem Handlungsbedarf eine</legend>
      {rows.length === 0 && <p className="empty">Es gibt keine offenen Handlungsbedarfe aus dem Profiling.</p>}
      {rows.map((need, row) => {
        const s = strategyFor(draft, need.needId);
        const name = `strategies[${row}].text`;
        const rowErrors = {
          ...errors,
          [name]: [...(errors[name] ?? []), ...(errors[`strategies[${row}].needId`] ?? [])],
        };
        const missing = s.text.trim() === '';
        return (
          <div key={need.needId} className="plan-row">
            <p className="muted">
              {labels.keyGroup(need.keyGroup)} · {labels.need(need.code)} · Status {label(NEED_STATUS, need.status)}{' '}
              {missing ? <Badge tone="warn">ohne Strategie</Badge> : <Badge tone="ok">Strategie erfasst</Badge>}
            </p>
            <TextArea
              label={`Strategie für ${labels.need(need.code)}`}
              name={name}
              errors={rowErrors}
              data-testid={`strategy-${row}`}
              value={s.text}
              onChange={(e) => onChange(need.needId, { ...s, text: e.target.value })}
            />
            {goalOptions.length > 0 && (
              <SelectField
                label="Mündet in Zwischenziel"
                name={`strategies[${row}].intermediateGoalId`}
                errors={errors}
                options={goalOptions}
                placeholder="– kein Zwischenziel –"
                value={s.intermediateGoalId}
                onChange={(e) => onChange(need.needId, { ...s, intermediateGoalId: e.target.value })}
              />
            )}
          </div>
        );
      })}
      {resolved.length > 0 && (
        <p className="hint">
          Erledigte Handlungsbedarfe brauchen keine Strategie: {resolved.map((n) => labels.need(n.code)).join(', ')}.
        </p>
      )}
    </fieldset>
  );
}
