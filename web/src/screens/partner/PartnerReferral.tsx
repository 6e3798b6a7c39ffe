import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, type ApiError } from '../../api/client';
import { useAction, useResource } from '../../api/hooks';
import {
  ABORT_REASON,
  CONSENT_SCOPE,
  label,
  NEXT_STEP,
  options,
  PARTNER_SERVICE,
  REFERRAL_REASON,
  REFERRAL_STATUS,
  REFERRAL_STATUS_TONE,
  REJECTION_REASON,
} from '../../domain/labels';
import { Badge, Loading } from '../../ui/feedback';
import { date, today } from '../../ui/format';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '../../ui/forms';
import { usePageTitle } from '../../ui/pageTitle';
import {
  canReport,
  checkReport,
  EMPTY_REPORT,
  isOpen,
  localProblem,
  plainGerman,
  REPORT_LABEL,
  reportBody,
  reportChoices,
  reportFields,
  startOverdue,
  type PartnerReferral as Referral,
  type ReportForm as Form,
} from './model';
import './partner.css';

const FIELD_LABELS: Record<string, string> = {
  status: 'Rückmeldung',
  reasonCode: 'Grund',
  startedOn: 'Beginn der Teilnahme',
  endedOn: 'Ende der Teilnahme',
  nextStepCode: 'Empfehlung für die nächsten Schritte',
  attended: 'Erster Termin',
};
const fieldId = (field: string) => `report-${field}`;

function path(referralId: string) {
  return `/partner-api/referrals/${encodeURIComponent(referralId)}`;
}

