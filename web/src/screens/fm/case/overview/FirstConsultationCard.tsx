import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { Badge } from '../../../../ui/feedback';
import { FormErrors, SubmitButton, TextField } from '../../../../ui/forms';
import { date, today } from '../../../../ui/format';
import type { FullCase } from './types';

function DueDate({ day, done }: { day?: string; done: boolean }) {
  if (!day) return <>keine Frist</>;
  return (
    <>
      {date(day)} {!done && day < today() && <Badge tone="danger">überfällig</Badge>}
    </>
  );
}

/** Einstiegsberatung: appointment, then "held" switches to primary support and starts the clarification phase. */
export function FirstConsultationCard({ view, onDone }: { view: FullCase; onDone: (message: string) => void }) {
  const f = view.firstConsultation ?? {};
  const pending = view.status === 'ADMITTED';
  const [scheduledOn, setScheduled] = useState(f.scheduledOn ?? '');
  const [heldOn, setHeld] = useState(today());
  const schedule = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/first-consultation`, {
      method: 'PUT',
      body: { scheduledOn: scheduledOn || null },
    }),
  );
  const held = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/first-consultation/held`, {
      method: 'POST',
      body: { heldOn: heldOn || null },
    }),
  );

  async function submitSchedule(e: FormEvent) {
    e.preventDefault();
    if (await schedule.run()) onDone(`Termin der Einstiegsberatung am ${date(scheduledOn)} eingetragen.`);
  }
  async function submitHeld(e: FormEvent) {
    e.preventDefault();
    if (await held.run()) onDone('Die Einstiegsberatung ist dokumentiert: Das Fallmanagement übernimmt die Betreuung.');
  }

  return (
    <section className="card" aria-labelledby="first-consultation-heading">
      <h2 id="first-consultation-heading">Einstiegsberatung</h2>
      <dl className="case-facts">
        <div className="case-facts__row">
          <dt>Frist</dt>
          <dd>
            <DueDate day={f.dueOn} done={!!f.heldOn} />
          </dd>
        </div>
        {view.referral.secondaryAssignmentDueOn && (
          <div className="case-facts__row">
            <dt>Zuordnung als Nebenbetreuung bis</dt>
            <dd>{date(view.referral.secondaryAssignmentDueOn)}</dd>
          </div>
        )}
        <div className="case-facts__row">
          <dt>Termin</dt>
          <dd>{date(f.scheduledOn)}</dd>
        </div>
        <div className="case-facts__row">
          <dt>Stattgefunden am</dt>
          <dd>{f.heldOn ? date(f.heldOn) : 'noch nicht'}</dd>
        </div>
        {f.clarificationPhaseEndsOn && (
          <div className="case-facts__row">
            <dt>Klärungsphase bis</dt>
            <dd>
              <DueDate day={f.clarificationPhaseEndsOn} done={false} />
            </dd>
          </div>
        )}
      </dl>
      {pending && (
        <div className="grid">
          <form onSubmit={submitSchedule} noValidate>
            <FormErrors error={schedule.error} />
            <TextField
              label="Termin der Einstiegsberatung"
              name="scheduledOn"
              type="date"
              value={scheduledOn}
              onChange={(e) => setScheduled(e.target.value)}
              errors={schedule.fieldErrors}
              required
            />
            <SubmitButton pending={schedule.pending}>Termin speichern</SubmitButton>
          </form>
          <form onSubmit={submitHeld} noValidate>
            <FormErrors error={held.error} />
            <TextField
              label="Einstiegsberatung durchgeführt am"
              name="heldOn"
              type="date"
              value={heldOn}
              max={today()}
              onChange={(e) => setHeld(e.target.value)}
              errors={held.fieldErrors}
              hint="Danach Hauptbetreuung durch das Fallmanagement (außer bei begleitender Betreuung)."
            />
            <SubmitButton pending={held.pending}>Einstiegsberatung hat stattgefunden</SubmitButton>
          </form>
        </div>
      )}
    </section>
  );
}
