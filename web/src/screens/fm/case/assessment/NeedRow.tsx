import { CheckboxField, SelectField, TextArea, type FieldErrors } from '../../../../ui/forms';
import { needOptions, type NeedDraft } from './draft';
import { NEED_STATUS, options } from '../../../../domain/labels';
import { PRIORITY } from './labels';
import type { Catalogue } from './types';

const STATUS_OPTIONS = options(NEED_STATUS);
const PRIORITY_OPTIONS = options(PRIORITY);

/** One need (Handlungsbedarf) of the new version; a carried-on need keeps its code and cannot be removed. */
export function NeedRow({
  index,
  need,
  catalogue,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  need: NeedDraft;
  catalogue: Catalogue;
  errors: FieldErrors;
  onChange: (need: NeedDraft) => void;
  onRemove: () => void;
}) {
  const name = (field: string) => `needs[${index}].${field}`;
  const set = (patch: Partial<NeedDraft>) => onChange({ ...need, ...patch });
  const carried = !!need.needId;
  const rowErrors = [...(errors[`needs[${index}]`] ?? []), ...(errors[name('needId')] ?? [])];
  const codeLabel = needOptions(catalogue, need.keyGroup).find((o) => o.value === need.code)?.label;
  return (
    <fieldset className="fm-need-row" data-testid={`need-row-${index}`}>
      <legend>
        Nr. {index + 1}
        {codeLabel ? `: ${codeLabel}` : ''}
        {carried ? ' (aus der vorigen Version)' : ' (neu)'}
      </legend>
      {rowErrors.length > 0 && (
        <p className="field-error" role="alert">
          {rowErrors.join(' · ')}
        </p>
      )}
      <div className="row">
        <SelectField
          label="Schlüsselgruppe"
          name={name('keyGroup')}
          value={need.keyGroup}
          disabled={carried}
          required
          options={catalogue.keyGroups.map((g) => ({ value: g.code, label: g.label }))}
          placeholder="Bitte wählen"
          onChange={(e) => set({ keyGroup: e.target.value, code: '' })}
          errors={errors}
        />
        <SelectField
          label="Handlungsbedarf"
          name={name('code')}
          value={need.code}
          disabled={carried || !need.keyGroup}
          required
          options={needOptions(catalogue, need.keyGroup)}
          placeholder={need.keyGroup ? 'Bitte wählen' : 'erst Schlüsselgruppe wählen'}
          onChange={(e) => set({ code: e.target.value })}
          errors={errors}
        />
        <SelectField
          label="Status"
          name={name('status')}
          value={need.status}
          options={STATUS_OPTIONS}
          required
          onChange={(e) => set({ status: e.target.value })}
          errors={errors}
        />
        <SelectField
          label="Priorität"
          name={name('priority')}
          value={need.priority}
          options={PRIORITY_OPTIONS}
          required
          onChange={(e) => set({ priority: e.target.value })}
          errors={errors}
        />
      </div>
      <TextArea
        label="Beschreibung"
        name={name('description')}
        value={need.description}
        maxLength={2000}
        rows={2}
        onChange={(e) => set({ description: e.target.value })}
        errors={errors}
        hint="Geschützter Freitext"
      />
      <div className="row">
        <CheckboxField
          label="verfestigt"
          name={name('entrenched')}
          checked={need.entrenched}
          onChange={(entrenched) => set({ entrenched })}
          errors={errors}
        />
        <CheckboxField
          label="Steht der Integration in den Zielberuf im Weg"
          name={name('linkedToTargetOccupation')}
          checked={need.linkedToTargetOccupation}
          onChange={(linked) => set({ linkedToTargetOccupation: linked })}
          errors={errors}
        />
      </div>
      {!need.linkedToTargetOccupation && (
        <TextArea
          label="Begründung ohne Bezug zum Zielberuf"
          name={name('linkReason')}
          value={need.linkReason}
          maxLength={1000}
          rows={2}
          onChange={(e) => set({ linkReason: e.target.value })}
          errors={errors}
          required
          hint="Ein Bedarf wird nur festgehalten, wenn er der Integration im Weg steht – sonst mit Begründung."
        />
      )}
      {carried ? (
        <p className="hint">Ein Bedarf verschwindet nicht: Ist er behoben, Status „erfolgreich erledigt“ wählen.</p>
      ) : (
        <button type="button" className="button button--small" onClick={onRemove}>
          Zeile entfernen
        </button>
      )}
    </fieldset>
  );
}
