import { SelectField, TextField, type FieldErrors } from '../../../../ui/forms';
import { uid, type StrengthDraft } from './draft';
import { STRENGTH_KIND } from './labels';

/** Strengths and resources (Stärken / Potenziale). */
export function StrengthRows({
  strengths,
  kinds,
  errors,
  onChange,
}: {
  strengths: StrengthDraft[];
  kinds: string[];
  errors: FieldErrors;
  onChange: (strengths: StrengthDraft[]) => void;
}) {
  const options = kinds.map((k) => ({ value: k, label: STRENGTH_KIND[k] ?? k }));
  const update = (i: number, patch: Partial<StrengthDraft>) =>
    onChange(strengths.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset>
      <legend>Stärken und Ressourcen</legend>
      {strengths.length === 0 && <p className="muted">Noch keine Stärken erfasst.</p>}
      {strengths.map((s, i) => (
        <div className="row" key={s.uid} data-testid={`strength-row-${i}`}>
          <SelectField
            label={`Art der Stärke ${i + 1}`}
            name={`strengths[${i}].kind`}
            value={s.kind}
            options={options}
            onChange={(e) => update(i, { kind: e.target.value })}
            errors={errors}
          />
          <TextField
            label={`Erläuterung ${i + 1}`}
            name={`strengths[${i}].description`}
            value={s.description}
            maxLength={1000}
            onChange={(e) => update(i, { description: e.target.value })}
            errors={errors}
            required
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(strengths.filter((_, j) => j !== i))}
          >
            Stärke {i + 1} entfernen
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...strengths, { uid: uid(), kind: 'PERSONAL', description: '' }])}
      >
        Stärke hinzufügen
      </button>
    </fieldset>
  );
}
