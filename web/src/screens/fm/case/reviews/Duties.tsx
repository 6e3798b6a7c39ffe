import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { Empty, Success } from '../../../../ui/feedback';
import { date, today } from '../../../../ui/format';
import { label, options } from '../../../../domain/labels';
import { DUTY_LABEL, OFFER_KIND_LABEL, OFFER_RESPONSE_LABEL, type DutyDemandView, type OfferView } from './types';

/**
 * Written duty demands and offers: the only records a check of a benefit reduction can cite
 * (docs/domain.md §14). Plan steps and the Kooperationsplan carry no legal consequences.
 */
export function DutyDemandList({ demands }: { demands: DutyDemandView[] }) {
  if (demands.length === 0) return <Empty>Keine schriftliche Aufforderung dokumentiert.</Empty>;
  return (
    <ul className="note-list">
      {[...demands]
        .sort((a, b) => b.demandedOn.localeCompare(a.demandedOn))
        .map((d) => (
          <li key={d.id} className="plan-row">
            <p>
              <strong>
                {date(d.demandedOn)}: {label(DUTY_LABEL, d.duty)}
              </strong>
            </p>
            <p className="muted">
              {d.dueBy ? `zu erfüllen bis ${date(d.dueBy)} · ` : ''}
              {d.withLegalConsequenceNotice ? 'mit Rechtsfolgenbelehrung' : 'ohne Rechtsfolgenbelehrung'}
            </p>
            {d.details && <p className="note-text">{d.details}</p>}
          </li>
        ))}
    </ul>
  );
}

