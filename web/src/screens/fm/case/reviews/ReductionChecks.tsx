import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { Empty, Success } from '../../../../ui/feedback';
import { date, dateTime, today } from '../../../../ui/format';
import { label, options } from '../../../../domain/labels';
import { BREACH_LABEL, REDUCTION_OUTCOME_LABEL, type ReductionCheckView } from './types';

const FIELDS = ['breach', 'breachOn', 'instructionGivenOn', 'importantReason', 'exceptionalHardship', 'willingnessDeclaredOn', 'outcome', 'justification'];

export function ReductionCheckList({ checks }: { checks: ReductionCheckView[] }) {
  if (checks.length === 0) return <Empty>Keine Prüfung dokumentiert.</Empty>;
  return (
    <ul className="note-list">
      {[...checks].sort((a, b) => b.checkedAt.localeCompare(a.checkedAt)).map((c) => (
        <li key={c.id} className="plan-row">
          <p><strong>{date(c.breachOn)}: {label(BREACH_LABEL, c.breach)}</strong></p>
          <p className="muted">
            Ergebnis: {label(REDUCTION_OUTCOME_LABEL, c.outcome)} · Rechtsfolgenbelehrung: {date(c.instructionGivenOn)} ·
            wichtiger Grund: {c.importantReason ? 'ja' : 'nein'} · außergewöhnliche Härte: {c.exceptionalHardship ? 'ja' : 'nein'} ·
            spätere Bereitschaft: {date(c.willingnessDeclaredOn)} · {c.checkedBy}, {dateTime(c.checkedAt)}
          </p>
          <p className="note-text">{c.justification}</p>
        </li>
      ))}
    </ul>
  );
}

/** Documents a check under §§ 31–32 SGB II; the decision itself belongs to the benefits department. */
export function ReductionCheckForm({ caseId, onRecorded }: { caseId: string; onRecorded: () => void }) {
  const [breach, setBreach] = useState('');
  const [breachOn, setBreachOn] = useState('');
  const [instructionGivenOn, setInstructionGivenOn] = useState('');
  const [importantReason, setImportantReason] = useState(false);
  const [exceptionalHardship, setExceptionalHardship] = useState(false);
  const [willingnessDeclaredOn, setWillingnessDeclaredOn] = useState('');
  const [outcome, setOutcome] = useState('NO_REDUCTION');
  const [justification, setJustification] = useState('');
  const [done, setDone] = useState(false);
  const record = useAction(() => api<ReductionCheckView>('planning', `/api/cases/${caseId}/reduction-checks`, {
    method: 'POST',
    body: {
      breach, breachOn: breachOn || null, instructionGivenOn: instructionGivenOn || null, importantReason, exceptionalHardship,
      willingnessDeclaredOn: willingnessDeclaredOn || null, outcome, justification,
    },
  }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (await record.run()) {
      setDone(true);
      setBreach(''); setBreachOn(''); setJustification('');
      onRecorded();
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <p className="alert alert--info">
        Eine abgelehnte, beschränkte oder widerrufene Schweigepflichtentbindung ist nie ein Grund für eine Leistungsminderung.
      </p>
      <div className="row row--top">
        <SelectField label="Art der Pflichtverletzung" name="breach" errors={record.fieldErrors} required options={options(BREACH_LABEL)}
          placeholder="– bitte wählen –" value={breach} onChange={(e) => setBreach(e.target.value)} />
        <TextField label="Pflichtverletzung am" type="date" name="breachOn" errors={record.fieldErrors} required max={today()} value={breachOn}
          onChange={(e) => setBreachOn(e.target.value)} />
      </div>
      <div className="row row--top">
        <TextField label="Rechtsfolgenbelehrung erteilt am" type="date" name="instructionGivenOn" errors={record.fieldErrors} value={instructionGivenOn}
          hint="für eine vorgeschlagene Minderung vor der Pflichtverletzung" onChange={(e) => setInstructionGivenOn(e.target.value)} />
        <TextField label="Spätere Bereitschaft erklärt am" type="date" name="willingnessDeclaredOn" errors={record.fieldErrors}
          value={willingnessDeclaredOn} onChange={(e) => setWillingnessDeclaredOn(e.target.value)} />
      </div>
      <CheckboxField label="Wichtiger Grund liegt vor (dann keine Minderung)" name="importantReason" errors={record.fieldErrors}
        checked={importantReason} onChange={setImportantReason} />
      <CheckboxField label="Außergewöhnliche Härte liegt vor (dann keine Minderung)" name="exceptionalHardship" errors={record.fieldErrors}
        checked={exceptionalHardship} onChange={setExceptionalHardship} />
      <SelectField label="Ergebnis der Prüfung" name="outcome" errors={record.fieldErrors} options={options(REDUCTION_OUTCOME_LABEL)}
        value={outcome} onChange={(e) => setOutcome(e.target.value)} />
      <TextArea label="Begründung der Prüfung" name="justification" errors={record.fieldErrors} required rows={3} value={justification}
        onChange={(e) => setJustification(e.target.value)} />
      <FormErrors error={record.error} shownFields={FIELDS} />
      {done && <Success>Die Prüfung ist dokumentiert. Über eine Minderung entscheidet die Leistungsstelle.</Success>}
      <div className="actions"><SubmitButton pending={record.pending}>Prüfung dokumentieren</SubmitButton></div>
    </form>
  );
}
