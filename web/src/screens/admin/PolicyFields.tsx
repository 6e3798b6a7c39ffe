import { CheckboxField, SelectField, type FieldErrors } from '../../ui/forms';
import { CheckGroup, Group, NumberField } from './fieldKit';
import { EXCLUSION, KEY_GROUP, options } from '../../domain/labels';
import type { AccessRules, CaseloadRatio, ContactRule, PolicySettings, ProfileScheme } from '../../domain/policy';
import { COUNTED_FORMAT, COUNTS_FROM, DAY_UNIT, EXTENSION, PROFILE_SCHEME, profileLabel } from './policyTypes';
import { describe } from './describe';

type Update = (change: (s: PolicySettings) => PolicySettings) => void;

/** The adjustable settings; field names are the request's paths, so the service's errors land next to them. */
export function PolicyFields({
  draft,
  update,
  errors,
}: {
  draft: PolicySettings;
  update: Update;
  errors: FieldErrors;
}) {
  const a = draft.access;
  const access = (patch: Partial<AccessRules>) => update((s) => ({ ...s, access: { ...s.access, ...patch } }));
  const set = <K extends keyof PolicySettings>(key: K, value: PolicySettings[K]) =>
    update((s) => ({ ...s, [key]: value }));
  const contact = (patch: Partial<ContactRule>) =>
    update((s) => ({ ...s, contactRule: { ...(s.contactRule as ContactRule), ...patch } }));
  const ratio = (patch: Partial<CaseloadRatio>) =>
    update((s) => ({ ...s, caseloadRatio: { ...(s.caseloadRatio as CaseloadRatio), ...patch } }));
  const p = (name: string) => `settings.${name}`;
  const codes = PROFILE_SCHEME[draft.profileScheme]?.codes ?? [];
  return (
    <>
      <Group title="Zugang ins Fallmanagement">
        <div className="row">
          <NumberField
            label="Mindestzahl an Handlungsbedarfen"
            name={p('access.minNeeds')}
            value={a.minNeeds}
            onChange={(v) => access({ minNeeds: v })}
            errors={errors}
            hint="Leer: Zugang nur über komplexe Profillagen/Kategorien"
          />
          <NumberField
            label="Integration nicht zu erwarten innerhalb von (Monaten)"
            name={p('access.integrationNotExpectedWithinMonths')}
            value={a.integrationNotExpectedWithinMonths}
            onChange={(v) => access({ integrationNotExpectedWithinMonths: v })}
            errors={errors}
            hint="Leer: keine Vorgabe"
          />
          <NumberField
            label="Prophylaxe: Neukund:innen bis (Tage nach Zugang)"
            name={p('access.prophylaxisNewCustomerDays')}
            value={a.prophylaxisNewCustomerDays}
            onChange={(v) => access({ prophylaxisNewCustomerDays: v })}
            errors={errors}
            hint="Leer: Prophylaxe nicht vorgesehen"
          />
        </div>
        <div className="grid">
          <CheckGroup
            legend="Gezählte Schlüsselgruppen"
            name={p('access.countedKeyGroups')}
            options={options(KEY_GROUP)}
            values={a.countedKeyGroups}
            onChange={(v) => access({ countedKeyGroups: v })}
            errors={errors}
          />
          <CheckGroup
            legend="Komplexe Profillagen/Kategorien (Zugangskriterium)"
            name={p('access.complexProfiles')}
            options={[...codes, ...a.complexProfiles.filter((c) => !codes.includes(c))].map((c) => ({
              value: c,
              label: codes.includes(c) ? profileLabel(c) : `${c} (gehört nicht zum gewählten Schema)`,
            }))}
            values={a.complexProfiles}
            onChange={(v) => access({ complexProfiles: v })}
            errors={errors}
          />
          <fieldset className="checkgroup">
            <legend>Weitere Kriterien und Varianten</legend>
            <CheckboxField
              label="Jede Kundin und jeder Kunde erhält ein Fallmanagement (kein Zugangskriterium; die Kategorie entscheidet nur über die Zuständigkeit)"
              name={p('access.everyCustomer')}
              checked={!!a.everyCustomer}
              onChange={(v) => access({ everyCustomer: v })}
              errors={errors}
            />
            <CheckboxField
              label="Einschätzung „FM führt zu konkreten Integrationsfortschritten“ erforderlich"
              name={p('access.progressExpectedRequired')}
              checked={a.progressExpectedRequired}
              onChange={(v) => access({ progressExpectedRequired: v })}
              errors={errors}
            />
            <CheckboxField
              label="Variante Verfestigung: weniger Handlungsbedarfe, mindestens einer verfestigt"
              name={p('access.entrenchmentVariant')}
              checked={a.entrenchmentVariant}
              onChange={(v) => access({ entrenchmentVariant: v })}
              errors={errors}
            />
            <CheckboxField
              label="Variante: tieferliegende Hemmnisse vermutet"
              name={p('access.deeperBarriersVariant')}
              checked={a.deeperBarriersVariant}
              onChange={(v) => access({ deeperBarriersVariant: v })}
              errors={errors}
            />
            <CheckboxField
              label="Variante: sozialintegrativer Ansatz"
              name={p('access.socialIntegrationVariant')}
              checked={a.socialIntegrationVariant}
              onChange={(v) => access({ socialIntegrationVariant: v })}
              errors={errors}
            />
            <CheckboxField
              label="Teilnehmende an Arbeitsgelegenheiten werden aufgenommen"
              name={p('access.aghParticipantsAdmitted')}
              checked={a.aghParticipantsAdmitted}
              onChange={(v) => access({ aghParticipantsAdmitted: v })}
              errors={errors}
            />
          </fieldset>
        </div>
      </Group>
      <Group title="Ausschlussgründe">
        <CheckGroup
          legend="Diese Gründe sperren eine Vormerkung"
          name={p('exclusions')}
          options={options(EXCLUSION)}
          values={draft.exclusions}
          onChange={(v) => set('exclusions', v)}
          errors={errors}
        />
      </Group>
      <Group title="Fristen und Klärungsphase">
        <div className="row">
          <NumberField
            label="Wiedervorlage nach Nichtvormerkung (Monate)"
            name={p('nonReferralRecheckMonths')}
            value={draft.nonReferralRecheckMonths}
            onChange={(v) => set('nonReferralRecheckMonths', v)}
            errors={errors}
            hint="Leer: keine Vorgabe"
          />
          <NumberField
            label="Zuordnung einer Fachkraft binnen (Tagen)"
            name={p('secondaryAssignmentDays')}
            value={draft.secondaryAssignmentDays}
            onChange={(v) => set('secondaryAssignmentDays', v)}
            errors={errors}
            hint="Leer: die Aufnahme ordnet direkt zu"
          />
          <NumberField
            label="Klärungsphase (Monate)"
            name={p('clarificationPhaseMonths')}
            value={draft.clarificationPhaseMonths}
            onChange={(v) => set('clarificationPhaseMonths', v)}
            errors={errors}
            hint="Leer: keine Klärungsphase"
          />
        </div>
        <CheckboxField
          label="Feste Frist für die Einstiegsberatung"
          name={p('firstConsultationDeadline')}
          checked={!!draft.firstConsultationDeadline}
          onChange={(on) => set('firstConsultationDeadline', on ? { amount: 14, unit: 'CALENDAR_DAYS' } : null)}
          errors={errors}
        />
        {draft.firstConsultationDeadline && (
          <div className="row">
            <NumberField
              label="Einstiegsberatung binnen"
              name={p('firstConsultationDeadline.amount')}
              value={draft.firstConsultationDeadline.amount}
              onChange={(v) =>
                set('firstConsultationDeadline', { ...draft.firstConsultationDeadline!, amount: v ?? 0 })
              }
              errors={errors}
              required
            />
            <SelectField
              label="Einheit der Frist"
              name={p('firstConsultationDeadline.unit')}
              value={draft.firstConsultationDeadline.unit}
              options={options(DAY_UNIT)}
              onChange={(e) =>
                set('firstConsultationDeadline', {
                  ...draft.firstConsultationDeadline!,
                  unit: e.target.value as 'CALENDAR_DAYS' | 'WORKING_DAYS',
                })
              }
              errors={errors}
            />
            <SelectField
              label="Die Frist zählt"
              name={p('firstConsultationDeadline.countsFrom')}
              value={draft.firstConsultationDeadline.countsFrom ?? 'ADMISSION'}
              options={options(COUNTS_FROM)}
              errors={errors}
              hint="Ab der Antragstellung: die Arbeitsvermittlung gibt bei der Vormerkung an, wann der vollständige Leistungsantrag eingereicht wurde."
              onChange={(e) =>
                set('firstConsultationDeadline', {
                  ...draft.firstConsultationDeadline!,
                  countsFrom: e.target.value as 'ADMISSION' | 'APPLICATION',
                })
              }
            />
          </div>
        )}
        <CheckboxField
          label="Gemeinsame Fallerörterung von AV und FM vor der Aufnahme erforderlich"
          name={p('jointCaseDiscussionRequired')}
          checked={draft.jointCaseDiscussionRequired}
          onChange={(v) => set('jointCaseDiscussionRequired', v)}
          errors={errors}
        />
        <CheckboxField
          label="Vertretung bearbeitet FM-Inhalte nur mit Einverständnis der Kund:in"
          name={p('deputyNeedsCustomerAgreement')}
          checked={draft.deputyNeedsCustomerAgreement}
          onChange={(v) => set('deputyNeedsCustomerAgreement', v)}
          errors={errors}
        />
      </Group>
      <Group title="Fortführung und Höchstdauer">
        <div className="row">
          <NumberField
            label="Fortführungsprüfung alle (Monate)"
            name={p('continuationReviewMonths')}
            value={draft.continuationReviewMonths}
            required
            onChange={(v) => set('continuationReviewMonths', v ?? 0)}
            errors={errors}
          />
          <NumberField
            label="Höchstdauer (Monate)"
            name={p('maxDurationMonths')}
            value={draft.maxDurationMonths}
            onChange={(v) => set('maxDurationMonths', v)}
            errors={errors}
            hint="Leer: keine Höchstdauer"
          />
          <SelectField
            label="Verlängerung über die Höchstdauer"
            name={p('maxDurationExtension')}
            value={draft.maxDurationExtension}
            options={options(EXTENSION)}
            onChange={(e) => set('maxDurationExtension', e.target.value)}
            errors={errors}
          />
          <NumberField
            label="Nachbetreuung nach Integration höchstens (Monate)"
            name={p('afterCareMaxMonths')}
            value={draft.afterCareMaxMonths}
            onChange={(v) => set('afterCareMaxMonths', v)}
            errors={errors}
            hint="Leer: nicht vorgesehen"
          />
        </div>
        <CheckboxField
          label="Laufende Arbeitsgelegenheit setzt das FM über die Höchstdauer fort"
          name={p('aghContinuesBeyondMaxDuration')}
          checked={draft.aghContinuesBeyondMaxDuration}
          onChange={(v) => set('aghContinuesBeyondMaxDuration', v)}
          errors={errors}
        />
        <CheckboxField
          label="Übergang U25 → Ü25 erst nach Abschluss laufender Maßnahmen"
          name={p('u25TransferAfterRunningMeasures')}
          checked={draft.u25TransferAfterRunningMeasures}
          onChange={(v) => set('u25TransferAfterRunningMeasures', v)}
          errors={errors}
        />
      </Group>
      <Group
        title="Arbeitsmarktnahes und arbeitsmarktfernes Fallmanagement"
        hint="Wird aus der Vorlage übernommen; in dieser Oberfläche ist es nicht änderbar."
      >
        <div className="policy-group">
          <dl className="facts">
            {describe(draft)
              .filter((r) => r.key.startsWith('routing'))
              .map((r) => (
                <div key={r.key} className="facts__row">
                  <dt>{r.label}</dt>
                  <dd>{r.value}</dd>
                </div>
              ))}
          </dl>
        </div>
      </Group>
      <ContactAndRatio draft={draft} set={set} contact={contact} ratio={ratio} errors={errors} />
      <Group title="Vereinbarung und Profilschema">
        <div className="row">
          <NumberField
            label="Gültigkeit der Vereinbarung höchstens (Monate)"
            name={p('agreementMaxValidityMonths')}
            value={draft.agreementMaxValidityMonths}
            onChange={(v) => set('agreementMaxValidityMonths', v)}
            errors={errors}
            hint="Leer: keine Begrenzung. Überprüft wird jede Vereinbarung spätestens nach 6 Monaten (§ 15 SGB II); seit 1. Juli 2023 ist sie ein Kooperationsplan."
          />
          <SelectField
            label="Profil-/Kategorienschema"
            name={p('profileScheme')}
            value={draft.profileScheme}
            options={Object.entries(PROFILE_SCHEME).map(([value, s]) => ({ value, label: s.label }))}
            onChange={(e) => set('profileScheme', e.target.value as ProfileScheme)}
            errors={errors}
            hint="Komplexe Profillagen und Kontaktregeln je Kategorie müssen zum Schema passen."
          />
        </div>
      </Group>
      <Group
        title="Abgangsgründe"
        hint="Der Katalog wird aus der Vorlage übernommen; in dieser Oberfläche ist er nicht änderbar."
      >
        <ul className="reasons">
          {draft.closureReasons.map((r) => (
            <li key={r.code}>{r.label}</li>
          ))}
        </ul>
      </Group>
    </>
  );
}

