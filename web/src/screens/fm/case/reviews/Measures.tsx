import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage } from '../../../../api/hooks';
import { FormErrors, SelectField, SubmitButton, TextField } from '../../../../ui/forms';
import { Badge, ConfirmButton, Empty, Success } from '../../../../ui/feedback';
import { addDays, date, today } from '../../../../ui/format';
import { partnerName, type Partner } from '../plan/lookups';
import { label, options } from '../../../../domain/labels';
import { INSTRUMENT_LABEL, OUTCOME_LABEL, type MeasureView } from './types';

/** UCKERMARK 6.8: a case conference before a measure ends carries its findings into the plan. */
const CONFERENCE_LEAD_DAYS = 28;

export interface ConferenceDates {
  scheduledOn: string;
  heldOn?: string | null;
}

function ConferenceReminder({ measure, conferences }: { measure: MeasureView; conferences: ConferenceDates[] }) {
  if (measure.endedOn || !measure.plannedEndOn) return null;
  const from = addDays(measure.plannedEndOn, -CONFERENCE_LEAD_DAYS);
  if (today() < from)
    return <p className="hint">Fallkonferenz empfohlen ab {date(from)} (vier Wochen vor dem geplanten Ende).</p>;
  const conference = conferences.find(
    (c) => (c.heldOn ?? c.scheduledOn) >= from && (c.heldOn ?? c.scheduledOn) <= measure.plannedEndOn!,
  );
  if (conference) {
    return (
      <p>
        <Badge tone="ok">
          Fallkonferenz{' '}
          {conference.heldOn ? `gehalten am ${date(conference.heldOn)}` : `geplant am ${date(conference.scheduledOn)}`}
        </Badge>
      </p>
    );
  }
  return (
    <p className="alert alert--warn">
      Die Maßnahme endet am {date(measure.plannedEndOn)}. Planen Sie vorher eine Fallkonferenz (Bereich „Netzwerk &
      Einwilligungen“), um die Ergebnisse in den Plan zu übernehmen.
    </p>
  );
}

function EndMeasure({ caseId, measure }: { caseId: string; measure: MeasureView }) {
  const [endedOn, setEndedOn] = useState(today());
  const [outcome, setOutcome] = useState('');
  const end = useAction(() =>
    api<MeasureView>('planning', `/api/cases/${caseId}/measures/${measure.id}/end`, {
      method: 'POST',
      body: { endedOn: endedOn || null, outcome: outcome || null },
    }),
  );
  const name = measure.title || label(INSTRUMENT_LABEL, measure.instrument);
  return (
    <div className="inline-form">
      <FormErrors error={end.error} />
      <div className="row row--top">
        <TextField
          label={`Ende am (${name})`}
          type="date"
          name="endedOn"
          errors={end.fieldErrors}
          value={endedOn}
          max={today()}
          onChange={(e) => setEndedOn(e.target.value)}
        />
        <SelectField
          label={`Ergebnis (${name})`}
          name="outcome"
          errors={end.fieldErrors}
          options={options(OUTCOME_LABEL)}
          placeholder="– Ergebnis wählen –"
          value={outcome}
          onChange={(e) => setOutcome(e.target.value)}
        />
      </div>
      <ConfirmButton
        label="Maßnahme beenden"
        title="Maßnahme beenden?"
        confirmLabel="Ende bestätigen"
        pending={end.pending}
        danger={false}
        onConfirm={async () => {
          await end.run();
        }}
      >
        <p>
          „{name}“ endet am {date(endedOn)} mit dem Ergebnis „{label(OUTCOME_LABEL, outcome)}“. Das lässt sich nicht
          rückgängig machen.
        </p>
      </ConfirmButton>
    </div>
  );
}

