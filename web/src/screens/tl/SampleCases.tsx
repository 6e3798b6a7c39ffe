import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useAction, useMessage } from '../../api/hooks';
import { Badge, Empty, Success } from '../../ui/feedback';
import { dateTime } from '../../ui/format';
import { FormErrors, SelectField, SubmitButton, TextArea } from '../../ui/forms';
import { ACTION_COLUMN, RowToggle, Table } from '../../ui/table';
import { FINDING_LABEL } from '../management/reporting';
import { CaseLink, customerName, useTeam } from './teamCases';

export interface SampleEntry {
  caseId: string;
  caseManagerId?: string | null;
  weight: number;
  findings?: string[];
  result?: string | null;
  note?: string | null;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
}

export interface Sample {
  id: string;
  teamId: string;
  seed: number;
  size: number;
  drawnBy: string;
  drawnAt: string;
  cases?: SampleEntry[];
}

const RESULTS: { value: string; label: string; tone: 'ok' | 'warn' | 'danger' }[] = [
  { value: 'NO_DEFICIENCIES', label: 'keine Mängel', tone: 'ok' },
  { value: 'MINOR_DEFICIENCIES', label: 'geringfügige Mängel', tone: 'warn' },
  { value: 'SERIOUS_DEFICIENCIES', label: 'erhebliche Mängel', tone: 'danger' },
];

/** The drawn cases of one sample with their weights, findings and review results. */
export function SampleCases({ sample }: { sample: Sample }) {
  const team = useTeam();
  const [open, setOpen] = useState<SampleEntry>();
  const [done, setDone] = useMessage<string>();
  const cases = sample.cases ?? [];
  if (cases.length === 0)
    return <Empty>Die Stichprobe enthält keine Fälle (das Team hatte keine offenen Fälle).</Empty>;
  return (
    <>
      {done && <Success>{done}</Success>}
      <Table
        columns={[
          'Kund:in',
          'Fachkraft',
          { label: 'Gewicht', num: true },
          'Befunde bei der Ziehung',
          'Ergebnis',
          'Vermerk',
          'Geprüft',
          ACTION_COLUMN,
        ]}
      >
        {cases.map((c) => {
          const result = RESULTS.find((r) => r.value === c.result);
          return (
            <tr key={c.caseId}>
              <th scope="row">
                <CaseLink caseId={c.caseId} />
              </th>
              <td>{c.caseManagerId ?? '–'}</td>
              <td className="num">{c.weight}</td>
              <td>
                {(c.findings ?? []).length === 0 ? (
                  <span className="muted">keine</span>
                ) : (
                  <span className="badges">
                    {(c.findings ?? []).map((f) => (
                      <Badge key={f} tone="warn">
                        {FINDING_LABEL[f] ?? f}
                      </Badge>
                    ))}
                  </span>
                )}
              </td>
              <td>
                {result ? (
                  <Badge tone={result.tone}>{result.label}</Badge>
                ) : (
                  (c.result ?? <span className="muted">offen</span>)
                )}
              </td>
              <td className="pre">{c.note ?? ''}</td>
              <td>{c.reviewedAt ? `${c.reviewedBy ?? ''}, ${dateTime(c.reviewedAt)}` : '–'}</td>
              <td>
                <RowToggle
                  expanded={open?.caseId === c.caseId}
                  rowName={customerName(team, c.caseId)}
                  onToggle={() => {
                    setOpen(open?.caseId === c.caseId ? undefined : c);
                    setDone(undefined);
                  }}
                >
                  {c.result ? 'Ergebnis ändern' : 'Prüfung erfassen'}
                </RowToggle>
              </td>
            </tr>
          );
        })}
      </Table>
      {open && (
        <ReviewForm
          key={`${sample.id}-${open.caseId}`}
          sampleId={sample.id}
          entry={open}
          onSaved={() => {
            setDone(`Ergebnis für ${customerName(team, open.caseId)} gespeichert.`);
            setOpen(undefined);
          }}
        />
      )}
    </>
  );
}

function ReviewForm({ sampleId, entry, onSaved }: { sampleId: string; entry: SampleEntry; onSaved: () => void }) {
  const team = useTeam();
  const [result, setResult] = useState(entry.result ?? '');
  const [note, setNote] = useState(entry.note ?? '');
  const action = useAction(
    useCallback(
      () =>
        api<Sample>('reporting', `/api/supervision/samples/${sampleId}/cases/${entry.caseId}/review`, {
          method: 'POST',
          body: { result: result || null, note: note || null },
        }),
      [sampleId, entry.caseId, result, note],
    ),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await action.run()) onSaved();
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="panel stack"
      aria-label={`Prüfergebnis für ${customerName(team, entry.caseId)}`}
    >
      <FormErrors error={action.error} />
      <h3>Prüfergebnis: {customerName(team, entry.caseId)}</h3>
      <SelectField
        label="Ergebnis der Prüfung"
        name="result"
        required
        value={result}
        onChange={(e) => setResult(e.target.value)}
        placeholder="Bitte wählen"
        options={RESULTS.map((r) => ({ value: r.value, label: r.label }))}
        errors={action.fieldErrors}
      />
      <TextArea
        label="Vermerk zur Prüfung"
        name="note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        errors={action.fieldErrors}
        maxLength={2000}
      />
      <div className="actions">
        <SubmitButton pending={action.pending}>Ergebnis speichern</SubmitButton>
      </div>
    </form>
  );
}
