import { constraints } from '../../../../api/generated/constraints';
import { fromSchema } from '../../../../ui/checks';
import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { Badge, Empty, Success } from '../../../../ui/feedback';
import { date, dateTime, today } from '../../../../ui/format';
import { label, CONTACT_FORMAT, options } from '../../../../domain/labels';
import { countingHint, VISIBILITY_HINT, VISIBILITY_LABEL, type ContactView } from './types';
import { scrollRegion } from '../../../../ui/table';

export function ContactForm({
  caseId,
  admittedOn,
  countedFormats,
  protectedAllowed,
}: {
  caseId: string;
  admittedOn?: string;
  countedFormats?: string[];
  protectedAllowed: boolean;
}) {
  const [format, setFormat] = useState('');
  const [occurredOn, setOccurredOn] = useState(today());
  const [nextAppointmentOn, setNextAppointmentOn] = useState('');
  const [qualifiedNote, setQualifiedNote] = useState(false);
  const [noteText, setNoteText] = useState('');
  const [visibility, setVisibility] = useState('GENERAL');
  const [recorded, setRecorded] = useMessage<ContactView>();
  const record = useAction(() =>
    api<ContactView>('planning', `/api/cases/${caseId}/contacts`, {
      method: 'POST',
      body: {
        format: format || null,
        occurredOn: occurredOn || null,
        qualifiedNote,
        nextAppointmentOn: nextAppointmentOn || null,
        note: noteText.trim() || qualifiedNote ? { visibility, text: noteText } : null,
      },
    }),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRecorded(undefined);
    // the service's own rules for this request, before it is sent (the summary names every missing field at once)
    if (!record.check(fromSchema(constraints.planning['POST /api/cases/{caseId}/contacts'], { format, occurredOn })))
      return;
    const result = await record.run();
    if (result) {
      setRecorded(result);
      setFormat('');
      setNextAppointmentOn('');
      setQualifiedNote(false);
      setNoteText('');
    }
  }

  const visibilities = Object.entries(VISIBILITY_LABEL)
    .filter(([v]) => v !== 'FM_INDIVIDUAL' || protectedAllowed)
    .map(([value, l]) => ({ value, label: l }));
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={record.error} />
      <div className="row row--top">
        <SelectField
          label="Kontaktart"
          name="format"
          errors={record.fieldErrors}
          required
          placeholder="– bitte wählen –"
          options={options(CONTACT_FORMAT)}
          value={format}
          hint={
            countingHint(format, countedFormats, qualifiedNote) ||
            'Ob der Kontakt für die Kontaktdichte zählt, folgt Ihrer Richtlinie.'
          }
          onChange={(e) => setFormat(e.target.value)}
        />
        <TextField
          label="Datum"
          type="date"
          name="occurredOn"
          errors={record.fieldErrors}
          required
          value={occurredOn}
          min={admittedOn}
          max={today()}
          hint={`zwischen Aufnahme${admittedOn ? ` (${date(admittedOn)})` : ''} und heute`}
          onChange={(e) => setOccurredOn(e.target.value)}
        />
        <TextField
          label="Nächster Termin"
          type="date"
          name="nextAppointmentOn"
          errors={record.fieldErrors}
          value={nextAppointmentOn}
          onChange={(e) => setNextAppointmentOn(e.target.value)}
        />
      </div>
      <CheckboxField
        label="Qualifizierter Beratungsvermerk wird geschrieben (dann ist der Vermerk Pflicht)"
        name="qualifiedNote"
        errors={record.fieldErrors}
        checked={qualifiedNote}
        onChange={setQualifiedNote}
      />
      <div className="row row--top">
        <TextArea
          label="Vermerk zum Kontakt"
          name="note.text"
          errors={record.fieldErrors}
          value={noteText}
          required={qualifiedNote}
          hint="Der Text bleibt im Fallmanagement; andere Dienste erfahren nur Art, Datum und ob der Kontakt zählt."
          onChange={(e) => setNoteText(e.target.value)}
        />
        <SelectField
          label="Sichtbarkeit des Vermerks"
          name="note.visibility"
          errors={record.fieldErrors}
          options={visibilities}
          value={visibility}
          hint={VISIBILITY_HINT[visibility]}
          onChange={(e) => setVisibility(e.target.value)}
        />
      </div>
      {recorded && (
        <Success>
          Kontakt vom {date(recorded.occurredOn)} erfasst –{' '}
          {recorded.countsForDensity ? 'er zählt für die Kontaktdichte.' : 'er zählt nicht für die Kontaktdichte.'}
        </Success>
      )}
      <div className="actions">
        <SubmitButton pending={record.pending}>Kontakt erfassen</SubmitButton>
      </div>
    </form>
  );
}

export function ContactList({ contacts }: { contacts: ContactView[] }) {
  if (contacts.length === 0) return <Empty>Noch keine Kontakte erfasst.</Empty>;
  const sorted = [...contacts].sort(
    (a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <div className="table-wrap" {...scrollRegion('Kontakte des Falls, neueste zuerst')}>
      <table className="table" data-testid="contacts">
        <caption className="visually-hidden">Kontakte des Falls, neueste zuerst</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Kontaktart</th>
            <th scope="col">Kontaktdichte</th>
            <th scope="col">Qualifizierter Vermerk</th>
            <th scope="col">Nächster Termin</th>
            <th scope="col">Erfasst</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((c) => (
            <tr key={c.id}>
              <th scope="row">{date(c.occurredOn)}</th>
              <td>{label(CONTACT_FORMAT, c.format)}</td>
              <td>
                {c.afterCare ? (
                  <Badge tone="info">Nachbetreuung</Badge>
                ) : c.countsForDensity ? (
                  <Badge tone="ok">zählt</Badge>
                ) : (
                  <Badge tone="neutral">zählt nicht</Badge>
                )}
              </td>
              <td>{c.qualifiedNote ? 'ja' : 'nein'}</td>
              <td>{date(c.nextAppointmentOn)}</td>
              <td>
                {dateTime(c.recordedAt)} · {c.recordedBy}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
