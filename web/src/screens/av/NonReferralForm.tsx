import { useState, type FormEvent } from 'react';
import type { Action } from '../../api/hooks';
import { SelectField, SubmitButton, TextArea } from '../../ui/forms';
import type { PolicyView } from '../../domain/policy';
import type { NonReferralView } from './avTypes';
import { ErrorSummary } from './ErrorSummary';
import { fieldErrorsOf } from './facts';
import { options } from '../../domain/labels';
import { NON_REFERRAL_REASON } from './labels';

export interface NonReferralDetails {
  reason: string;
  note: string | null;
}

/** Nichtvormerkung of a customer who meets the criteria: a reason, and a re-check after the policy's interval. */
export function NonReferralForm({
  action,
  onSubmit,
  policy,
}: {
  action: Action<[NonReferralDetails], NonReferralView>;
  onSubmit: (details: NonReferralDetails) => void;
  policy?: PolicyView;
}) {
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(action.error);
  const months = policy?.settings.nonReferralRecheckMonths;

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit({ reason, note: note.trim() || null });
  }

  return (
    <form className="av-form" onSubmit={submit} noValidate aria-labelledby="non-referral-title">
      <h3 id="non-referral-title">Nichtvormerkung dokumentieren</h3>
      <p className="hint">
        Erfüllt die Kundin / der Kunde die Zugangskriterien, soll aber nicht vorgemerkt werden, ist ein Grund nötig.
        {months ? ` Die Entscheidung wird spätestens nach ${months} Monaten wieder vorgelegt.` : ''}
      </p>
      <SelectField
        label="Grund der Nichtvormerkung"
        name="reason"
        value={reason}
        required
        placeholder="– bitte wählen –"
        options={options(NON_REFERRAL_REASON)}
        onChange={(e) => setReason(e.target.value)}
        errors={errors}
      />
      <TextArea
        label="Begründung der Nichtvormerkung"
        name="note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        errors={errors}
        maxLength={2000}
        required={reason === 'OTHER'}
        hint={reason === 'OTHER' ? 'Bei „Sonstiges“ erforderlich' : 'optional'}
      />
      <ErrorSummary error={action.error} />
      <div className="actions">
        <SubmitButton pending={action.pending}>Nichtvormerkung dokumentieren</SubmitButton>
      </div>
    </form>
  );
}