function ContactAndRatio({
  draft,
  set,
  contact,
  ratio,
  errors,
}: {
  draft: PolicySettings;
  errors: FieldErrors;
  set: <K extends keyof PolicySettings>(key: K, value: PolicySettings[K]) => void;
  contact: (patch: Partial<ContactRule>) => void;
  ratio: (patch: Partial<CaseloadRatio>) => void;
}) {
  const c = draft.contactRule;
  const r = draft.caseloadRatio;
  const p = (name: string) => `settings.${name}`;
  const codes = PROFILE_SCHEME[draft.profileScheme]?.codes ?? [];
  return (
    <>
      <Group title="Kontaktdichte">
        <CheckboxField
          label="Kontaktregel festlegen"
          name={p('contactRule')}
          checked={!!c}
          errors={errors}
          onChange={(on) =>
            set(
              'contactRule',
              on
                ? { minPerYear: null, maxGapMonths: 1, maxGapMonthsByCategory: {}, countedFormats: ['IN_PERSON'] }
                : null,
            )
          }
        />
        {c && (
          <>
            <div className="row">
              <NumberField
                label="Mindestens gezählte Kontakte im Jahr"
                name={p('contactRule.minPerYear')}
                value={c.minPerYear}
                onChange={(v) => contact({ minPerYear: v })}
                errors={errors}
                hint="Leer: keine Vorgabe"
              />
              <NumberField
                label="Höchstens Monate zwischen zwei Kontakten"
                name={p('contactRule.maxGapMonths')}
                value={c.maxGapMonths}
                onChange={(v) => contact({ maxGapMonths: v })}
                errors={errors}
                hint="Leer: keine Vorgabe"
              />
            </div>
            {Object.keys(c.maxGapMonthsByCategory).length > 0 && (
              <p className="hint">
                Abweichend je Kategorie (aus der Vorlage):{' '}
                {Object.entries(c.maxGapMonthsByCategory)
                  .map(([k, m]) => `${profileLabel(k)} ${m} Monat(e)`)
                  .join(', ')}{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => contact({ maxGapMonthsByCategory: {} })}
                >
                  Abweichungen je Kategorie entfernen
                </button>
              </p>
            )}
            <CheckGroup
              legend="Zählende Kontaktformate"
              name={p('contactRule.countedFormats')}
              options={options(COUNTED_FORMAT)}
              values={c.countedFormats}
              onChange={(v) => contact({ countedFormats: v })}
              errors={errors}
            />
            <CheckGroup
              legend="Ohne Kontaktregel (es gilt der Wiedervorlagetermin des Profilings)"
              name={p('contactRule.exemptCategories')}
              options={[...codes, ...(c.exemptCategories ?? []).filter((x) => !codes.includes(x))].map((x) => ({
                value: x,
                label: codes.includes(x) ? profileLabel(x) : `${x} (gehört nicht zum gewählten Schema)`,
              }))}
              values={c.exemptCategories ?? []}
              onChange={(v) => contact({ exemptCategories: v })}
              errors={errors}
            />
          </>
        )}
      </Group>
      <Group title="Betreuungsschlüssel">
        <CheckboxField
          label="Betreuungsschlüssel festlegen"
          name={p('caseloadRatio')}
          checked={!!r}
          errors={errors}
          onChange={(on) =>
            set(
              'caseloadRatio',
              on ? { maxUe25: 75, maxU25: 75, targetMin: null, includesLeadsAndAssistants: false } : null,
            )
          }
        />
        {r && (
          <>
            <div className="row">
              <NumberField
                label="Ü25: höchstens Kund:innen je Vollzeit-Fachkraft"
                name={p('caseloadRatio.maxUe25')}
                value={r.maxUe25}
                onChange={(v) => ratio({ maxUe25: v })}
                errors={errors}
                hint="Leer: ohne Grenze"
              />
              <NumberField
                label="U25: höchstens Kund:innen je Vollzeit-Fachkraft"
                name={p('caseloadRatio.maxU25')}
                value={r.maxU25}
                onChange={(v) => ratio({ maxU25: v })}
                errors={errors}
                hint="Leer: ohne Grenze"
              />
              <NumberField
                label="Untergrenze (nicht unter)"
                name={p('caseloadRatio.targetMin')}
                value={r.targetMin}
                onChange={(v) => ratio({ targetMin: v })}
                errors={errors}
                hint="Leer: keine"
              />
            </div>
            <CheckboxField
              label="Leitungen und Assistenzen werden eingerechnet"
              name={p('caseloadRatio.includesLeadsAndAssistants')}
              checked={r.includesLeadsAndAssistants}
              onChange={(v) => ratio({ includesLeadsAndAssistants: v })}
              errors={errors}
            />
          </>
        )}
      </Group>
    </>
  );
}

