import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useAction, useResource } from '../../api/hooks';
import { ConfirmButton, Loaded } from '../../ui/feedback';
import { date, dateTime, today } from '../../ui/format';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../ui/forms';
import { ACCESS_REASON, DECLINE_REASON, SUPPORT_VARIANT, label, options } from '../../domain/labels';
import type { CaseView } from '../fm/caseTypes';
import { CaseManagerOptions, caseloadHint, useTeam } from './teamCases';

/** a case with its decline and escalation sections (both part of intake's Fall) */
type EscalatedCase = CaseView;

/** The team lead's final decision on one escalated referral. */
export function EscalationDecision({
  caseId,
  onDecided,
}: {
  caseId: string;
  onDecided: (admitted: boolean, name: string) => void;
}) {
  const team = useTeam();
  const resource = useResource(['intake', 'cases', caseId], (signal) =>
    api<EscalatedCase>('intake', `/api/cases/${caseId}`, { signal }),
  );
  const [admit, setAdmit] = useState('');
  const [note, setNote] = useState('');
  const [caseManagerId, setCaseManagerId] = useState('');
  // a declaration the team lead makes, never pre-ticked
  const [customerWilling, setCustomerWilling] = useState(false);
  const [discussion, setDiscussion] = useState(today());
  const [variant, setVariant] = useState('FULL_HANDOVER');
  const [override, setOverride] = useState(false);
  const action = useAction(
    useCallback(
      (admitted: boolean) =>
        api<CaseView>('intake', `/api/cases/${caseId}/escalation/decision`, {
          method: 'POST',
          body: admitted
            ? {
                admit: true,
                note,
                caseManagerId: caseManagerId.trim() || null,
                customerWilling,
                jointCaseDiscussionOn: discussion || null,
                supportVariant: variant,
                overrideCaseloadRatio: override,
              }
            : { admit: false, note },
        }),
      [caseId, note, caseManagerId, customerWilling, discussion, variant, override],
    ),
  );

  async function decide(admitted: boolean) {
    const result = await action.run(admitted);
    if (result) onDecided(admitted, `${result.customer.firstName} ${result.customer.lastName}`);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (admit === 'true') void decide(true);
  }

  return (
    <div className="panel" role="region" aria-label="Entscheidung über die Eskalation">
      <Loaded resource={resource} label="Fall wird geladen …">
        {(c) => (
          <>
            <h3>
              Entscheidung: {c.customer.firstName} {c.customer.lastName}{' '}
              <span className="mono muted">{c.customer.customerNumber}</span>
            </h3>
            <div className="grid">
              <div>
                <h4>Vormerkung</h4>
                <p>
                  {c.referral?.referredBy} am {dateTime(c.referral?.referredAt)} · Zugangsgründe:{' '}
                  {(c.referral?.reasons ?? []).map((r) => label(ACCESS_REASON, r)).join(', ') || '–'}
                </p>
                {c.referral?.note && <blockquote>{c.referral.note}</blockquote>}
              </div>
              <div>
                <h4>Ablehnung durch die Fachkraft</h4>
                {c.decline ? (
                  <>
                    <p>
                      {c.decline.declinedBy} am {dateTime(c.decline.declinedAt)}:{' '}
                      <strong>{label(DECLINE_REASON, c.decline.reason)}</strong>
                    </p>
                    {c.decline.note && <blockquote>{c.decline.note}</blockquote>}
                  </>
                ) : (
                  <p className="muted">–</p>
                )}
              </div>
              <div>
                <h4>Stellungnahme der Arbeitsvermittlung</h4>
                {c.escalation ? (
                  <>
                    <p>
                      {c.escalation.escalatedBy} am {dateTime(c.escalation.escalatedAt)}
                    </p>
                    <blockquote>{c.escalation.statement}</blockquote>
                  </>
                ) : (
                  <p className="muted">–</p>
                )}
              </div>
            </div>
            <form onSubmit={submit} noValidate className="stack">
              <FormErrors error={action.error} />
              <SelectField
                label="Entscheidung der Teamleitung"
                name="admit"
                required
                value={admit}
                onChange={(e) => setAdmit(e.target.value)}
                placeholder="Bitte wählen"
                errors={action.fieldErrors}
                options={[
                  { value: 'true', label: 'Aufnehmen ins Fallmanagement' },
                  { value: 'false', label: 'Nicht aufnehmen (endgültig)' },
                ]}
              />
              <TextArea
                label="Begründung der Entscheidung"
                name="note"
                required
                value={note}
                onChange={(e) => setNote(e.target.value)}
                errors={action.fieldErrors}
              />
              {admit === 'true' && (
                <>
                  <div className="row">
                    <TextField
                      label="Fachkraft, die den Fall übernimmt"
                      name="caseManagerId"
                      required
                      list="escalation-fm"
                      value={caseManagerId}
                      onChange={(e) => setCaseManagerId(e.target.value)}
                      errors={action.fieldErrors}
                      hint={caseloadHint(team, caseManagerId)}
                    />
                    <TextField
                      label="Gemeinsame Fallerörterung von AV und FM am"
                      name="jointCaseDiscussionOn"
                      type="date"
                      max={today()}
                      value={discussion}
                      onChange={(e) => setDiscussion(e.target.value)}
                      errors={action.fieldErrors}
                      hint={`Aufnahmedatum: heute, ${date(today())}`}
                    />
                    <SelectField
                      label="Betreuungsvariante"
                      name="supportVariant"
                      value={variant}
                      onChange={(e) => setVariant(e.target.value)}
                      errors={action.fieldErrors}
                      options={options(SUPPORT_VARIANT)}
                    />
                  </div>
                  <CaseManagerOptions id="escalation-fm" />
                  <CheckboxField
                    label="Die Kundin / der Kunde ist zur Mitwirkung bereit"
                    name="customerWilling"
                    checked={customerWilling}
                    onChange={setCustomerWilling}
                    errors={action.fieldErrors}
                  />
                  <CheckboxField
                    label="Über den Betreuungsschlüssel hinaus zuordnen (die Begründung oben gilt auch dafür)"
                    name="overrideCaseloadRatio"
                    checked={override}
                    onChange={setOverride}
                    errors={action.fieldErrors}
                  />
                  <div className="actions">
                    <SubmitButton pending={action.pending}>Aufnahme entscheiden</SubmitButton>
                  </div>
                </>
              )}
              {admit === 'false' && (
                <div className="actions">
                  <ConfirmButton
                    label="Nicht aufnehmen"
                    title="Vormerkung endgültig nicht aufnehmen?"
                    confirmLabel="Endgültig nicht aufnehmen"
                    pending={action.pending}
                    onConfirm={() => decide(false)}
                  >
                    <p>
                      {c.customer.firstName} {c.customer.lastName} wird nicht ins Fallmanagement aufgenommen. Die
                      Entscheidung ist endgültig und wird mit Ihrer Begründung und der geltenden Richtlinienversion
                      dokumentiert.
                    </p>
                  </ConfirmButton>
                </div>
              )}
            </form>
          </>
        )}
      </Loaded>
    </div>
  );
}
