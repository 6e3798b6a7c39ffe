import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useAction, useMessage } from '../../api/hooks';
import { Success } from '../../ui/feedback';
import { FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../ui/forms';
import { CASE_STATUS, label } from '../../domain/labels';
import { CaseManagerOptions, caseloadHint, customerName, useTeam } from './teamCases';

const OPEN = ['REFERRED', 'ESCALATED', 'ADMITTED', 'ACTIVE'];

/**
 * Freigabe über den Betreuungsschlüssel: intake refuses an admission, reassignment or transfer that
 * would put an FM above the ratio unless the team lead allowed it for that case and FM beforehand.
 */
export function CaseloadOverride() {
  const team = useTeam();
  const [caseId, setCaseId] = useState('');
  const [caseManagerId, setCaseManagerId] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useMessage<string>();
  const [missingCase, setMissingCase] = useState(false);
  const action = useAction(
    useCallback(async () => {
      await api<void>('intake', `/api/cases/${caseId}/caseload-overrides`, {
        method: 'POST',
        body: { caseManagerId, reason },
      });
      return true;
    }, [caseId, caseManagerId, reason]),
  );
  const candidates = [...team.cases.values()]
    .filter((c) => OPEN.includes(c.status))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'de'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    setMissingCase(!caseId);
    if (!caseId) return;
    if (await action.run()) {
      setDone(
        `Freigabe erteilt: ${customerName(team, caseId)} darf ${caseManagerId} über den Betreuungsschlüssel hinaus zugeordnet werden.`,
      );
      setReason('');
    }
  }

  return (
    <section className="card" aria-labelledby="override-heading">
      <h2 id="override-heading">Freigabe über den Betreuungsschlüssel</h2>
      <p className="muted">
        Eine Aufnahme, Neuzuordnung oder Übergabe, mit der eine Fachkraft über die Grenze des Betreuungsschlüssels käme,
        lehnt Lotse ab. Mit Ihrer begründeten Freigabe für den Fall und die Fachkraft ist sie möglich. Lotse führt keine
        Liste abgelehnter Zuordnungen – die Fachkraft sieht die Ablehnung und wendet sich an Sie.
      </p>
      {done && <Success>{done}</Success>}
      <form onSubmit={submit} noValidate className="stack">
        <FormErrors error={action.error} />
        <div className="row">
          <SelectField
            label="Fall"
            name="caseId"
            required
            value={caseId}
            onChange={(e) => setCaseId(e.target.value)}
            placeholder="Fall wählen"
            errors={missingCase ? { caseId: ['Bitte den Fall wählen, für den die Freigabe gilt.'] } : undefined}
            options={candidates.map((c) => ({
              value: c.caseId,
              label: `${c.lastName}, ${c.firstName} (${c.customerNumber}) – ${label(CASE_STATUS, c.status)}`,
            }))}
          />
          <TextField
            label="Fachkraft, die den Fall übernehmen soll"
            name="caseManagerId"
            required
            list="override-fm"
            value={caseManagerId}
            onChange={(e) => setCaseManagerId(e.target.value)}
            errors={action.fieldErrors}
            hint={caseloadHint(team, caseManagerId)}
          />
        </div>
        <CaseManagerOptions id="override-fm" />
        <TextArea
          label="Begründung der Freigabe"
          name="reason"
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          errors={action.fieldErrors}
        />
        <div className="actions">
          <SubmitButton pending={action.pending}>Freigabe erteilen</SubmitButton>
        </div>
      </form>
    </section>
  );
}