export function MeasureList({
  caseId,
  measures,
  partners,
  conferences,
  closed,
}: {
  caseId: string;
  measures: MeasureView[];
  partners?: Partner[];
  conferences: ConferenceDates[];
  closed: boolean;
}) {
  if (measures.length === 0) return <Empty>Keine Maßnahmen.</Empty>;
  const sorted = [...measures].sort(
    (a, b) => Number(!!a.endedOn) - Number(!!b.endedOn) || b.startedOn.localeCompare(a.startedOn),
  );
  return (
    <ul className="note-list" data-testid="measures">
      {sorted.map((m) => (
        <li key={m.id} className="plan-row">
          <p>
            <strong>{m.title || label(INSTRUMENT_LABEL, m.instrument)}</strong>{' '}
            {m.endedOn ? (
              <Badge tone={m.successful ? 'ok' : 'neutral'}>beendet: {label(OUTCOME_LABEL, m.outcome)}</Badge>
            ) : (
              <Badge tone="info">läuft</Badge>
            )}
          </p>
          <p className="muted">
            {label(INSTRUMENT_LABEL, m.instrument)} · Träger: {partnerName(partners, m.partnerId)} · Beginn{' '}
            {date(m.startedOn)} · geplantes Ende {date(m.plannedEndOn)}
            {m.endedOn ? ` · beendet am ${date(m.endedOn)}` : ''}
          </p>
          <ConferenceReminder measure={m} conferences={conferences} />
          {!m.endedOn && !closed && <EndMeasure caseId={caseId} measure={m} />}
        </li>
      ))}
    </ul>
  );
}

export function MeasureForm({ caseId, partners }: { caseId: string; partners: Partner[] }) {
  const [instrument, setInstrument] = useState('');
  const [title, setTitle] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [startedOn, setStartedOn] = useState(today());
  const [plannedEndOn, setPlannedEndOn] = useState('');
  const [started, setStarted] = useMessage<MeasureView>();
  const start = useAction(() =>
    api<MeasureView>('planning', `/api/cases/${caseId}/measures`, {
      method: 'POST',
      body: {
        instrument: instrument || null,
        title: title || null,
        partnerId: partnerId || null,
        startedOn: startedOn || null,
        plannedEndOn: plannedEndOn || null,
      },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setStarted(undefined);
    const m = await start.run();
    if (m) {
      setStarted(m);
      setInstrument('');
      setTitle('');
      setPartnerId('');
      setPlannedEndOn('');
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={start.error} />
      <div className="row row--top">
        <SelectField
          label="Instrument"
          name="instrument"
          errors={start.fieldErrors}
          required
          options={options(INSTRUMENT_LABEL)}
          placeholder="– Instrument wählen –"
          value={instrument}
          onChange={(e) => setInstrument(e.target.value)}
        />
        <TextField
          label="Bezeichnung"
          name="title"
          errors={start.fieldErrors}
          value={title}
          hint="z. B. Kurstitel des Trägers"
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField
          label="Träger"
          name="partnerId"
          errors={start.fieldErrors}
          placeholder="– kein registrierter Partner –"
          options={partners.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
          value={partnerId}
          onChange={(e) => setPartnerId(e.target.value)}
        />
      </div>
      <div className="row row--top">
        <TextField
          label="Beginn"
          type="date"
          name="startedOn"
          errors={start.fieldErrors}
          required
          value={startedOn}
          onChange={(e) => setStartedOn(e.target.value)}
        />
        <TextField
          label="Geplantes Ende"
          type="date"
          name="plannedEndOn"
          errors={start.fieldErrors}
          value={plannedEndOn}
          hint="Vier Wochen vorher erinnert Lotse an eine Fallkonferenz."
          onChange={(e) => setPlannedEndOn(e.target.value)}
        />
      </div>
      {started && (
        <Success>Maßnahme „{started.title || label(INSTRUMENT_LABEL, started.instrument)}“ begonnen.</Success>
      )}
      <div className="actions">
        <SubmitButton pending={start.pending}>Maßnahme beginnen</SubmitButton>
      </div>
    </form>
  );
}
