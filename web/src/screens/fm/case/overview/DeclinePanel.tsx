import { useState } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { ConfirmButton } from '../../../../ui/feedback';
import { FormErrors, SelectField, TextArea } from '../../../../ui/forms';
import type { FullCase } from './types';
import { checks, required } from '../../../../ui/checks';
import { DECLINE_REASON, options } from '../../../../domain/labels';

const REASONS = options(DECLINE_REASON);

/** The FM declines the referral with a reason; the referring AV may take it to the team lead. */
export function DeclinePanel({ view, onDone }: { view: FullCase; onDone: (message: string) => void }) {
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/decline`, {
      method: 'POST',
      body: { reason: reason || null, note: note || null },
    }),
  );
  return (
    <section className="card" aria-labelledby="decline-form-heading">
      <h2 id="decline-form-heading">Vormerkung ablehnen</h2>
      <p className="hint">
        Die vormerkende Arbeitsvermittlung kann eine Ablehnung einmalig der Teamleitung vorlegen; deren Entscheidung ist
        endgültig.
      </p>
      <FormErrors error={action.error} />
      <SelectField
        label="Ablehnungsgrund"
        name="reason"
        value={reason}
        options={REASONS}
        placeholder="Bitte wählen"
        onChange={(e) => setReason(e.target.value)}
        errors={action.fieldErrors}
        required
      />
      <TextArea
        label="Begründung der Ablehnung"
        name="note"
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
        errors={action.fieldErrors}
        required={reason === 'OTHER'}
        hint={reason === 'OTHER' ? undefined : 'Bei „Sonstiges“ Pflicht; die vormerkende AV sieht die Begründung.'}
      />
      <div className="actions">
        <ConfirmButton
          label="Ablehnen"
          title="Vormerkung ablehnen?"
          confirmLabel="Ablehnung bestätigen"
          pending={action.pending}
          // nobody confirms what the service would refuse: reason, and for "Sonstiges" the text, come first
          beforeOpen={() =>
            action.check(
              checks(
                required('reason', reason, 'Bitte wählen Sie einen Ablehnungsgrund.'),
                reason === 'OTHER' && required('note', note, 'Bei „Sonstiges“ begründen Sie die Ablehnung bitte.'),
              ),
            )
          }
          onConfirm={async () => {
            if (await action.run()) onDone('Die Vormerkung ist abgelehnt. Die vormerkende AV wird informiert.');
          }}
        >
          <p>
            Die Vormerkung von {view.customer.firstName} {view.customer.lastName} wird mit dem Grund „
            {DECLINE_REASON[reason]}“ abgelehnt. Die Entscheidung wird mit der geltenden Richtlinienversion
            protokolliert.
          </p>
        </ConfirmButton>
      </div>
    </section>
  );
}
