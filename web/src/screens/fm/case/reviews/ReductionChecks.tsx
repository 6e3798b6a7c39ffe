import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { Empty, Success } from '../../../../ui/feedback';
import { date, dateTime, today } from '../../../../ui/format';
import { label, options } from '../../../../domain/labels';
import {
  BREACH_LABEL,
  DUTY_LABEL,
  OFFER_KIND_LABEL,
  OFFER_RESPONSE_LABEL,
  REDUCTION_OUTCOME_LABEL,
  type DutyDemandView,
  type MeasureView,
  type OfferView,
  type ReductionCheckView,
} from './types';

export function ReductionCheckList({ checks }: { checks: ReductionCheckView[] }) {
  if (checks.length === 0) return <Empty>Keine Prüfung dokumentiert.</Empty>;
  return (
    <ul className="note-list">
      {[...checks]
        .sort((a, b) => b.checkedAt.localeCompare(a.checkedAt))
        .map((c) => (
          <li key={c.id} className="plan-row">
            <p>
              <strong>
                {date(c.breachOn)}: {label(BREACH_LABEL, c.breach)}
              </strong>
            </p>
            <p className="muted">
              {!c.groundKind && 'ohne zitierten Eintrag (vor Einführung der Einträge dokumentiert) · '}
              Ergebnis: {label(REDUCTION_OUTCOME_LABEL, c.outcome)} · Rechtsfolgenbelehrung:{' '}
              {date(c.instructionGivenOn)} · wichtiger Grund: {c.importantReason ? 'ja' : 'nein'} · außergewöhnliche
              Härte: {c.exceptionalHardship ? 'ja' : 'nein'} · spätere Bereitschaft: {date(c.willingnessDeclaredOn)} ·{' '}
              {c.checkedBy}, {dateTime(c.checkedAt)}
            </p>
            <p className="note-text">{c.justification}</p>
          </li>
        ))}
    </ul>
  );
}

interface Ground {
  kind: 'DUTY_DEMAND' | 'OFFER' | 'MEASURE';
  id: string;
  label: string;
}

/** The records a check can cite: written demands, refused offers, measures the customer aborted (docs/domain.md §14). */
export function citableGrounds(demands: DutyDemandView[], offers: OfferView[], measures: MeasureView[]): Ground[] {
  return [
    ...demands.map((d): Ground => ({
      kind: 'DUTY_DEMAND',
      id: d.id,
      label: `Aufforderung vom ${date(d.demandedOn)}: ${label(DUTY_LABEL, d.duty)}`,
    })),
    ...offers
      .filter((o) => o.response === 'REFUSED' || o.response === 'NOT_TAKEN_UP')
      .map((o): Ground => ({
        kind: 'OFFER',
        id: o.id,
        label: `${label(OFFER_KIND_LABEL, o.kind)} angeboten am ${date(o.offeredOn)}, ${label(OFFER_RESPONSE_LABEL, o.response)}`,
      })),
    ...measures
      .filter((m) => m.outcome === 'ABORTED_BY_CUSTOMER')
      .map((m): Ground => ({
        kind: 'MEASURE',
        id: m.id,
        label: `Maßnahme ab ${date(m.startedOn)}${m.title ? ` (${m.title})` : ''}, abgebrochen am ${date(m.endedOn)}`,
      })),
  ];
}

