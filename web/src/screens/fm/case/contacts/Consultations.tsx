import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../api/client';
import { useAction, useMessage, useResource } from '../../../../api/hooks';
import { FormErrors, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { Empty, Loaded, Success } from '../../../../ui/feedback';
import { date, today } from '../../../../ui/format';
import { collectErrors } from '../plan/types';
import { parseParticipants, type ConsultationView, type MyConsultationView } from './consultations';

const NO_CUSTOMER =
  'Bitte ohne Namen, Kundennummer oder Anschrift der Kundin / des Kunden: wer den Fall nicht ' +
  'bearbeitet, liest den Text nur unter einem Pseudonym.';

function ConsultationText({ question, outcome }: { question: string; outcome: string }) {
  return (
    <>
      <p>
        <strong>Fragestellung:</strong>
      </p>
      <p className="note-text">{question}</p>
      <p>
        <strong>Ergebnis:</strong>
      </p>
      <p className="note-text">{outcome}</p>
    </>
  );
}

/**
 * Kollegiale Fallberatung (docs/domain.md §17): the case's consultations and the form to record one. For the
 * case workers only — the service refuses the list to other colleagues.
 */
export function Consultations({
  caseId,
  admittedOn,
  closed,
}: {
  caseId: string;
  admittedOn?: string | null;
  closed: boolean;
}) {
  const list = useResource(['planning', 'cases', caseId, 'consultations'], (signal) =>
    api<ConsultationView[]>('planning', `/api/cases/${caseId}/consultations`, { signal }),
  );
  return (
    <section aria-labelledby="consultations-heading" className="card">
      <h2 id="consultations-heading">Kollegiale Fallberatung</h2>
      <p className="muted">
        Sie stellen den Fall Kolleginnen und Kollegen Ihres Teams vor; die Teamleitung kann teilnehmen.
      </p>
      <Loaded resource={list} label="Fallberatungen werden geladen …">
        {(items) =>
          items.length === 0 ? (
            <Empty>Noch keine Fallberatung dokumentiert.</Empty>
          ) : (
            <ul className="note-list">
              {items.map((c) => (
                <li key={c.id} className="plan-row">
                  <p>
                    <strong>{date(c.heldOn)}</strong> · vorgestellt von {c.presentedBy} · mit{' '}
                    {c.participants.join(', ')}
                  </p>
                  <ConsultationText question={c.question} outcome={c.outcome} />
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      {!closed && (
        <details>
          <summary>Fallberatung dokumentieren</summary>
          <ConsultationForm caseId={caseId} admittedOn={admittedOn} />
        </details>
      )}
    </section>
  );
}

function ConsultationForm({ caseId, admittedOn }: { caseId: string; admittedOn?: string | null }) {
  const [heldOn, setHeldOn] = useState(today());
  const [participants, setParticipants] = useState('');
  const [question, setQuestion] = useState('');
  const [outcome, setOutcome] = useState('');
  const [done, setDone] = useMessage<boolean>();
  const record = useAction(() =>
    api<ConsultationView>('planning', `/api/cases/${caseId}/consultations`, {
      method: 'POST',
      body: { heldOn: heldOn || null, participants: parseParticipants(participants), question, outcome },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (await record.run()) {
      setDone(true);
      setParticipants('');
      setQuestion('');
      setOutcome('');
    }
  }
  const errors = record.fieldErrors;
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={record.error} />
      <TextField
        label="Tag der Fallberatung"
        type="date"
        name="heldOn"
        errors={errors}
        required
        min={admittedOn ?? undefined}
        max={today()}
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
      />
      <TextField
        label="Teilnehmende Kolleginnen und Kollegen"
        name="participants"
        required
        errors={{ participants: collectErrors(errors, 'participants') }}
        hint="Kennungen, durch Komma getrennt, z. B. „fm-jonas, tl-petra“ – Sie selbst nehmen ohnehin teil. Ein Verzeichnis der Mitarbeitenden gibt es noch nicht: Lotse prüft, ob jede Kennung zu Ihrem Team gehört."
        value={participants}
        onChange={(e) => setParticipants(e.target.value)}
      />
      <TextArea
        label="Fragestellung"
        name="question"
        errors={errors}
        required
        rows={3}
        maxLength={2000}
        hint={NO_CUSTOMER}
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
      />
      <TextArea
        label="Ergebnis bzw. Empfehlung"
        name="outcome"
        errors={errors}
        required
        rows={4}
        maxLength={4000}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
      />
      {done && <Success>Die Fallberatung ist dokumentiert.</Success>}
      <div className="actions">
        <SubmitButton pending={record.pending}>Fallberatung dokumentieren</SubmitButton>
      </div>
    </form>
  );
}

/**
 * "Meine Fallberatungen": the consultations the FM took part in — for a team lead also every one of the team's
 * cases. A case the reader may not open appears under its pseudonym only — no link, no case id.
 */
export function MyConsultations({ title = 'Meine Fallberatungen' }: { title?: string }) {
  const list = useResource(['planning', 'consultations'], (signal) =>
    api<MyConsultationView[]>('planning', '/api/consultations', { signal }),
  );
  return (
    <section aria-labelledby="my-consultations-heading" className="card">
      <h2 id="my-consultations-heading">{title}</h2>
      <Loaded resource={list} label="Fallberatungen werden geladen …">
        {(items) =>
          items.length === 0 ? (
            <Empty>Keine kollegiale Fallberatung dokumentiert, an der Sie teilgenommen haben.</Empty>
          ) : (
            <ul className="note-list">
              {items.map((c) => (
                <li key={c.id} className="plan-row">
                  <p>
                    <strong>{date(c.heldOn)}: </strong>
                    {c.caseReadable && c.caseId ? (
                      <Link to={`/faelle/${c.caseId}`}>{c.pseudonym} – zum Fall</Link>
                    ) : (
                      c.pseudonym
                    )}{' '}
                    · vorgestellt von {c.presentedBy}
                  </p>
                  <ConsultationText question={c.question} outcome={c.outcome} />
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
