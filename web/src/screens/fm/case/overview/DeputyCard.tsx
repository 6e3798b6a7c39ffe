import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useResource } from '../../../../api/hooks';
import { Badge } from '../../../../ui/feedback';
import { CheckboxField, FormErrors, SubmitButton, TextField } from '../../../../ui/forms';
import { addDays, date, today } from '../../../../ui/format';
import type { FullCase } from './types';
import { loadPolicy } from '../../../../domain/policy';

/** Absence deputy (TAH 4.9: where the policy says so, acting on FM content needs the customer's agreement). */
export function DeputyCard({ view, onDone }: { view: FullCase; onDone: (message: string) => void }) {
  const d = view.deputy;
  const running = !!d && d.until >= today();
  const [deputyId, setDeputyId] = useState('');
  const [from, setFrom] = useState(today());
  const [until, setUntil] = useState(addDays(today(), 14));
  const [customerAgreed, setAgreed] = useState(false);
  const policy = useResource(['intake', 'policy'], (signal) => loadPolicy(signal));
  const assign = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/deputy`, {
      method: 'PUT',
      body: { deputyId, from: from || null, until: until || null, customerAgreed },
    }),
  );
  const end = useAction(() => api<FullCase>('intake', `/api/cases/${view.caseId}/deputy`, { method: 'DELETE' }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await assign.run()) {
      setDeputyId('');
      onDone(`Vertretung durch ${deputyId} bis ${date(until)} eingetragen.`);
    }
  }

  return (
    <section className="card" aria-labelledby="deputy-heading">
      <h2 id="deputy-heading">Vertretung</h2>
      {d ? (
        <p>
          {d.deputyId}, {date(d.from)} bis {date(d.until)}{' '}
          {running ? <Badge tone="info">läuft</Badge> : <Badge>beendet</Badge>}{' '}
          {d.customerAgreed ? (
            <Badge tone="ok">Kundin / Kunde einverstanden</Badge>
          ) : (
            <Badge tone="warn">ohne Einverständnis der Kundin / des Kunden</Badge>
          )}
        </p>
      ) : (
        <p className="muted">Keine Vertretung eingetragen.</p>
      )}
      {running && (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={end.pending}
            onClick={async () => {
              if (await end.run()) onDone('Die Vertretung endet heute.');
            }}
          >
            {end.pending ? 'Bitte warten …' : 'Vertretung heute beenden'}
          </button>
          <FormErrors error={end.error} />
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <FormErrors error={assign.error} />
        <h3>{running ? 'Vertretung ändern' : 'Vertretung eintragen'}</h3>
        <div className="row">
          <TextField
            label="Vertretende Fachkraft (Kennung)"
            name="deputyId"
            value={deputyId}
            maxLength={150}
            onChange={(e) => setDeputyId(e.target.value)}
            errors={assign.fieldErrors}
            required
          />
          <TextField
            label="Vertretung von"
            name="from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            errors={assign.fieldErrors}
          />
          <TextField
            label="Vertretung bis"
            name="until"
            type="date"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
            errors={assign.fieldErrors}
            required
          />
        </div>
        <CheckboxField
          label="Kundin / Kunde ist einverstanden, dass die Vertretung FM-Inhalte bearbeitet"
          name="customerAgreed"
          checked={customerAgreed}
          onChange={setAgreed}
          errors={assign.fieldErrors}
        />
        {policy.data?.settings.deputyNeedsCustomerAgreement && (
          <p className="hint">
            Nach der Richtlinie darf die Vertretung FM-Inhalte nur mit diesem Einverständnis bearbeiten.
          </p>
        )}
        <SubmitButton pending={assign.pending}>Vertretung speichern</SubmitButton>
      </form>
    </section>
  );
}
