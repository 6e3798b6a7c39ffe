import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { today } from '../../../../ui/format';
import type { NeedLabels } from './lookups';
import { AGREEMENT_TYPE, options } from '../../../../domain/labels';
import { collectErrors, EXCEPTION_LABEL, legalFormOn, plusMonths, type AgreementView, type LegalForm } from './types';

/** Fields that concern the plan or assessment, not this form: shown as one block above the button. */
const PLAN_FIELDS = ['strategies', 'leadGoal', 'assessment', 'plan'];

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * Concludes the agreement on the current plan — its legal form follows the date (a Kooperationsplan since
 * 1 July 2023, docs/domain.md §15) — or documents the exception without one. The joint review is due within the
 * law's six months; a validity limit exists only where the Jobcenter's policy sets one.
 */
export function AgreementForm({
  caseId,
  forms,
  maxMonths,
  minor,
  labels,
  onConcluded,
}: {
  caseId: string;
  labels: NeedLabels;
  forms: LegalForm[];
  /** the policy's limit on validity; none: no limit */
  maxMonths?: number | null;
  minor: boolean;
  onConcluded: (agreement: AgreementView) => void;
}) {
  const [type, setType] = useState('AGREEMENT');
  const [agreedOn, setAgreedOn] = useState(today());
  const form = legalFormOn(forms, agreedOn || today());
  const reviewMonths = form?.reviewWithinMonths ?? 6;
  const [reviewOn, setReviewOn] = useState(plusMonths(today(), reviewMonths));
  const [validUntil, setValidUntil] = useState(maxMonths ? plusMonths(today(), maxMonths) : '');
  const [services, setServices] = useState('');
  const [obligations, setObligations] = useState('');
  const [instruction, setInstruction] = useState(false);
  const [guardianSignedOn, setGuardianSignedOn] = useState('');
  const [exception, setException] = useState('');
  const [exceptionNote, setExceptionNote] = useState('');
  const none = type === 'NONE';
  const conclude = useAction(() =>
    api<AgreementView>('planning', `/api/cases/${caseId}/agreements`, {
      method: 'POST',
      body: none
        ? { type, agreedOn, exception: exception || null, exceptionNote: exceptionNote || null }
        : {
            agreedOn,
            reviewOn: reviewOn || null,
            validUntil: validUntil || null,
            jobcenterServices: lines(services),
            customerObligations: lines(obligations),
            legalConsequenceInstruction: form?.legalConsequencesInPlan ? instruction : false,
            guardianSignedOn: guardianSignedOn || null,
          },
    }),
  );
  const errors = {
    ...conclude.fieldErrors,
    jobcenterServices: collectErrors(conclude.fieldErrors, 'jobcenterServices'),
    customerObligations: collectErrors(conclude.fieldErrors, 'customerObligations'),
  };
  // the service names needs by id and code; show the catalogue's words instead
  const planMessages = PLAN_FIELDS.flatMap((f) => conclude.fieldErrors[f] ?? []).map((m) =>
    m.replace(
      /Handlungsbedarf [0-9a-f-]{36} \((\w+), (\w+)\)/,
      (_, group: string, code: string) => `Handlungsbedarf „${labels.need(code)}“ (${labels.keyGroup(group)})`,
    ),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await conclude.run();
    if (result) onConcluded(result);
  }

  const typeOptions = [
    { value: 'AGREEMENT', label: form ? `${form.title} (${form.lawReference})` : 'Vereinbarung (§ 15 SGB II)' },
    { value: 'NONE', label: AGREEMENT_TYPE.NONE },
  ];
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={conclude.error} />
      <div className="row row--top">
        <SelectField
          label="Art der Vereinbarung"
          name="type"
          errors={errors}
          options={typeOptions}
          value={type}
          hint="Die Form richtet sich nach dem Abschlussdatum: seit 1. Juli 2023 der Kooperationsplan."
          onChange={(e) => setType(e.target.value)}
        />
        <TextField
          label="Abgeschlossen am"
          type="date"
          name="agreedOn"
          errors={errors}
          value={agreedOn}
          max={today()}
          onChange={(e) => setAgreedOn(e.target.value)}
        />
        {!none && (
          <TextField
            label="Gemeinsame Überprüfung spätestens am"
            type="date"
            name="reviewOn"
            errors={errors}
            value={reviewOn}
            required
            hint={`höchstens ${reviewMonths} Monate nach Abschluss (§ 15 SGB II), dann Fortschreibung auf Grundlage eines neuen Profilings`}
            onChange={(e) => setReviewOn(e.target.value)}
          />
        )}
        {!none && maxMonths && (
          <TextField
            label="Gültig bis"
            type="date"
            name="validUntil"
            errors={errors}
            value={validUntil}
            required
            hint={`nach der Richtlinie Ihres Jobcenters höchstens ${maxMonths} Monate`}
            onChange={(e) => setValidUntil(e.target.value)}
          />
        )}
      </div>
      {none ? (
        <>
          <p className="hint">Keine Vereinbarung nur ausnahmsweise, mit Grund.</p>
          <SelectField
            label="Grund für keine Vereinbarung"
            name="exception"
            errors={errors}
            placeholder="– Grund wählen –"
            options={options(EXCEPTION_LABEL)}
            value={exception}
            onChange={(e) => setException(e.target.value)}
          />
          <TextArea
            label="Begründung der Ausnahme"
            name="exceptionNote"
            errors={errors}
            value={exceptionNote}
            hint="Pflicht, wenn die Folgen nicht übersehen werden können"
            onChange={(e) => setExceptionNote(e.target.value)}
          />
        </>
      ) : (
        <>
          <div className="grid grid--2">
            <TextArea
              label="Das Jobcenter leistet"
              name="jobcenterServices"
              errors={errors}
              rows={4}
              required
              value={services}
              hint="Eine Leistung je Zeile"
              onChange={(e) => setServices(e.target.value)}
            />
            <TextArea
              label="Die Kundin / der Kunde unternimmt"
              name="customerObligations"
              errors={errors}
              rows={4}
              required
              value={obligations}
              hint="Eine Bemühung je Zeile"
              onChange={(e) => setObligations(e.target.value)}
            />
          </div>
          {form?.legalConsequencesInPlan && (
            <CheckboxField
              label="Rechtsfolgenbelehrung erteilt und dokumentiert"
              name="legalConsequenceInstruction"
              errors={errors}
              checked={instruction}
              onChange={setInstruction}
            />
          )}
          {form && !form.legalConsequencesInPlan && (
            <p className="hint">
              Der Kooperationsplan ist rechtlich nicht verbindlich und enthält keine Rechtsfolgenbelehrung. Pflichten
              mit Rechtsfolgen werden gesondert schriftlich gefordert (Reiter „Prüfungen“, Aufforderungen).
            </p>
          )}
          {minor && (
            <TextField
              label="Mitunterzeichnung der gesetzlichen Vertretung am"
              type="date"
              name="guardianSignedOn"
              errors={errors}
              value={guardianSignedOn}
              required
              hint="Die Kundin / der Kunde ist unter 18: die gesetzliche Vertretung unterschreibt mit."
              onChange={(e) => setGuardianSignedOn(e.target.value)}
            />
          )}
        </>
      )}
      {planMessages.length > 0 && (
        <div className="alert alert--error" role="alert">
          <strong>Der Plan ist noch nicht bereit für die Vereinbarung</strong>
          <ul>
            {planMessages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <SubmitButton pending={conclude.pending} pendingLabel="Wird abgeschlossen …">
          Vereinbarung abschließen
        </SubmitButton>
      </div>
    </form>
  );
}
