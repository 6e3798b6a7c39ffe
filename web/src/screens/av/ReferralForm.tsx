import { useState, type FormEvent } from 'react';
import type { Action } from '../../api/hooks';
import { CheckboxField, SelectField, SubmitButton, TextArea, TextField } from '../../ui/forms';
import { today } from '../../ui/format';
import type { EligibilityView } from '../../api/types';
import type { PolicyView } from '../../domain/policy';
import type { ReferralView } from './avTypes';
import { ErrorSummary } from './ErrorSummary';
import { avFieldId, fieldErrorsOf } from './facts';
import { ACCESS_REASON, ROUTE, label, options } from '../../domain/labels';
import { FM_TEAMS, REFERRAL_ROUTES } from './labels';

export interface ReferralDetails {
  route: string;
  reasons: string[];
  teamId: string | null;
  note: string | null;
  /** Antragstellung: the day the complete benefit application was handed in (required where the ESB counts from it) */
  applicationOn: string | null;
  /** Bewilligung der Leistungen, where already decided */
  benefitDecisionOn: string | null;
}

const OTHER_TEAM = '__other';

/** Which access paths the policy has at all (AccessRules); unknown while the policy loads. */
function allowedReasons(policy?: PolicyView, result?: EligibilityView): Set<string> | undefined {
  if (result?.paths) return new Set(result.paths.filter((p) => p.allowedByPolicy).map((p) => p.reason));
  const a = policy?.settings.access;
  if (!a) return undefined;
  const allowed = new Set(['MIN_CRITERIA_MET']);
  if (a.prophylaxisNewCustomerDays != null) allowed.add('PROPHYLAXIS_NEW_CUSTOMER');
  if (a.entrenchmentVariant) allowed.add('ENTRENCHMENT');
  if (a.deeperBarriersVariant) allowed.add('DEEPER_BARRIERS_SUSPECTED');
  if (a.socialIntegrationVariant) allowed.add('SOCIAL_INTEGRATION');
  if (a.aghParticipantsAdmitted) allowed.add('AGH_PARTICIPATION');
  return allowed;
}

/** "10 Arbeitstagen": the Einstiegsberatung's deadline, as after "binnen". */
function deadlineText(policy?: PolicyView): string {
  const d = policy?.settings.firstConsultationDeadline;
  if (!d) return '';
  return `${d.amount} ${d.unit === 'WORKING_DAYS' ? 'Arbeitstagen' : 'Kalendertagen'}`;
}

