import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage, useResource } from '../../../../api/hooks';
import { ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { Badge, Empty, Loaded, Success } from '../../../../ui/feedback';
import { date, today } from '../../../../ui/format';
import {
  CHECKPOINTS,
  SOURCE_LABELS,
  checkBody,
  dueOn,
  openCheckpoints,
  outcomeText,
  type Source,
  type SustainabilityCheckView,
} from './sustainability';

const LABELS: Record<string, string> = {
  checkpoint: 'Zeitpunkt',
  checkedOn: 'Tag der Prüfung',
  employmentLasted: 'Beschäftigung besteht fort',
  atLeast15Hours: 'mindestens 15 Stunden pro Woche',
  source: 'Quelle',
  note: 'Vermerk',
};
const fieldId = (field: string) => `sustainability-${field}`;
const YES_NO = [
  { value: 'ja', label: 'ja' },
  { value: 'nein', label: 'nein' },
];

/**
 * Nachhaltigkeit der Integration (docs/domain.md §16.2, TAH 6): 6 and 12 months after a closure into work the
 * Jobcenter records whether the employment lasted with at least 15 hours a week — from what it knows.
 */
export function SustainabilityChecks({
  caseId,
  closedOn,
  afterCareUntil,
}: {
  caseId: string;
  closedOn: string;
  afterCareUntil?: string;
}) {
  const list = useResource(['planning', 'cases', caseId, 'sustainability-checks'], (signal) =>
    api<SustainabilityCheckView[]>('planning', `/api/cases/${caseId}/sustainability-checks`, { signal }),
  );
  return (
    <section aria-labelledby="sustainability-heading" className="card" data-testid="sustainability-checks">
      <h2 id="sustainability-heading">Nachhaltigkeit der Integration</h2>
      <p className="muted">
        Nach 6 Monaten (ab {date(dueOn(closedOn, 6))}) und nach 12 Monaten (ab {date(dueOn(closedOn, 12))}) halten Sie
        fest, ob die Beschäftigung fortbesteht und mindestens 15 Stunden pro Woche umfasst – aus dem, was dem Jobcenter
        bekannt ist, etwa aus der Leistungsakte. Die ehemalige Kundin oder der ehemalige Kunde wird dafür nur innerhalb
        der Nachbetreuung angesprochen{afterCareUntil ? ` (bis ${date(afterCareUntil)})` : ''}.
      </p>
      <Loaded resource={list} label="Prüfungen werden geladen …">
        {(checks) => (
          <>
            {checks.length === 0 ? (
              <Empty>Noch keine Prüfung dokumentiert.</Empty>
            ) : (
              <ul className="note-list">
                {checks.map((c) => (
                  <li key={c.id} className="plan-row">
                    <p>
                      <strong>{CHECKPOINTS.find((p) => p.value === c.checkpoint)?.label}</strong>, geprüft am{' '}
                      {date(c.checkedOn)}{' '}
                      {c.sustained ? <Badge tone="ok">nachhaltig</Badge> : <Badge tone="warn">nicht nachhaltig</Badge>}
                    </p>
                    <p>
                      {outcomeText(c)} · Quelle: {SOURCE_LABELS[c.source]} · dokumentiert von {c.recordedBy}
                    </p>
                    {c.note && <p className="note-text">{c.note}</p>}
                  </li>
                ))}
              </ul>
            )}
            {openCheckpoints(checks).length > 0 && (
              <details>
                <summary>Prüfung dokumentieren</summary>
                <CheckForm caseId={caseId} closedOn={closedOn} open={openCheckpoints(checks)} />
              </details>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function CheckForm({ caseId, closedOn, open }: { caseId: string; closedOn: string; open: string[] }) {
  const [checkpoint, setCheckpoint] = useState(open[0] ?? '');
  const [checkedOn, setCheckedOn] = useState(today());
  const [lasted, setLasted] = useState('');
  const [hours, setHours] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useMessage<boolean>();
  const record = useAction(() =>
    api<SustainabilityCheckView>('planning', `/api/cases/${caseId}/sustainability-checks`, {
      method: 'POST',
      body: checkBody({ checkpoint, checkedOn, lasted, hours, source, note }),
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (await record.run()) {
      setDone(true);
      setLasted('');
      setHours('');
      setSource('');
      setNote('');
    }
  }
  const errors = record.fieldErrors;
  const months = CHECKPOINTS.find((c) => c.value === checkpoint)?.months ?? 6;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={record.error} labels={LABELS} fieldId={fieldId} />
      <SelectField
        label={LABELS.checkpoint}
        name="checkpoint"
        id={fieldId('checkpoint')}
        errors={errors}
        required
        options={CHECKPOINTS.filter((c) => open.includes(c.value))}
        value={checkpoint}
        onChange={(e) => setCheckpoint(e.target.value)}
      />
      <TextField
        label={LABELS.checkedOn}
        type="date"
        name="checkedOn"
        id={fieldId('checkedOn')}
        errors={errors}
        required
        min={dueOn(closedOn, months)}
        max={today()}
        hint={`frühestens am ${date(dueOn(closedOn, months))}`}
        value={checkedOn}
        onChange={(e) => setCheckedOn(e.target.value)}
      />
      <SelectField
        label={LABELS.employmentLasted}
        name="employmentLasted"
        id={fieldId('employmentLasted')}
        errors={errors}
        required
        options={YES_NO}
        placeholder="bitte wählen"
        value={lasted}
        onChange={(e) => setLasted(e.target.value)}
      />
      {lasted === 'ja' && (
        <SelectField
          label={LABELS.atLeast15Hours}
          name="atLeast15Hours"
          id={fieldId('atLeast15Hours')}
          errors={errors}
          required
          options={YES_NO}
          placeholder="bitte wählen"
          value={hours}
          onChange={(e) => setHours(e.target.value)}
        />
      )}
      <SelectField
        label={LABELS.source}
        name="source"
        id={fieldId('source')}
        errors={errors}
        required
        options={(Object.keys(SOURCE_LABELS) as Source[]).map((s) => ({ value: s, label: SOURCE_LABELS[s] }))}
        placeholder="bitte wählen"
        hint="Woher das Jobcenter es weiß. Ein Kontakt ist nur innerhalb der Nachbetreuung eine Quelle."
        value={source}
        onChange={(e) => setSource(e.target.value)}
      />
      <TextArea
        label={LABELS.note}
        name="note"
        id={fieldId('note')}
        errors={errors}
        rows={2}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {done && <Success>Die Prüfung ist dokumentiert.</Success>}
      <div className="actions">
        <SubmitButton pending={record.pending}>Prüfung dokumentieren</SubmitButton>
      </div>
    </form>
  );
}
