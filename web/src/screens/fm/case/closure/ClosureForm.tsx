import { useState } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { ConfirmButton } from '../../../../ui/feedback';
import { CheckboxField, FormErrors, SelectField, TextArea, TextField } from '../../../../ui/forms';
import { date, today } from '../../../../ui/format';
import { addMonths } from '../assessment/draft';
import type { PolicyView } from '../../../../domain/policy';
import type { FullCase } from '../overview/types';
import { checks, required } from '../../../../ui/checks';

/** Fallabgang with a reason from the policy's catalogue and, where the customer returns to the AV, the warm handover. */
export function ClosureForm({ view, policy, onClosed }: { view: FullCase; policy: PolicyView; onClosed: () => void }) {
  const reasons = policy.settings.closureReasons ?? [];
  const [reasonCode, setReason] = useState('');
  const [closedOn, setClosedOn] = useState(today());
  const [avId, setAvId] = useState(view.customer.responsibleAvId ?? view.referral.referredBy ?? '');
  const [handoverOn, setHandoverOn] = useState('');
  const [teamLeadInvolved, setTl] = useState(false);
  const [afterCareUntil, setAfterCare] = useState('');
  const [note, setNote] = useState('');
  const reason = reasons.find((r) => r.code === reasonCode);
  const afterCareMonths = policy.settings.afterCareMaxMonths;
  const afterCare = !!reason?.integration && !!afterCareMonths;
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/closure`, {
      method: 'POST',
      body: {
        reasonCode,
        closedOn: closedOn || null,
        handover: reason?.handoverToAv ? { avId, on: handoverOn || null, teamLeadInvolved } : null,
        afterCareUntil: afterCare && afterCareUntil ? afterCareUntil : null,
        note: note.trim() || null,
      },
    }),
  );

  const conditions: string[] = [];
  if (reason?.integration) conditions.push('Integration: zählt als Integrationserfolg.');
  if (reason?.handoverToAv)
    conditions.push('Die Kundin / der Kunde geht an die Arbeitsvermittlung zurück: warme Übergabe dokumentieren.');
  if (reason?.requiresMaxDurationReached) {
    conditions.push(
      `Nur wenn die maximale Betreuungsdauer erreicht ist (${view.admission?.maxDurationEndsOn ? `am ${date(view.admission.maxDurationEndsOn)}` : 'keine Höchstdauer'}).`,
    );
  }
  if (reason?.requiresClarificationPhaseEnded && policy.settings.clarificationPhaseMonths) {
    conditions.push(
      `Erst nach der Klärungsphase (${view.firstConsultation?.clarificationPhaseEndsOn ? `endet am ${date(view.firstConsultation.clarificationPhaseEndsOn)}` : 'noch nicht begonnen'}).`,
    );
  }

  return (
    <section className="card" aria-labelledby="closure-form-heading">
      <h2 id="closure-form-heading">Fallabgang dokumentieren</h2>
      <FormErrors error={action.error} />
      <div className="row">
        <SelectField
          label="Abgangsgrund"
          name="reasonCode"
          value={reasonCode}
          placeholder="Bitte wählen"
          required
          options={reasons.map((r) => ({ value: r.code, label: r.label }))}
          onChange={(e) => setReason(e.target.value)}
          errors={action.fieldErrors}
          hint={`Abgangsgründe nach der Richtlinie Ihres Jobcenters (Fassung ${policy.version})`}
        />
        <TextField
          label="Abgangsdatum"
          name="closedOn"
          type="date"
          value={closedOn}
          min={view.admission?.admittedOn}
          max={today()}
          onChange={(e) => setClosedOn(e.target.value)}
          errors={action.fieldErrors}
        />
      </div>
      {conditions.length > 0 && (
        <div className="alert alert--info">
          {conditions.map((c) => (
            <p key={c}>{c}</p>
          ))}
        </div>
      )}
      {reason?.handoverToAv && (
        <fieldset>
          <legend>Warme Übergabe an die Arbeitsvermittlung</legend>
          {(action.fieldErrors.handover ?? []).length > 0 && (
            <p className="field-error" role="alert">
              {action.fieldErrors.handover.join(' · ')}
            </p>
          )}
          <div className="row">
            <TextField
              label="Übernehmende Arbeitsvermittlung (Kennung)"
              name="handover.avId"
              value={avId}
              maxLength={150}
              required
              onChange={(e) => setAvId(e.target.value)}
              errors={action.fieldErrors}
            />
            <TextField
              label="Folgegespräch mit der AV am"
              name="handover.on"
              type="date"
              value={handoverOn}
              required
              onChange={(e) => setHandoverOn(e.target.value)}
              errors={action.fieldErrors}
            />
          </div>
          <CheckboxField
            label="Teamleitung beteiligt"
            name="handover.teamLeadInvolved"
            checked={teamLeadInvolved}
            onChange={setTl}
            errors={action.fieldErrors}
          />
        </fieldset>
      )}
      {afterCare && (
        <TextField
          label="Nachbetreuung bis"
          name="afterCareUntil"
          type="date"
          value={afterCareUntil}
          min={closedOn}
          max={addMonths(closedOn || today(), afterCareMonths)}
          onChange={(e) => setAfterCare(e.target.value)}
          errors={action.fieldErrors}
          hint={`optional, höchstens ${afterCareMonths} Monate nach dem Abgang`}
        />
      )}
      <TextArea
        label="Abschlussvermerk"
        name="note"
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
        errors={action.fieldErrors}
      />
      <div className="actions">
        <ConfirmButton
          label="Fall abschließen"
          title="Fall endgültig abschließen?"
          confirmLabel="Endgültig abschließen"
          pending={action.pending}
          // the dialog asks for a final decision: only about a closure the form holds complete
          beforeOpen={() =>
            action.check(
              checks(
                required('reasonCode', reasonCode, 'Bitte wählen Sie einen Abgangsgrund.'),
                required('closedOn', closedOn, 'Bitte geben Sie das Abgangsdatum an.'),
                reason?.handoverToAv &&
                  required('handover.avId', avId, 'Bitte geben Sie die übernehmende Arbeitsvermittlung an.'),
                reason?.handoverToAv &&
                  required('handover.on', handoverOn, 'Bitte geben Sie den Termin des Folgegesprächs an.'),
              ),
            )
          }
          onConfirm={async () => {
            if (await action.run()) onClosed();
          }}
        >
          <p>
            Der Fall von {view.customer.firstName} {view.customer.lastName} wird mit dem Abgangsgrund „{reason?.label}“
            zum {date(closedOn || today())} abgeschlossen. Danach sind keine weiteren Schritte im Fallmanagement
            möglich.
          </p>
        </ConfirmButton>
      </div>
    </section>
  );
}
