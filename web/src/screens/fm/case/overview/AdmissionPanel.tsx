import { useState, type FormEvent } from 'react';
import { api, type ApiError } from '../../../../api/client';
import { useAction, useResource } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { today } from '../../../../ui/format';
import type { FullCase } from './types';
import { SUPPORT_VARIANT, options } from '../../../../domain/labels';
import { loadPolicy } from '../../../../domain/policy';

const VARIANTS = options(SUPPORT_VARIANT);

/** Whether the service refused with this rule code (a violation's rule, or the problem type). */
function hasRule(error: ApiError | undefined, rule: string): boolean {
  if (!error) return false;
  return (error.problem.violations ?? []).some((v) => v.rule === rule) || error.problem.type === rule;
}

/** Fallzugang: the FM admits the referral (PANKOW 4.3: the customer's willingness is indispensable). */
export function AdmissionPanel({ view, onDone }: { view: FullCase; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [customerWilling, setWilling] = useState(false);
  const [admittedOn, setAdmittedOn] = useState(today());
  const [jointCaseDiscussionOn, setDiscussion] = useState('');
  const [supportVariant, setVariant] = useState('FULL_HANDOVER');
  const [note, setNote] = useState('');
  const policy = useResource(['intake', 'policy'], (signal) => loadPolicy(signal));
  const discussionRequired = policy.data?.settings.jointCaseDiscussionRequired ?? false;
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/admission`, {
      method: 'POST',
      body: {
        customerWilling,
        admittedOn: admittedOn || null,
        jointCaseDiscussionOn: jointCaseDiscussionOn || null,
        supportVariant,
        note: note || null,
      },
    }),
  );
  const caseloadExceeded = hasRule(action.error, 'CASELOAD_RATIO_EXCEEDED');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const admitted = await action.run();
    if (admitted) {
      setOpen(false);
      onDone(
        admitted.supportRole === 'SECONDARY'
          ? 'Der Fall ist aufgenommen. Das Fallmanagement betreut ihn als Nebenbetreuung bis zur Einstiegsberatung.'
          : 'Der Fall ist aufgenommen. Das Fallmanagement übernimmt die Hauptbetreuung.',
      );
    }
  }

  return (
    <section className="card" aria-labelledby="admit-heading">
      <h2 id="admit-heading">Aufnahme ins Fallmanagement</h2>
      <p className="hint">
        Entscheiden Sie anhand der Zugangskriterien. Ohne die Mitwirkungsbereitschaft der Kundin / des Kunden ist keine
        Aufnahme möglich.
      </p>
      {!open && (
        <button
          type="button"
          className="button button--primary fm-panel-toggle"
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          Aufnehmen
        </button>
      )}
      {open && (
        <form onSubmit={submit} noValidate>
          <FormErrors error={action.error} />
          <CheckboxField
            label="Kunde/Kundin ist zur Mitwirkung bereit"
            name="customerWilling"
            checked={customerWilling}
            onChange={setWilling}
            errors={action.fieldErrors}
          />
          <div className="row">
            <TextField
              label="Aufnahmedatum"
              name="admittedOn"
              type="date"
              value={admittedOn}
              max={today()}
              onChange={(e) => setAdmittedOn(e.target.value)}
              errors={action.fieldErrors}
            />
            <TextField
              label="Gemeinsame Fallerörterung mit der AV am"
              name="jointCaseDiscussionOn"
              type="date"
              max={today()}
              value={jointCaseDiscussionOn}
              onChange={(e) => setDiscussion(e.target.value)}
              errors={action.fieldErrors}
              required={discussionRequired}
              hint={
                discussionRequired
                  ? 'Die Richtlinie verlangt, dass die Aufnahme die gemeinsame Fallerörterung nennt.'
                  : undefined
              }
            />
            <SelectField
              label="Betreuungsvariante"
              name="supportVariant"
              value={supportVariant}
              options={VARIANTS}
              onChange={(e) => setVariant(e.target.value)}
              errors={action.fieldErrors}
            />
          </div>
          <TextArea
            label="Übernahmevermerk"
            name="note"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
            errors={action.fieldErrors}
            hint="Zugangsgründe und Ergebnis der gemeinsamen Fallerörterung festhalten."
          />
          {caseloadExceeded && (
            <div className="alert alert--warn" role="alert">
              <strong>Betreuungsschlüssel erreicht – Freigabe der Teamleitung nötig</strong>
              <p>{action.fieldErrors.caseManagerId?.join(' ')}</p>
              <p>
                Bitten Sie die Teamleitung, die Zuordnung dieses Falls über den Betreuungsschlüssel hinaus freizugeben.
                Danach können Sie die Aufnahme erneut bestätigen.
              </p>
            </div>
          )}
          <div className="actions">
            <SubmitButton pending={action.pending}>Aufnahme bestätigen</SubmitButton>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                action.reset();
              }}
            >
              Abbrechen
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
