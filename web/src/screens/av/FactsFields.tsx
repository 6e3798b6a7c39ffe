import { CheckboxField, SelectField, TextField, type FieldErrors } from '../../ui/forms';
import type { PolicyView } from '../../domain/policy';
import type { FactsState } from './facts';
import { BA_PROFILE, UCKERMARK_CATEGORY, EXCLUSION, KEY_GROUP, KEY_GROUPS, label, options } from '../../domain/labels';

/** The facts of FactsInput: needs per key group, prognosis, profile, new-customer status, the AV's judgements, exclusions. */
export function FactsFields({
  value,
  onChange,
  errors,
  policy,
  disabled,
}: {
  value: FactsState;
  onChange: (value: FactsState) => void;
  errors: FieldErrors;
  policy?: PolicyView;
  disabled?: boolean;
}) {
  const set = <K extends keyof FactsState>(key: K, v: FactsState[K]) => onChange({ ...value, [key]: v });
  const access = policy?.settings.access;
  const counted = access?.countedKeyGroups ?? [];
  const uckermark = policy?.settings.profileScheme === 'UCKERMARK_CATEGORIES';
  const needErrors = errors['facts.needsByKeyGroup'] ?? [];
  const exclusionErrors = errors['facts.exclusions'] ?? [];
  const applied = new Set(policy?.settings.exclusions ?? []);

  return (
    <fieldset className="av-plain av-form" disabled={disabled}>
      <legend className="visually-hidden">Angaben zur Zugangsprüfung</legend>
      <fieldset
        className={`av-needs${needErrors.length ? ' av-fieldset--invalid' : ''}`}
        data-field="facts.needsByKeyGroup"
        aria-describedby="needs-hint"
      >
        <legend>Handlungsbedarfe je Schlüsselgruppe (Anzahl)</legend>
        <p className="hint" id="needs-hint">
          {access?.minNeeds != null && counted.length > 0 ? (
            <>
              Die Richtlinie verlangt mindestens {access.minNeeds} Handlungsbedarfe in{' '}
              {counted.map((g) => label(KEY_GROUP, g)).join(' und/oder ')}.{' '}
            </>
          ) : null}
          Leer lassen, wenn nicht bekannt.
        </p>
        <div className="row">
          {KEY_GROUPS.map((g) => (
            <TextField
              key={g}
              label={label(KEY_GROUP, g)}
              name={`facts.needsByKeyGroup.${g}`}
              type="number"
              min={0}
              max={30}
              inputMode="numeric"
              value={value.needs[g]}
              onChange={(e) => set('needs', { ...value.needs, [g]: e.target.value })}
            />
          ))}
        </div>
        {needErrors.length > 0 && (
          <p className="field-error" role="alert">
            {needErrors.join(' · ')}
          </p>
        )}
      </fieldset>

      <div className="row">
        <TextField
          label="Verfestigte Handlungsbedarfe (Anzahl)"
          name="facts.entrenchedNeeds"
          type="number"
          min={0}
          max={30}
          value={value.entrenchedNeeds}
          onChange={(e) => set('entrenchedNeeds', e.target.value)}
          errors={errors}
        />
        <TextField
          label="Integration voraussichtlich in (Monaten)"
          name="facts.prognosisHorizonMonths"
          type="number"
          min={0}
          max={240}
          value={value.prognosisHorizonMonths}
          onChange={(e) => set('prognosisHorizonMonths', e.target.value)}
          errors={errors}
          hint={
            access?.integrationNotExpectedWithinMonths != null
              ? `Integrationsprognose; verlangt: nicht innerhalb von ${access.integrationNotExpectedWithinMonths} Monaten`
              : 'Integrationsprognose'
          }
        />
        <SelectField
          label={uckermark ? 'Kundenkategorie' : 'Profillage'}
          name="facts.profileCode"
          value={value.profileCode}
          placeholder="– nicht bekannt –"
          options={options(uckermark ? UCKERMARK_CATEGORY : BA_PROFILE)}
          onChange={(e) => set('profileCode', e.target.value)}
          errors={errors}
        />
        <TextField
          label="Im Leistungsbezug seit"
          name="facts.customerSince"
          type="date"
          value={value.customerSince}
          onChange={(e) => set('customerSince', e.target.value)}
          errors={errors}
          hint={
            access?.prophylaxisNewCustomerDays != null
              ? `Neukundenstatus: höchstens ${access.prophylaxisNewCustomerDays} Tage (Prophylaxe)`
              : 'Neukundenstatus'
          }
        />
      </div>

      <fieldset className="av-fieldset">
        <legend>Ihre Einschätzung</legend>
        <CheckboxField
          label="Fallmanagement führt voraussichtlich zu konkreten Integrationsfortschritten"
          name="facts.progressExpected"
          checked={value.progressExpected}
          onChange={(c) => set('progressExpected', c)}
          errors={errors}
        />
        <CheckboxField
          label="Risiko der Langzeitarbeitslosigkeit erkennbar"
          name="facts.riskOfLongTermUnemployment"
          checked={value.riskOfLongTermUnemployment}
          onChange={(c) => set('riskOfLongTermUnemployment', c)}
          errors={errors}
        />
        <CheckboxField
          label="Tieferliegende Vermittlungshemmnisse vermutet"
          name="facts.deeperBarriersSuspected"
          checked={value.deeperBarriersSuspected}
          onChange={(c) => set('deeperBarriersSuspected', c)}
          errors={errors}
        />
        <CheckboxField
          label="Sozial-integrativer Ansatz angezeigt"
          name="facts.socialIntegrationIndicated"
          checked={value.socialIntegrationIndicated}
          onChange={(c) => set('socialIntegrationIndicated', c)}
          errors={errors}
        />
        <CheckboxField
          label="Nimmt an einer Arbeitsgelegenheit (§ 16d SGB II) teil"
          name="facts.aghParticipation"
          checked={value.aghParticipation}
          onChange={(c) => set('aghParticipation', c)}
          errors={errors}
        />
      </fieldset>

      <fieldset
        className={`av-fieldset${exclusionErrors.length ? ' av-fieldset--invalid' : ''}`}
        data-field="facts.exclusions"
      >
        <legend>Ausschlussgründe, die vorliegen</legend>
        {policy && applied.size === 0 && (
          <p className="hint">
            Die Richtlinie dieses Jobcenters sieht keine Ausschlussgründe vor; Angaben werden nur dokumentiert.
          </p>
        )}
        {Object.keys(EXCLUSION).map((code) => (
          <CheckboxField
            key={code}
            name={`facts.exclusions.${code}`}
            label={`${label(EXCLUSION, code)}${applied.size > 0 && !applied.has(code) ? ' (nach der Richtlinie kein Ausschluss)' : ''}`}
            checked={value.exclusions.includes(code)}
            onChange={(c) =>
              set('exclusions', c ? [...value.exclusions, code] : value.exclusions.filter((x) => x !== code))
            }
          />
        ))}
        {exclusionErrors.length > 0 && (
          <p className="field-error" role="alert">
            {exclusionErrors.join(' · ')}
          </p>
        )}
      </fieldset>
    </fieldset>
  );
}
