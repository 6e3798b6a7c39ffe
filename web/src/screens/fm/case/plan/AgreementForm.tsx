import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { today } from '../../../../ui/format';
import type { NeedLabels } from './lookups';
import { AGREEMENT_TYPE, options } from '../../../../domain/labels';
import { collectErrors, EXCEPTION_LABEL, plusMonths, type AgreementView } from './types';

/** Fields that concern the plan or assessment, not this form: shown as one block above the button. */
const PLAN_FIELDS = ['strategies', 'leadGoal', 'assessment', 'plan'];

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** Concludes the EinV / Kooperationsplan on the current plan, or documents the exception without one. */
export function AgreementForm({ caseId, policyType, maxMonths, minor, labels, onConcluded }: {
  caseId: string;
  labels: NeedLabels;
  policyType: string;
  maxMonths: number;
  minor: boolean;
  onConcluded: (agreement: AgreementView) => void;
}) {
  const [type, setType] = useState(policyType);
  const [agreedOn, setAgreedOn] = useState(today());
  const [validUntil, setValidUntil] = useState(plusMonths(today(), maxMonths));
  const [services, setServices] = useState('');
  const [obligations, setObligations] = useState('');
  const [instruction, setInstruction] = useState(false);
  const [guardianSignedOn, setGuardianSignedOn] = useState('');
  const [exception, setException] = useState('');
  const [exceptionNote, setExceptionNote] = useState('');
  const none = type === 'NONE';
  const conclude = useAction(() => api<AgreementView>('planning', `/api/cases/${caseId}/agreements`, {
    method: 'POST',
    body: none
      ? { type, agreedOn, exception: exception || null, exceptionNote: exceptionNote || null }
      : {
          type, agreedOn, validUntil: validUntil || null, jobcenterServices: lines(services), customerObligations: lines(obligations),
          legalConsequenceInstruction: type === 'EINV' ? instruction : false, guardianSignedOn: guardianSignedOn || null,
        },
  }));
  const errors = {
    ...conclude.fieldErrors,
    jobcenterServices: collectErrors(conclude.fieldErrors, 'jobcenterServices'),
    customerObligations: collectErrors(conclude.fieldErrors, 'customerObligations'),
  };
  // the service names needs by id and code; show the catalogue's words instead
  const planMessages = PLAN_FIELDS.flatMap((f) => conclude.fieldErrors[f] ?? []).map((m) =>
    m.replace(/Handlungsbedarf [0-9a-f-]{36} \((\w+), (\w+)\)/, (_, group: string, code: string) =>
      `Handlungsbedarf „${labels.need(code)}“ (${labels.keyGroup(group)})`));
  const shown = [...PLAN_FIELDS, 'type', 'agreedOn', 'validUntil', 'legalConsequenceInstruction', 'guardianSignedOn', 'exception', 'exceptionNote']
    .concat(Object.keys(conclude.fieldErrors).filter((f) => f.startsWith('jobcenterServices') || f.startsWith('customerObligations')));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await conclude.run();
    if (result) onConcluded(result);
  }

  const typeOptions = [
    { value: policyType, label: `${AGREEMENT_TYPE[policyType] ?? policyType} (§ 15 SGB II)` },
    { value: 'NONE', label: AGREEMENT_TYPE.NONE },
  ];
  return (
    <form onSubmit={submit} noValidate>
      <div className="row row--top">
        <SelectField label="Art der Vereinbarung" name="type" errors={errors} options={typeOptions} value={type}
          hint={`Ihr Jobcenter schließt nach seiner Richtlinie: ${AGREEMENT_TYPE[policyType] ?? policyType}.`}
          onChange={(e) => setType(e.target.value)} />
        <TextField label="Abgeschlossen am" type="date" name="agreedOn" errors={errors} value={agreedOn} onChange={(e) => setAgreedOn(e.target.value)} />
        {!none && (
          <TextField label="Gültig bis" type="date" name="validUntil" errors={errors} value={validUntil} required
            hint={`höchstens ${maxMonths} Monate, danach Fortschreibung auf Grundlage eines neuen Profilings`}
            onChange={(e) => setValidUntil(e.target.value)} />
        )}
      </div>
      {none ? (
        <>
          <p className="hint">Keine Vereinbarung nur ausnahmsweise, mit Grund.</p>
          <SelectField label="Grund für keine Vereinbarung" name="exception" errors={errors} placeholder="– Grund wählen –"
            options={options(EXCEPTION_LABEL)} value={exception}
            onChange={(e) => setException(e.target.value)} />
          <TextArea label="Begründung der Ausnahme" name="exceptionNote" errors={errors} value={exceptionNote}
            hint="Pflicht, wenn die Folgen nicht übersehen werden können" onChange={(e) => setExceptionNote(e.target.value)} />
        </>
      ) : (
        <>
          <div className="grid grid--2">
            <TextArea label="Das Jobcenter leistet" name="jobcenterServices" errors={errors} rows={4} required value={services}
              hint="Eine Leistung je Zeile" onChange={(e) => setServices(e.target.value)} />
            <TextArea label="Die Kundin / der Kunde unternimmt" name="customerObligations" errors={errors} rows={4} required value={obligations}
              hint="Eine Bemühung je Zeile" onChange={(e) => setObligations(e.target.value)} />
          </div>
          {type === 'EINV' && (
            <CheckboxField label="Rechtsfolgenbelehrung erteilt und dokumentiert" name="legalConsequenceInstruction" errors={errors}
              checked={instruction} onChange={setInstruction} />
          )}
          {type === 'KOOPERATIONSPLAN' && <p className="hint">Ein Kooperationsplan ist rechtlich nicht verbindlich und enthält keine Rechtsfolgenbelehrung.</p>}
          {minor && (
            <TextField label="Mitunterzeichnung der gesetzlichen Vertretung am" type="date" name="guardianSignedOn" errors={errors}
              value={guardianSignedOn} required hint="Die Kundin / der Kunde ist unter 18: die gesetzliche Vertretung unterschreibt mit."
              onChange={(e) => setGuardianSignedOn(e.target.value)} />
          )}
        </>
      )}
      {planMessages.length > 0 && (
        <div className="alert alert--error" role="alert">
          <strong>Der Plan ist noch nicht bereit für die Vereinbarung</strong>
          <ul>{planMessages.map((m, i) => <li key={i}>{m}</li>)}</ul>
        </div>
      )}
      <FormErrors error={conclude.error} shownFields={shown} />
      <div className="actions">
        <SubmitButton pending={conclude.pending} pendingLabel="Wird abgeschlossen …">Vereinbarung abschließen</SubmitButton>
      </div>
    </form>
  );
}