/** One referral as the partner API shows it to this agency, and the agency's structured report. */
export function PartnerReferral() {
  const { referralId = '' } = useParams();
  const referral = useResource(['network', 'partner-api', 'referrals', referralId], (signal) =>
    api<Referral>('network', path(referralId), { signal }).catch((e: unknown) => {
      if ((e as Error).name === 'AbortError') throw e;
      throw plainGerman(e);
    }),
  );
  const r = referral.data;
  usePageTitle(r ? `Überweisung ${r.referenceCode}` : 'Überweisung', 'Überweisungen');
  // what the last report changed, or why it could not: it stays until the next report, and takes the focus
  const [notice, setNotice] = useState<{ text: string; ok: boolean }>();
  // a new, empty form after each answer that changed the referral or showed it changed (not when a report starts)
  const [formKey, setFormKey] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <div className="partner-portal">
      <p>
        <Link to="/partner">← Alle Überweisungen</Link>
      </p>
      <h1 tabIndex={-1}>Überweisung {r ? <span className="mono">{r.referenceCode}</span> : null}</h1>
      {referral.error && !r ? (
        <div className="alert alert--error" role="alert">
          <strong>{referral.error.problem.title}</strong>
          {referral.error.problem.detail && <p>{referral.error.problem.detail}</p>}
        </div>
      ) : !r ? (
        <Loading label="Überweisung wird geladen …" />
      ) : (
        <>
          {notice && (
            <div
              ref={noticeRef}
              tabIndex={-1}
              className={`alert ${notice.ok ? 'alert--success' : 'alert--error'}`}
              role={notice.ok ? 'status' : 'alert'}
              data-testid="report-notice"
            >
              {notice.text}
            </div>
          )}
          <Facts r={r} />
          <Released r={r} />
          {isOpen(r.status) ? (
            <Report
              key={formKey}
              r={r}
              onSubmit={() => setNotice(undefined)}
              onReported={(updated) => {
                setNotice({
                  text: `Ihre Rückmeldung ist beim Jobcenter angekommen. Stand jetzt: ${label(REFERRAL_STATUS, updated.status)}.`,
                  ok: true,
                });
                setFormKey((k) => k + 1);
              }}
              onChanged={(refused) => {
                // the form was for a state that is gone: the page shows the state now, and says why nothing was sent
                setNotice({
                  text: `${refused.problem.title}. ${refused.problem.detail ?? ''}`,
                  ok: false,
                });
                setFormKey((k) => k + 1);
                referral.reload();
              }}
            />
          ) : (
            <p className="alert alert--info" data-testid="referral-ended">
              Die Überweisung ist beendet ({label(REFERRAL_STATUS, r.status)}). Eine weitere Rückmeldung ist nicht
              möglich.
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** What the agency may see: always the referral itself, the rest only as far as the consent releases it. */
function Facts({ r }: { r: Referral }) {
  const rows: [string, ReactNode][] = [
    ['Angebot', label(PARTNER_SERVICE, r.service)],
    [
      'Stand',
      <>
        <Badge tone={REFERRAL_STATUS_TONE[r.status]}>{label(REFERRAL_STATUS, r.status)}</Badge>{' '}
        {startOverdue(r, today()) && <Badge tone="danger">Beginn überfällig</Badge>}
      </>,
    ],
    ['Beginn bis', date(r.dueOn)],
  ];
  if (r.customerName) rows.push(['Kundin / Kunde', r.customerName]);
  if (r.customerPhone) rows.push(['Telefon', r.customerPhone]);
  if (r.customerEmail) rows.push(['E-Mail', r.customerEmail]);
  if (r.attended != null) rows.push(['Erster Termin', r.attended ? 'wahrgenommen' : 'nicht wahrgenommen']);
  if (r.startedOn) rows.push(['Beginn der Teilnahme', date(r.startedOn)]);
  if (r.endedOn) rows.push(['Ende der Teilnahme', date(r.endedOn)]);
  if (r.reasonCode) rows.push(['Grund', label(REFERRAL_REASON, r.reasonCode)]);
  if (r.nextStepCode) rows.push(['Empfehlung', label(NEXT_STEP, r.nextStepCode)]);
  return (
    <section className="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading">Angaben zur Überweisung</h2>
      <dl className="partner-facts" data-testid="referral-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Released({ r }: { r: Referral }) {
  const released = r.consentEffective ? (r.releasedScopes ?? []) : [];
  // in the order the consent form lists them, not the service's alphabetical one
  // a scope this screen has no words for yet is named as such, never by its code
  const scopes = Object.keys(CONSENT_SCOPE).filter((s) => released.includes(s));
  const unnamed = released.some((s) => !(s in CONSENT_SCOPE));
  return (
    <section className="card" aria-labelledby="consent-heading" data-testid="referral-consent">
      <h2 id="consent-heading">Einwilligung der Kundin / des Kunden</h2>
      {scopes.length > 0 || unnamed ? (
        <>
          <p>Die Kundin / der Kunde hat eingewilligt, dass Sie und das Jobcenter sich hierüber austauschen:</p>
          <ul>
            {scopes.map((s) => (
              <li key={s}>{label(CONSENT_SCOPE, s)}</li>
            ))}
            {unnamed && <li>weitere Angaben laut Einwilligungsformular</li>}
          </ul>
        </>
      ) : isOpen(r.status) ? (
        <p>
          Zurzeit liegt keine wirksame Einwilligung für Ihre Beratungsstelle vor (keine erteilt, widerrufen oder
          abgelaufen). Sie sehen deshalb keine Angaben über die Kundin / den Kunden; die Kundin / der Kunde meldet sich
          mit dem Überweisungscode bei Ihnen.
          {r.status === 'REQUESTED' && ' Sie können die Überweisung annehmen oder ablehnen.'}
        </p>
      ) : (
        <p>Mit dem Ende der Überweisung endet auch der Austausch von Angaben über die Kundin / den Kunden.</p>
      )}
    </section>
  );
}

function Report({
  r,
  onSubmit,
  onReported,
  onChanged,
}: {
  r: Referral;
  onSubmit: () => void;
  onReported: (updated: Referral) => void;
  /** the referral changed meanwhile (the Jobcenter withdrew it, a colleague reported): the page shows its state now */
  onChanged: (refused: ApiError) => void;
}) {
  const choices = reportChoices(r);
  const [form, setForm] = useState<Form>(EMPTY_REPORT);
  const [local, setLocal] = useState<ApiError>();
  const formRef = useRef<HTMLFormElement>(null);
  const send = useCallback(
    async (body: Record<string, string | boolean>) => {
      try {
        return await api<Referral>('network', `${path(r.id)}/status`, { method: 'POST', body });
      } catch (e) {
        const refused = plainGerman(e);
        if (refused.status === 409) onChanged(refused);
        throw refused;
      }
    },
    [r.id, onChanged],
  );
  const action = useAction(send);
  const error = local ?? action.error;
  const errors = error?.fieldErrors() ?? {};
  useEffect(() => {
    // the summary takes the focus so that keyboard and screen-reader users land on what to correct
    if (error) formRef.current?.querySelector<HTMLElement>('.error-summary')?.focus();
  }, [error]);

  if (!canReport(choices)) {
    return (
      <section className="card" aria-labelledby="report-heading">
        <h2 id="report-heading">Rückmeldung an das Jobcenter</h2>
        <p>
          Für den nächsten Schritt ({choices.withheld.map((s) => REPORT_LABEL[s]).join(' oder ')}) fehlt die
          Einwilligung der Kundin / des Kunden. Bitte wenden Sie sich an das Jobcenter.
        </p>
      </section>
    );
  }

  const shown = reportFields(form, choices);
  const set = (changes: Partial<Form>) => setForm((f) => ({ ...f, ...changes }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkReport(form, r, choices, today());
    setLocal(localProblem(found));
    if (found.length > 0) {
      action.reset();
      return;
    }
    onSubmit();
    const updated = await action.run(reportBody(form, choices));
    if (updated) onReported(updated);
  }

  return (
    <section className="card" aria-labelledby="report-heading">
      <h2 id="report-heading">Rückmeldung an das Jobcenter</h2>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="report-form">
        <ErrorSummary error={error} labels={FIELD_LABELS} fieldId={fieldId} />
        <SelectField
          id={fieldId('status')}
          label={FIELD_LABELS.status}
          name="status"
          errors={errors}
          value={form.status}
          // without a new status the report only adds the details below (where the consent allows any)
          placeholder={
            choices.attended || choices.nextStep ? 'Stand unverändert, nur Angaben ergänzen' : 'Bitte wählen'
          }
          options={choices.statuses.map((s) => ({ value: s, label: REPORT_LABEL[s] }))}
          onChange={(e) => set({ status: e.target.value as Form['status'] })}
          hint={
            choices.withheld.length > 0
              ? `Nicht möglich ohne Einwilligung: ${choices.withheld.map((s) => REPORT_LABEL[s]).join(', ')}.`
              : undefined
          }
        />
        {shown.reasonCode && (
          <SelectField
            id={fieldId('reasonCode')}
            label={FIELD_LABELS.reasonCode}
            name="reasonCode"
            errors={errors}
            value={form.reasonCode}
            placeholder="Bitte wählen"
            options={options(form.status === 'REJECTED' ? REJECTION_REASON : ABORT_REASON)}
            onChange={(e) => set({ reasonCode: e.target.value })}
          />
        )}
        {shown.startedOn && (
          <TextField
            id={fieldId('startedOn')}
            label={FIELD_LABELS.startedOn}
            name="startedOn"
            type="date"
            errors={errors}
            value={form.startedOn}
            max={today()}
            onChange={(e) => set({ startedOn: e.target.value })}
            hint="Leer lassen, wenn die Teilnahme heute begonnen hat."
          />
        )}
        {shown.endedOn && (
          <TextField
            id={fieldId('endedOn')}
            label={FIELD_LABELS.endedOn}
            name="endedOn"
            type="date"
            errors={errors}
            value={form.endedOn}
            max={today()}
            onChange={(e) => set({ endedOn: e.target.value })}
            hint="Leer lassen, wenn die Teilnahme heute geendet hat."
          />
        )}
        {shown.attended && (
          <SelectField
            id={fieldId('attended')}
            label="Hat die Kundin / der Kunde den ersten Termin wahrgenommen?"
            name="attended"
            errors={errors}
            value={form.attended}
            placeholder="Keine Angabe"
            options={[
              { value: 'yes', label: 'ja' },
              { value: 'no', label: 'nein' },
            ]}
            onChange={(e) => set({ attended: e.target.value as Form['attended'] })}
          />
        )}
        {shown.nextStepCode && (
          <SelectField
            id={fieldId('nextStepCode')}
            label={FIELD_LABELS.nextStepCode}
            name="nextStepCode"
            errors={errors}
            value={form.nextStepCode}
            placeholder="Keine Empfehlung"
            options={options(NEXT_STEP)}
            onChange={(e) => set({ nextStepCode: e.target.value })}
          />
        )}
        <p className="hint">
          Rückmeldungen sind strukturiert: Beratungsinhalte werden nie an das Jobcenter übermittelt.
        </p>
        <SubmitButton pending={action.pending} pendingLabel="Wird gesendet …">
          Rückmeldung senden
        </SubmitButton>
      </form>
    </section>
  );
}