/** Vormerkung: route, access reasons, FM team and note; the customer and the facts come from the page. */
export function ReferralForm({
  action,
  onSubmit,
  result,
  policy,
}: {
  action: Action<[ReferralDetails], ReferralView>;
  onSubmit: (details: ReferralDetails) => void;
  result?: EligibilityView;
  policy?: PolicyView;
}) {
  const [route, setRoute] = useState('AV');
  const [reasons, setReasons] = useState<string[]>(() => result?.satisfiedReasons ?? []);
  const [team, setTeam] = useState('');
  const [otherTeam, setOtherTeam] = useState('');
  const [note, setNote] = useState('');
  const [applicationOn, setApplicationOn] = useState('');
  const [benefitDecisionOn, setBenefitDecisionOn] = useState('');
  const applicationRequired = policy?.settings.firstConsultationDeadline?.countsFrom === 'APPLICATION';
  const errors = fieldErrorsOf(action.error);
  const allowed = allowedReasons(policy, result);
  const satisfied = new Set(result?.satisfiedReasons ?? []);

  // A new check result proposes the access paths it found satisfied: adjusted while rendering, not in an effect
  // (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes)
  const [proposedBy, setProposedBy] = useState(result);
  if (result !== proposedBy) {
    setProposedBy(result);
    if (result) setReasons(result.satisfiedReasons ?? []);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const teamId = team === OTHER_TEAM ? otherTeam.trim() : team;
    onSubmit({
      route,
      reasons,
      teamId: teamId || null,
      note: note.trim() || null,
      applicationOn: applicationOn || null,
      benefitDecisionOn: benefitDecisionOn || null,
    });
  }

  return (
    <form className="av-form" onSubmit={submit} noValidate aria-labelledby="referral-title">
      <h3 id="referral-title">Vormerkung für das Fallmanagement</h3>
      <div className="row">
        <SelectField
          label="Zugangsweg"
          name="route"
          value={route}
          required
          options={options(ROUTE, REFERRAL_ROUTES)}
          onChange={(e) => setRoute(e.target.value)}
          errors={errors}
        />
        <SelectField
          label="Team"
          name="teamId"
          value={team}
          required
          placeholder="– bitte wählen –"
          options={[
            ...FM_TEAMS.map((t) => ({ value: t, label: t })),
            { value: OTHER_TEAM, label: 'anderes FM-Team …' },
          ]}
          onChange={(e) => setTeam(e.target.value)}
          errors={errors}
          hint="FM-Team, an das die Vormerkung geht"
        />
        {team === OTHER_TEAM && (
          <TextField
            label="Kennung"
            name="teamIdOther"
            value={otherTeam}
            onChange={(e) => setOtherTeam(e.target.value)}
            required
            maxLength={50}
            hint="Kennung des FM-Teams, z. B. team-fm-3"
          />
        )}
      </div>
      <div className="row">
        <TextField
          label="Antragstellung (vollständiger Leistungsantrag eingereicht am)"
          name="applicationOn"
          id={avFieldId('applicationOn')}
          type="date"
          value={applicationOn}
          max={today()}
          required={applicationRequired}
          errors={errors}
          onChange={(e) => setApplicationOn(e.target.value)}
          hint={
            applicationRequired
              ? `Die Einstiegsberatung ist nach der Richtlinie binnen ${deadlineText(policy)} ab diesem Tag fällig.`
              : 'optional'
          }
        />
        <TextField
          label="Bewilligung der Leistungen (falls schon entschieden)"
          name="benefitDecisionOn"
          id={avFieldId('benefitDecisionOn')}
          type="date"
          value={benefitDecisionOn}
          min={applicationOn || undefined}
          max={today()}
          errors={errors}
          onChange={(e) => setBenefitDecisionOn(e.target.value)}
          hint="optional; lässt sich später in der Fallakte nachtragen"
        />
      </div>
      <fieldset className={`av-fieldset${errors.reasons ? ' av-fieldset--invalid' : ''}`} data-field="reasons">
        <legend>
          Zugangsgründe{' '}
          <span aria-hidden="true" className="required">
            *
          </span>
        </legend>
        {Object.keys(ACCESS_REASON).map((code) => {
          const inPolicy = !allowed || allowed.has(code);
          const suffix = !inPolicy
            ? ' – in der Richtlinie nicht vorgesehen'
            : result
              ? satisfied.has(code)
                ? ' – erfüllt'
                : ' – nicht erfüllt'
              : '';
          return (
            <CheckboxField
              key={code}
              name={`reasons.${code}`}
              label={`${label(ACCESS_REASON, code)}${suffix}`}
              checked={reasons.includes(code)}
              onChange={(c) => setReasons(c ? [...reasons, code] : reasons.filter((r) => r !== code))}
            />
          );
        })}
        {errors.reasons && (
          <p className="field-error" role="alert">
            {errors.reasons.join(' · ')}
          </p>
        )}
      </fieldset>
      <TextArea
        label="Begründung der Vormerkung"
        name="note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        errors={errors}
        maxLength={2000}
        hint="Wird mit der Vormerkung im Zugangsdienst gespeichert."
      />
      <ErrorSummary error={action.error} />
      <div className="actions">
        <SubmitButton pending={action.pending} pendingLabel="Wird vorgemerkt …">
          Vormerken
        </SubmitButton>
      </div>
    </form>
  );
}
