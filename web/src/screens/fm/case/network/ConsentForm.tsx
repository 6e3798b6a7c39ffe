import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage } from '../../../../api/hooks';
import { FormErrors, SelectField, SubmitButton, TextField } from '../../../../ui/forms';
import { Success } from '../../../../ui/feedback';
import { date, today } from '../../../../ui/format';
import type { Partner } from '../plan/lookups';
import { plusMonths } from '../plan/types';
import { ScopeChecks } from './ScopeChecks';
import { options } from '../../../../domain/labels';
import { CHANNEL_LABEL, purposeLabel, type ConsentFormView, type ConsentView } from './types';

/** Newest version of each form code first. */
function sortForms(forms: ConsentFormView[]): ConsentFormView[] {
  return [...forms].sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version);
}

/** Records the customer's declaration for exactly one partner: given (with scopes) or refused. */
/**
 * A consent form as staff recognise it: the beginning of its text and its version, with the date it took effect —
 * never its internal code (an administrator's key such as a form number).
 */
function formLabel(form: ConsentFormView): string {
  const text = form.text.length > 60 ? `${form.text.slice(0, 60).replace(/\s+\S*$/, '')} …` : form.text;
  return `${text} (Fassung ${form.version} vom ${date(form.createdAt)})`;
}

export function ConsentForm({
  caseId,
  partners,
  forms,
}: {
  caseId: string;
  partners: Partner[];
  forms: ConsentFormView[];
}) {
  const sorted = sortForms(forms);
  const [partnerId, setPartnerId] = useState('');
  const [formId, setFormId] = useState(sorted[0]?.id ?? '');
  const [decision, setDecision] = useState('GIVEN');
  const [scopes, setScopes] = useState<string[]>([]);
  const [purposeCode, setPurposeCode] = useState('');
  const [validFrom, setValidFrom] = useState(today());
  const [validUntil, setValidUntil] = useState(plusMonths(today(), 12));
  const [channel, setChannel] = useState('WRITTEN');
  const [documentRef, setDocumentRef] = useState('');
  const [recorded, setRecorded] = useMessage<ConsentView>();
  const form = sorted.find((f) => f.id === formId);
  const refused = decision === 'REFUSED';
  const record = useAction(() =>
    api<ConsentView>('network', `/api/cases/${caseId}/consents`, {
      method: 'POST',
      body: refused
        ? { partnerId: partnerId || null, formId: formId || null, decision, channel }
        : {
            partnerId: partnerId || null,
            formId: formId || null,
            decision,
            scopes,
            purposeCode: purposeCode || null,
            validFrom: validFrom || null,
            validUntil: validUntil || null,
            channel,
            documentRef: documentRef || null,
          },
    }),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRecorded(undefined);
    const c = await record.run();
    if (c) {
      setRecorded(c);
      setPartnerId('');
      setScopes([]);
      setPurposeCode('');
      setDocumentRef('');
      setDecision('GIVEN');
    }
  }

  const partnerLabel = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={record.error} />
      <p className="alert alert--info">
        Die Schweigepflichtentbindung ist freiwillig und gilt für genau einen Partner. Lehnt die Kundin / der Kunde ab,
        hat das keinerlei Nachteile und keine Rechtsfolgen – insbesondere keine Leistungsminderung. Die Ablehnung wird
        nur hier dokumentiert und an niemanden weitergegeben. Beratungsinhalte werden nie ausgetauscht.
      </p>
      <div className="row row--top">
        <SelectField
          label="Partner"
          name="partnerId"
          errors={record.fieldErrors}
          required
          placeholder="– Partner wählen –"
          options={partners.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
          value={partnerId}
          onChange={(e) => setPartnerId(e.target.value)}
        />
        <SelectField
          label="Formular"
          name="formId"
          errors={record.fieldErrors}
          required
          options={sorted.map((f) => ({ value: f.id, label: formLabel(f) }))}
          value={formId}
          onChange={(e) => {
            setFormId(e.target.value);
            setScopes([]);
            setPurposeCode('');
          }}
        />
        <SelectField
          label="Erklärung der Kundin / des Kunden"
          name="decision"
          errors={record.fieldErrors}
          options={[
            { value: 'GIVEN', label: 'Einwilligung erteilt' },
            { value: 'REFUSED', label: 'Einwilligung abgelehnt' },
          ]}
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
        />
      </div>
      {form && (
        <details>
          <summary>Wortlaut des Formulars, den die Kundin / der Kunde gesehen hat</summary>
          <blockquote className="consent-wording">{form.text}</blockquote>
        </details>
      )}
      {!refused && form && (
        <>
          <ScopeChecks
            legend="Freigegebene Informationen"
            available={form.scopes ?? []}
            selected={scopes}
            onChange={setScopes}
            errors={record.fieldErrors}
            hint="Nur die angekreuzten Angaben dürfen ausgetauscht werden; die Kundin / der Kunde kann die Freigabe beschränken."
          />
          <div className="row row--top">
            <SelectField
              label="Zweck"
              name="purposeCode"
              errors={record.fieldErrors}
              required
              placeholder="– Zweck wählen –"
              options={(form.purposes ?? []).map((p) => ({ value: p, label: purposeLabel(p) }))}
              value={purposeCode}
              onChange={(e) => setPurposeCode(e.target.value)}
            />
            <TextField
              label="Gültig ab"
              type="date"
              name="validFrom"
              errors={record.fieldErrors}
              value={validFrom}
              onChange={(e) => setValidFrom(e.target.value)}
            />
            <TextField
              label="Gültig bis"
              type="date"
              name="validUntil"
              errors={record.fieldErrors}
              required
              value={validUntil}
              hint="höchstens 24 Monate"
              onChange={(e) => setValidUntil(e.target.value)}
            />
          </div>
        </>
      )}
      <div className="row row--top">
        <SelectField
          label="Form der Erklärung"
          name="channel"
          errors={record.fieldErrors}
          options={options(CHANNEL_LABEL)}
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
        />
        {!refused && (
          <TextField
            label="Nachweis"
            name="documentRef"
            errors={record.fieldErrors}
            required
            value={documentRef}
            hint="Ablageort des unterschriebenen Formulars oder der elektronischen Erklärung (SGB X § 67b)"
            onChange={(e) => setDocumentRef(e.target.value)}
          />
        )}
      </div>
      {recorded && (
        <Success>
          {recorded.status === 'REFUSED'
            ? `Die Ablehnung für ${partnerLabel(recorded.partnerId)} ist dokumentiert. Sie hat keine Folgen.`
            : `Einwilligung für ${partnerLabel(recorded.partnerId)} erfasst, gültig bis ${date(recorded.validUntil)}.`}
        </Success>
      )}
      <div className="actions">
        <SubmitButton pending={record.pending}>Einwilligung erfassen</SubmitButton>
      </div>
    </form>
  );
}