export function DutyDemandForm({ caseId }: { caseId: string }) {
  const [duty, setDuty] = useState('');
  const [details, setDetails] = useState('');
  const [demandedOn, setDemandedOn] = useState('');
  const [dueBy, setDueBy] = useState('');
  const [notice, setNotice] = useState(true);
  const [done, setDone] = useMessage<boolean>();
  const record = useAction(() =>
    api<DutyDemandView>('planning', `/api/cases/${caseId}/duty-demands`, {
      method: 'POST',
      body: {
        duty: duty || null,
        details: details || null,
        demandedOn: demandedOn || null,
        dueBy: dueBy || null,
        withLegalConsequenceNotice: notice,
      },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (await record.run()) {
      setDone(true);
      setDuty('');
      setDetails('');
      setDemandedOn('');
      setDueBy('');
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={record.error} />
      <SelectField
        label="Geforderte Pflicht"
        name="duty"
        errors={record.fieldErrors}
        required
        options={options(DUTY_LABEL)}
        placeholder="– bitte wählen –"
        value={duty}
        onChange={(e) => setDuty(e.target.value)}
      />
      <TextArea
        label="Was genau gefordert ist"
        name="details"
        errors={record.fieldErrors}
        rows={2}
        value={details}
        hint="z. B. „fünf Bewerbungen je Monat nachweisen“"
        onChange={(e) => setDetails(e.target.value)}
      />
      <div className="row row--top">
        <TextField
          label="Schriftlich gefordert am"
          type="date"
          name="demandedOn"
          errors={record.fieldErrors}
          required
          max={today()}
          value={demandedOn}
          onChange={(e) => setDemandedOn(e.target.value)}
        />
        <TextField
          label="Zu erfüllen bis"
          type="date"
          name="dueBy"
          errors={record.fieldErrors}
          value={dueBy}
          onChange={(e) => setDueBy(e.target.value)}
        />
      </div>
      <CheckboxField
        label="Die Aufforderung enthielt die Rechtsfolgenbelehrung"
        name="withLegalConsequenceNotice"
        errors={record.fieldErrors}
        checked={notice}
        onChange={setNotice}
      />
      {done && <Success>Die Aufforderung ist dokumentiert.</Success>}
      <div className="actions">
        <SubmitButton pending={record.pending}>Aufforderung dokumentieren</SubmitButton>
      </div>
    </form>
  );
}

export function OfferList({ caseId, offers, closed }: { caseId: string; offers: OfferView[]; closed: boolean }) {
  if (offers.length === 0) return <Empty>Kein Angebot dokumentiert.</Empty>;
  return (
    <ul className="note-list">
      {[...offers]
        .sort((a, b) => b.offeredOn.localeCompare(a.offeredOn))
        .map((o) => (
          <li key={o.id} className="plan-row">
            <p>
              <strong>
                {date(o.offeredOn)}: {label(OFFER_KIND_LABEL, o.kind)}
              </strong>
              {o.description ? ` – ${o.description}` : ''}
            </p>
            <p className="muted">
              {o.withLegalConsequenceNotice ? 'mit Rechtsfolgenbelehrung' : 'ohne Rechtsfolgenbelehrung'} ·{' '}
              {o.response
                ? `${label(OFFER_RESPONSE_LABEL, o.response)} am ${date(o.respondedOn)}`
                : 'noch keine Antwort'}
            </p>
            {!o.response && !closed && <OfferAnswerForm caseId={caseId} offer={o} />}
          </li>
        ))}
    </ul>
  );
}

function OfferAnswerForm({ caseId, offer }: { caseId: string; offer: OfferView }) {
  const [response, setResponse] = useState('');
  const [respondedOn, setRespondedOn] = useState('');
  const answer = useAction(() =>
    api<OfferView>('planning', `/api/cases/${caseId}/offers/${offer.id}/response`, {
      method: 'POST',
      body: { response: response || null, respondedOn: respondedOn || null },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    await answer.run();
  }
  return (
    <details>
      <summary>Antwort dokumentieren</summary>
      <form onSubmit={submit} noValidate>
        <FormErrors error={answer.error} />
        <div className="row row--top">
          <SelectField
            label="Antwort"
            name="response"
            errors={answer.fieldErrors}
            required
            options={options(OFFER_RESPONSE_LABEL)}
            placeholder="– bitte wählen –"
            value={response}
            onChange={(e) => setResponse(e.target.value)}
          />
          <TextField
            label="am"
            type="date"
            name="respondedOn"
            errors={answer.fieldErrors}
            required
            min={offer.offeredOn}
            max={today()}
            value={respondedOn}
            onChange={(e) => setRespondedOn(e.target.value)}
          />
        </div>
        <div className="actions">
          <SubmitButton pending={answer.pending}>Antwort speichern</SubmitButton>
        </div>
      </form>
    </details>
  );
}

export function OfferForm({ caseId }: { caseId: string }) {
  const [kind, setKind] = useState('');
  const [description, setDescription] = useState('');
  const [offeredOn, setOfferedOn] = useState('');
  const [notice, setNotice] = useState(true);
  const [done, setDone] = useState(false);
  const record = useAction(() =>
    api<OfferView>('planning', `/api/cases/${caseId}/offers`, {
      method: 'POST',
      body: {
        kind: kind || null,
        description: description || null,
        offeredOn: offeredOn || null,
        withLegalConsequenceNotice: notice,
      },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (await record.run()) {
      setDone(true);
      setKind('');
      setDescription('');
      setOfferedOn('');
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={record.error} />
      <div className="row row--top">
        <SelectField
          label="Angebot"
          name="kind"
          errors={record.fieldErrors}
          required
          options={options(OFFER_KIND_LABEL)}
          placeholder="– bitte wählen –"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        />
        <TextField
          label="Angeboten am"
          type="date"
          name="offeredOn"
          errors={record.fieldErrors}
          required
          max={today()}
          value={offeredOn}
          onChange={(e) => setOfferedOn(e.target.value)}
        />
      </div>
      <TextArea
        label="Beschreibung"
        name="description"
        errors={record.fieldErrors}
        rows={2}
        value={description}
        hint="z. B. Arbeitgeber und Stelle"
        onChange={(e) => setDescription(e.target.value)}
      />
      <CheckboxField
        label="Das Angebot enthielt die Rechtsfolgenbelehrung"
        name="withLegalConsequenceNotice"
        errors={record.fieldErrors}
        checked={notice}
        onChange={setNotice}
      />
      {done && <Success>Das Angebot ist dokumentiert.</Success>}
      <div className="actions">
        <SubmitButton pending={record.pending}>Angebot dokumentieren</SubmitButton>
      </div>
    </form>
  );
}
