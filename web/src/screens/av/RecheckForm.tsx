import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useAction, useResource } from '../../api/hooks';
import { SelectField, SubmitButton, TextArea, TextField } from '../../ui/forms';
import { Loaded } from '../../ui/feedback';
import { date, today } from '../../ui/format';
import type { NonReferralView } from './avTypes';
import { ErrorSummary } from './ErrorSummary';
import { label, options } from '../../domain/labels';
import { NON_REFERRAL_REASON, RECHECK_OUTCOME } from './labels';

/** The documented re-checks so far (GET /api/non-referrals/{id}). */
function History({ id }: { id: string }) {
  const detail = useResource(['intake', 'non-referrals', id], (signal) =>
    api<NonReferralView>('intake', `/api/non-referrals/${id}`, { signal }),
  );
  return (
    <Loaded resource={detail} label="Bisherige Überprüfungen werden geladen …">
      {(n) => (
        <div>
          {n.note && (
            <p>
              <strong>Begründung der Nichtvormerkung:</strong> {n.note}
            </p>
          )}
          {(n.history ?? []).length === 0 ? (
            <p className="muted">Noch keine Überprüfung dokumentiert.</p>
          ) : (
            <ol aria-label="Bisherige Überprüfungen">
              {(n.history ?? []).map((r) => (
                <li key={r.number}>
                  {date(r.checkedOn)}: {label(RECHECK_OUTCOME, r.outcome)}
                  {r.reasonCode && <> ({label(NON_REFERRAL_REASON, r.reasonCode)})</>}
                  {r.note && <> – „{r.note}“</>}
                  <span className="muted">
                    {' '}
                    · {r.checkedBy}
                    {r.nextDueOn ? ` · nächste Wiedervorlage ${date(r.nextDueOn)}` : ''}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </Loaded>
  );
}

/** POST /api/non-referrals/{id}/rechecks: CONFIRMED keeps it open with the next due date, the others resolve it. */
export function RecheckForm({ item, onDone }: { item: NonReferralView; onDone: (updated: NonReferralView) => void }) {
  const [outcome, setOutcome] = useState('');
  const [checkedOn, setCheckedOn] = useState(today());
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const action = useAction(() =>
    api<NonReferralView>('intake', `/api/non-referrals/${item.id}/rechecks`, {
      method: 'POST',
      body: {
        outcome: outcome || null,
        checkedOn: checkedOn || null,
        reasonCode: outcome === 'CONFIRMED' && reasonCode ? reasonCode : null,
        note: note.trim() || null,
      },
    }),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const updated = await action.run();
    if (updated) onDone(updated);
  }

  return (
    <div className="grid">
      <History id={item.id} />
      <form onSubmit={submit} noValidate aria-label={`Wiedervorlage für ${item.firstName} ${item.lastName}`}>
        <SelectField
          label="Ergebnis der Überprüfung"
          name="outcome"
          value={outcome}
          required
          placeholder="– bitte wählen –"
          options={options(RECHECK_OUTCOME)}
          onChange={(e) => setOutcome(e.target.value)}
          errors={action.fieldErrors}
        />
        {outcome === 'REFERRED' && (
          <p className="hint">
            Die Vormerkung selbst erfassen Sie in der <Link to="/av/zugangspruefung">Zugangsprüfung</Link>; sie erledigt
            die Nichtvormerkung auch ohne diese Überprüfung.
          </p>
        )}
        {outcome === 'CONFIRMED' && (
          <SelectField
            label="Grund (weiterhin)"
            name="reasonCode"
            value={reasonCode}
            placeholder={`wie bisher: ${label(NON_REFERRAL_REASON, item.reason)}`}
            options={options(NON_REFERRAL_REASON)}
            onChange={(e) => setReasonCode(e.target.value)}
            errors={action.fieldErrors}
          />
        )}
        <TextField
          label="Geprüft am"
          name="checkedOn"
          type="date"
          value={checkedOn}
          max={today()}
          onChange={(e) => setCheckedOn(e.target.value)}
          errors={action.fieldErrors}
          hint="Zwischen der Nichtvormerkung und heute"
        />
        <TextArea
          label="Vermerk zur Überprüfung"
          name="note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          errors={action.fieldErrors}
          maxLength={2000}
        />
        <ErrorSummary error={action.error} />
        <div className="actions">
          <SubmitButton pending={action.pending}>Überprüfung speichern</SubmitButton>
        </div>
      </form>
    </div>
  );
}
