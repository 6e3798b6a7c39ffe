import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { ConfirmButton } from '../../../../ui/feedback';
import { CheckboxField, ErrorSummary, SelectField, TextArea, TextField } from '../../../../ui/forms';
import { useCheckedForm } from './checkedForm';
import { TRANSFER_KIND } from './labels';
import {
  EMPTY_TRANSFER,
  transferBody,
  transferKinds,
  transferNoteRequired,
  transferProblems,
  type TransferDraft,
} from './routing';
import type { FullCase } from './types';

const LABELS: Record<string, string> = {
  kind: 'Art der Übergabe',
  toTeamId: 'Aufnehmendes Team (Kennung)',
  toCaseManagerId: 'Aufnehmende Fachkraft (Kennung)',
  despiteRunningMeasures: 'Übergang trotz laufender Maßnahmen',
  overrideCaseloadRatio: 'Über den Betreuungsschlüssel hinaus',
  note: 'Übergabeprotokoll / Begründung',
};
const fieldId = (field: string) => `transfer-${field}`;

const KIND_HINT: Record<string, string> = {
  U25_TO_UE25:
    'Wenn die Kundin / der Kunde 25 Jahre alt ist. Wo die Richtlinie es verlangt, erst nach Abschluss laufender Maßnahmen.',
  RELOCATION: 'Nahtlose Übernahme am neuen Standort des Jobcenters.',
  REORGANISATION: 'Organisatorische Neuzuordnung an ein anderes Team oder eine andere Fachkraft.',
  MARKET_NEAR_HANDOVER:
    'Nach der Einstiegsberatung, wenn das letzte Profiling eine arbeitsmarktnahe Kategorie ergab. Danach laufen die ' +
    'Fristen für die schriftliche Einladung und das erste Gespräch.',
  MARKET_FAR_HANDBACK:
    'Beendet die arbeitsmarktnahe Betreuung. Die Begründung bindet das arbeitsmarktferne Fallmanagement.',
};

/**
 * Übergabe im Jobcenter: U25 → Ü25, relocation, reorganisation and, where the policy routes between FMs, the handover
 * to the market-near FM and the reasoned handback (docs/domain.md §18.4; UCKERMARK 3, 4.2, 6.6). Checked before the
 * confirmation: the dialog opens only for a transfer the service could accept as far as the form can tell.
 */
export function TransferCard({
  view,
  teamLead,
  onDone,
}: {
  view: FullCase;
  teamLead: boolean;
  onDone: (message: string) => void;
}) {
  const [draft, setDraft] = useState<TransferDraft>(EMPTY_TRANSFER);
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/transfer`, {
      method: 'POST',
      body: transferBody(draft, teamLead),
    }),
  );
  const { formRef, ...form } = useCheckedForm(action);
  const kinds = transferKinds(view);
  const set = <K extends keyof TransferDraft>(key: K, value: TransferDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const noteRequired = transferNoteRequired(draft);
  const handback = draft.kind === 'MARKET_FAR_HANDBACK';

  async function confirm() {
    const saved = await action.run();
    if (saved) {
      const kind = TRANSFER_KIND[draft.kind] ?? draft.kind;
      setDraft(EMPTY_TRANSFER);
      onDone(
        `${kind}: Der Fall ist an ${saved.caseManagerId ?? draft.toCaseManagerId} im Team ${saved.teamId} übergeben.`,
      );
    }
  }

  return (
    <section className="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Übergabe im Jobcenter</h2>
      <form ref={formRef} onSubmit={(e: FormEvent) => e.preventDefault()} noValidate>
        <ErrorSummary error={form.error} labels={LABELS} fieldId={fieldId} />
        <SelectField
          label={LABELS.kind}
          name="kind"
          id={fieldId('kind')}
          value={draft.kind}
          required
          placeholder="Bitte wählen"
          options={kinds.map((k) => ({ value: k, label: TRANSFER_KIND[k] ?? k }))}
          errors={form.errors}
          onChange={(e) => set('kind', e.target.value)}
          hint={KIND_HINT[draft.kind]}
        />
        <div className="row">
          <TextField
            label={LABELS.toTeamId}
            name="toTeamId"
            id={fieldId('toTeamId')}
            value={draft.toTeamId}
            required
            maxLength={50}
            onChange={(e) => set('toTeamId', e.target.value)}
            errors={form.errors}
          />
          <TextField
            label={LABELS.toCaseManagerId}
            name="toCaseManagerId"
            id={fieldId('toCaseManagerId')}
            value={draft.toCaseManagerId}
            required
            maxLength={150}
            onChange={(e) => set('toCaseManagerId', e.target.value)}
            errors={form.errors}
          />
        </div>
        {draft.kind === 'U25_TO_UE25' && (view.runningMeasures ?? 0) > 0 && (
          <CheckboxField
            label="Übergang trotz laufender Maßnahmen (im Übergabeprotokoll begründen)"
            name="despiteRunningMeasures"
            checked={draft.despiteRunningMeasures}
            onChange={(v) => set('despiteRunningMeasures', v)}
            errors={form.errors}
          />
        )}
        {teamLead && (
          <CheckboxField
            label="Über den Betreuungsschlüssel hinaus zuordnen (Freigabe der Teamleitung)"
            name="overrideCaseloadRatio"
            checked={draft.overrideCaseloadRatio}
            onChange={(v) => set('overrideCaseloadRatio', v)}
            errors={form.errors}
          />
        )}
        <TextArea
          label={handback ? 'Begründung der Rückgabe' : LABELS.note}
          name="note"
          id={fieldId('note')}
          value={draft.note}
          required={noteRequired}
          maxLength={2000}
          onChange={(e) => set('note', e.target.value)}
          errors={form.errors}
          hint={
            handback
              ? 'Warum die arbeitsmarktnahe Betreuung endet; das arbeitsmarktferne Fallmanagement ist an die Begründung gebunden.'
              : undefined
          }
        />
        <div className="actions">
          <ConfirmButton
            label="Fall übergeben"
            title="Fall übergeben?"
            confirmLabel="Übergabe bestätigen"
            danger={false}
            pending={action.pending}
            beforeOpen={() => form.check(transferProblems(draft, view))}
            onConfirm={confirm}
          >
            <p>
              {TRANSFER_KIND[draft.kind] ?? draft.kind}: Der Fall von {view.customer.firstName} {view.customer.lastName}{' '}
              geht an {draft.toCaseManagerId.trim()} im Team {draft.toTeamId.trim()}. Danach ist diese Fachkraft
              zuständig; eine laufende Vertretung endet.
            </p>
            {handback && <p>Die Begründung bindet das arbeitsmarktferne Fallmanagement.</p>}
          </ConfirmButton>
        </div>
      </form>
    </section>
  );
}