/** The field paths this form shows (other violations go to the summary above the button). */
export const SHOWN_FIELDS = [
  'access.minNeeds',
  'access.integrationNotExpectedWithinMonths',
  'access.prophylaxisNewCustomerDays',
  'access.countedKeyGroups',
  'access.complexProfiles',
  'access.progressExpectedRequired',
  'access.entrenchmentVariant',
  'access.deeperBarriersVariant',
  'access.socialIntegrationVariant',
  'access.aghParticipantsAdmitted',
  'access.everyCustomer',
  'exclusions',
  'nonReferralRecheckMonths',
  'secondaryAssignmentDays',
  'clarificationPhaseMonths',
  'firstConsultationDeadline',
  'firstConsultationDeadline.amount',
  'firstConsultationDeadline.unit',
  'firstConsultationDeadline.countsFrom',
  'contactRule.exemptCategories',
  'jointCaseDiscussionRequired',
  'deputyNeedsCustomerAgreement',
  'continuationReviewMonths',
  'maxDurationMonths',
  'maxDurationExtension',
  'afterCareMaxMonths',
  'aghContinuesBeyondMaxDuration',
  'u25TransferAfterRunningMeasures',
  'contactRule',
  'contactRule.minPerYear',
  'contactRule.maxGapMonths',
  'contactRule.countedFormats',
  'caseloadRatio',
  'caseloadRatio.maxUe25',
  'caseloadRatio.maxU25',
  'caseloadRatio.targetMin',
  'caseloadRatio.includesLeadsAndAssistants',
  'agreementMaxValidityMonths',
  'profileScheme',
].map((f) => `settings.${f}`);
