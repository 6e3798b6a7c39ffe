import { useId, useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SubmitButton, TextField } from '../../../../ui/forms';
import { Badge, Empty, Success } from '../../../../ui/feedback';
import { date, today } from '../../../../ui/format';
import { partnerName, type Partner } from '../plan/lookups';
import { label, options } from '../../../../domain/labels';
import { collectErrors } from '../plan/types';
import { CONFERENCE_DECISION_LABEL, type ConferenceView } from './types';

/** Checkboxes for a list of ids; the errors of `name` and `name[i]` below the group. */
function CheckGroup({
  legend,
  name,
  items,
  selected,
  onChange,
  errors,
  hint,
}: {
  legend: string;
  name: string;
  items: { value: string; label: string }[];
  selected: string[];
  onChange: (values: string[]) => void;
  errors: Record<string, string[]>;
  hint?: string;
}) {
  const id = useId();
  const messages = collectErrors(errors, name);
  return (
    <fieldset data-field={name} aria-describedby={messages.length > 0 ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {items.length === 0 && <p className="empty">Keine Auswahl möglich.</p>}
      {items.map((item) => (
        <div key={item.value} className="field field--checkbox">
          <input
            type="checkbox"
            id={`${id}-${item.value}`}
            checked={selected.includes(item.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...selected, item.value] : selected.filter((v) => v !== item.value))
            }
          />
          <label htmlFor={`${id}-${item.value}`}>{item.label}</label>
        </div>
      ))}
      {messages.length > 0 && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {messages.join(' · ')}
        </p>
      )}
    </fieldset>
  );
}

function Outcome({
  caseId,
  conference,
  partners,
}: {
  caseId: string;
  conference: ConferenceView;
  partners?: Partner[];
}) {
  const [heldOn, setHeldOn] = useState(today());
  const [attended, setAttended] = useState<string[]>([]);
  const [decisions, setDecisions] = useState<string[]>([]);
  const held = useAction(() =>
    api<ConferenceView>('network', `/api/cases/${caseId}/case-conferences/${conference.id}/outcome`, {
      method: 'POST',
      body: { heldOn: heldOn || null, attendedPartnerIds: attended, decisions },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    await held.run();
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <FormErrors error={held.error} />
      <TextField
        label="Stattgefunden am"
        type="date"
        name="heldOn"
        errors={held.fieldErrors}
        value={heldOn}
        max={today()}
        onChange={(e) => setHeldOn(e.target.value)}
      />
      {(conference.partnerIds ?? []).length > 0 && (
        <CheckGroup
          legend="Teilgenommen haben"
          name="attendedPartnerIds"
          selected={attended}
          onChange={setAttended}
          errors={held.fieldErrors}
          items={(conference.partnerIds ?? []).map((p) => ({ value: p, label: partnerName(partners, p) }))}
        />
      )}
      <CheckGroup
        legend="Entscheidungen"
        name="decisions"
        selected={decisions}
        onChange={setDecisions}
        errors={held.fieldErrors}
        items={options(CONFERENCE_DECISION_LABEL)}
        hint="Nur codierte Entscheidungen – Beratungsinhalte werden nicht festgehalten."
      />
      <SubmitButton pending={held.pending}>Ergebnis speichern</SubmitButton>
    </form>
  );
}

export function ConferenceList({
  caseId,
  conferences,
  partners,
  closed,
}: {
  caseId: string;
  conferences: ConferenceView[];
  partners?: Partner[];
  closed: boolean;
}) {
  if (conferences.length === 0) return <Empty>Keine Fallkonferenzen.</Empty>;
  return (
    <ul className="note-list">
      {[...conferences]
        .sort((a, b) => b.scheduledOn.localeCompare(a.scheduledOn))
        .map((c) => (
          <li key={c.id} className="plan-row">
            <p>
              <strong>Fallkonferenz am {date(c.scheduledOn)}</strong>{' '}
              {c.heldOn ? (
                <Badge tone="ok">stattgefunden am {date(c.heldOn)}</Badge>
              ) : (
                <Badge tone="info">geplant</Badge>
              )}
            </p>
            <p className="muted">
              Fachkräfte: {(c.staff ?? []).join(', ') || '–'} · Partner:{' '}
              {(c.partnerIds ?? []).map((p) => partnerName(partners, p)).join(', ') || '–'} · Kundin / Kunde{' '}
              {c.customerInvited ? 'eingeladen' : 'nicht eingeladen'}
            </p>
            {c.heldOn && (
              <p>
                Teilgenommen:{' '}
                {(c.attendedPartnerIds ?? []).map((p) => partnerName(partners, p)).join(', ') || 'keine Partner'} ·
                Entscheidungen: {(c.decisions ?? []).map((d) => label(CONFERENCE_DECISION_LABEL, d)).join(', ')}
              </p>
            )}
            {!c.heldOn && !closed && (
              <details open={c.scheduledOn <= today()}>
                <summary>Ergebnis dokumentieren</summary>
                <Outcome caseId={caseId} conference={c} partners={partners} />
              </details>
            )}
          </li>
        ))}
    </ul>
  );
}

export function ConferenceForm({
  caseId,
  partners,
  subject,
}: {
  caseId: string;
  partners: Partner[];
  subject: string;
}) {
  const [scheduledOn, setScheduledOn] = useState('');
  const [staff, setStaff] = useState(subject);
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [customerInvited, setCustomerInvited] = useState(true);
  const [done, setDone] = useMessage<boolean>();
  const schedule = useAction(() =>
    api<ConferenceView>('network', `/api/cases/${caseId}/case-conferences`, {
      method: 'POST',
      body: {
        scheduledOn: scheduledOn || null,
        staff: staff
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        partnerIds,
        customerInvited,
      },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (await schedule.run()) {
      setDone(true);
      setScheduledOn('');
      setPartnerIds([]);
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={schedule.error} />
      <div className="row row--top">
        <TextField
          label="Termin der Fallkonferenz"
          type="date"
          name="scheduledOn"
          errors={schedule.fieldErrors}
          required
          min={today()}
          value={scheduledOn}
          onChange={(e) => setScheduledOn(e.target.value)}
        />
        <TextField
          label="Teilnehmende Fachkräfte"
          name="staff"
          errors={schedule.fieldErrors}
          value={staff}
          hint="Kennungen, durch Komma getrennt"
          onChange={(e) => setStaff(e.target.value)}
        />
      </div>
      <CheckGroup
        legend="Eingeladene Partner"
        name="partnerIds"
        selected={partnerIds}
        onChange={setPartnerIds}
        errors={schedule.fieldErrors}
        items={partners.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
        hint="Ein Partner nimmt nur teil, wenn eine Einwilligung für genau diesen Partner am Tag der Konferenz gilt."
      />
      <CheckboxField
        label="Kundin / Kunde eingeladen"
        name="customerInvited"
        checked={customerInvited}
        onChange={setCustomerInvited}
      />
      {done && <Success>Die Fallkonferenz ist geplant.</Success>}
      <div className="actions">
        <SubmitButton pending={schedule.pending}>Fallkonferenz planen</SubmitButton>
      </div>
    </form>
  );
}