/** Documents a check under §§ 31–32 SGB II; the decision itself belongs to the benefits department. */
export function ReductionCheckForm({ caseId, grounds }: { caseId: string; grounds: Ground[] }) {
  const [groundKey, setGroundKey] = useState('');
  const [breachOn, setBreachOn] = useState('');
  const [instructionGivenOn, setInstructionGivenOn] = useState('');
  const [importantReason, setImportantReason] = useState(false);
  const [exceptionalHardship, setExceptionalHardship] = useState(false);
  const [willingnessDeclaredOn, setWillingnessDeclaredOn] = useState('');
  const [outcome, setOutcome] = useState('NO_REDUCTION');
  const [justification, setJustification] = useState('');
  const [done, setDone] = useMessage<boolean>();
  const ground = grounds.find((g) => `${g.kind}:${g.id}` === groundKey);
  const record = useAction(() =>
    api<ReductionCheckView>('planning', `/api/cases/${caseId}/reduction-checks`, {
      method: 'POST',
      body: {
        ground: ground ? { kind: ground.kind, id: ground.id } : null,
        breachOn: ground?.kind === 'DUTY_DEMAND' ? breachOn || null : null,
        instructionGivenOn: ground?.kind === 'MEASURE' ? instructionGivenOn || null : null,
        importantReason,
        exceptionalHardship,
        willingnessDeclaredOn: willingnessDeclaredOn || null,
        outcome,
        justification,
      },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (await record.run()) {
      setDone(true);
      setGroundKey('');
      setBreachOn('');
      setInstructionGivenOn('');
      setJustification('');
    }
  }
  if (grounds.length === 0) {
    return (
      <p className="alert alert--info">
        Eine Prüfung stützt sich immer auf einen Eintrag: eine schriftliche Aufforderung, ein abgelehntes Angebot oder
        eine von der Kundin oder dem Kunden abgebrochene Maßnahme. Dokumentieren Sie diesen zuerst.
      </p>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={record.error} />
      <p className="alert alert--info">
        Grundlage ist immer ein dokumentierter Eintrag, nie freier Text. Eine abgelehnte, beschränkte oder widerrufene
        Schweigepflichtentbindung ist nie ein Grund für eine Leistungsminderung.
      </p>
      <SelectField
        label="Pflichtverletzung laut Eintrag"
        name="ground.id"
        errors={record.fieldErrors}
        required
        options={grounds.map((g) => ({ value: `${g.kind}:${g.id}`, label: g.label }))}
        placeholder="– bitte wählen –"
        value={groundKey}
        onChange={(e) => setGroundKey(e.target.value)}
      />
      <div className="row row--top">
        {ground?.kind === 'DUTY_DEMAND' && (
          <TextField
            label="Pflichtverletzung am"
            type="date"
            name="breachOn"
            errors={record.fieldErrors}
            required
            max={today()}
            value={breachOn}
            onChange={(e) => setBreachOn(e.target.value)}
          />
        )}
        {ground?.kind === 'MEASURE' && (
          <TextField
            label="Rechtsfolgenbelehrung erteilt am"
            type="date"
            name="instructionGivenOn"
            errors={record.fieldErrors}
            value={instructionGivenOn}
            hint="für eine vorgeschlagene Minderung vor dem Abbruch"
            onChange={(e) => setInstructionGivenOn(e.target.value)}
          />
        )}
        <TextField
          label="Spätere Bereitschaft erklärt am"
          type="date"
          name="willingnessDeclaredOn"
          errors={record.fieldErrors}
          value={willingnessDeclaredOn}
          onChange={(e) => setWillingnessDeclaredOn(e.target.value)}
        />
      </div>
      <CheckboxField
        label="Wichtiger Grund liegt vor (dann keine Minderung)"
        name="importantReason"
        errors={record.fieldErrors}
        checked={importantReason}
        onChange={setImportantReason}
      />
      <CheckboxField
        label="Außergewöhnliche Härte liegt vor (dann keine Minderung)"
        name="exceptionalHardship"
        errors={record.fieldErrors}
        checked={exceptionalHardship}
        onChange={setExceptionalHardship}
      />
      <SelectField
        label="Ergebnis der Prüfung"
        name="outcome"
        errors={record.fieldErrors}
        options={options(REDUCTION_OUTCOME_LABEL)}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
      />
      <TextArea
        label="Begründung der Prüfung"
        name="justification"
        errors={record.fieldErrors}
        required
        rows={3}
        value={justification}
        onChange={(e) => setJustification(e.target.value)}
      />
      {done && <Success>Die Prüfung ist dokumentiert. Über eine Minderung entscheidet die Leistungsstelle.</Success>}
      <div className="actions">
        <SubmitButton pending={record.pending}>Prüfung dokumentieren</SubmitButton>
      </div>
    </form>
  );
}
