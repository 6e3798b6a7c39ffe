import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { FormErrors, SubmitButton, TextArea } from '../../../../ui/forms';
import type { FullCase } from './types';

/** The referring AV does not share the FM's decline: the team lead decides (TAH 4.1), once. */
export function EscalationPanel({ view, onDone }: { view: FullCase; onDone: (message: string) => void }) {
  const [statement, setStatement] = useState('');
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/escalation`, {
      method: 'POST',
      body: { statement },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await action.run()) onDone('Die Ablehnung liegt jetzt der Teamleitung zur Entscheidung vor.');
  }
  return (
    <section className="card" aria-labelledby="escalation-heading">
      <h2 id="escalation-heading">An Teamleitung eskalieren</h2>
      <form onSubmit={submit} noValidate>
        <FormErrors error={action.error} />
        <TextArea
          label="Begründung, warum die Ablehnung nicht geteilt wird"
          name="statement"
          value={statement}
          maxLength={2000}
          onChange={(e) => setStatement(e.target.value)}
          errors={action.fieldErrors}
          required
        />
        <SubmitButton pending={action.pending} pendingLabel="Wird vorgelegt …">
          An Teamleitung eskalieren
        </SubmitButton>
      </form>
    </section>
  );
}
