import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { answer, network } from '../../../../api/typed';
import { useAction, useMessage } from '../../../../api/hooks';
import { CheckboxField, FormErrors, SelectField, SubmitButton, TextField } from '../../../../ui/forms';
import { Badge, ConfirmButton, Empty, ErrorMessage, Success } from '../../../../ui/feedback';
import { date, dateTime, today } from '../../../../ui/format';
import { partnerName, type Partner } from '../plan/lookups';
import { label, PARTNER_SERVICE, REFERRAL_STATUS } from '../../../../domain/labels';
import { NEXT_STEP_LABEL, REASON_LABEL, REFERRAL_STATUS_TONE, type ConsentView, type ReferralView } from './types';

const OPEN = ['REQUESTED', 'ACCEPTED', 'STARTED'];

/** requested → accepted / rejected → started → completed / aborted; withdrawn or ended by closure. */
function Timeline({ r }: { r: ReferralView }) {
  const s = r.status;
  const accepted = ['ACCEPTED', 'STARTED', 'COMPLETED', 'ABORTED'].includes(s) || !!r.startedOn;
  const steps: { text: string; done: boolean }[] = [
    {
      text: `Angefragt am ${dateTime(r.sentAt)}${r.dueOn ? ` – Beginn erwartet bis ${date(r.dueOn)}` : ''}`,
      done: true,
    },
    s === 'REJECTED'
      ? { text: `Vom Partner abgelehnt: ${label(REASON_LABEL, r.reasonCode)}`, done: true }
      : { text: accepted ? 'Vom Partner angenommen' : 'Annahme durch den Partner (offen)', done: accepted },
  ];
  if (s !== 'REJECTED') {
    steps.push({
      text: r.startedOn
        ? `Begonnen am ${date(r.startedOn)}${r.attended === false ? ' (Termin nicht wahrgenommen)' : ''}`
        : 'Beginn (offen)',
      done: !!r.startedOn,
    });
    if (s === 'COMPLETED') steps.push({ text: `Abgeschlossen am ${date(r.endedOn)}`, done: true });
    else if (s === 'ABORTED')
      steps.push({ text: `Abgebrochen am ${date(r.endedOn)}: ${label(REASON_LABEL, r.reasonCode)}`, done: true });
    else if (OPEN.includes(s)) steps.push({ text: 'Abschluss (offen)', done: false });
  }
  if (s === 'REVOKED') steps.push({ text: `Vom Fallmanagement zurückgezogen am ${dateTime(r.updatedAt)}`, done: true });
  if (s === 'ENDED_BY_CLOSURE')
    steps.push({ text: `Mit dem Fallabschluss beendet am ${dateTime(r.updatedAt)}`, done: true });
  if (r.nextStepCode)
    steps.push({ text: `Empfehlung des Partners: ${label(NEXT_STEP_LABEL, r.nextStepCode)}`, done: true });
  return (
    <ol className="timeline" aria-label="Verlauf der Überweisung">
      {steps.map((step, i) => (
        <li key={i} className={step.done ? undefined : 'timeline__open'}>
          {step.text}
        </li>
      ))}
    </ol>
  );
}

function Revoke({ caseId, referral, partner }: { caseId: string; referral: ReferralView; partner: string }) {
  const revoke = useAction(() =>
    answer(
      network.POST('/api/cases/{caseId}/referrals/{referralId}/revocation', {
        params: { path: { caseId, referralId: referral.id } },
      }),
    ),
  );
  return (
    <>
      <ConfirmButton
        label="Überweisung zurückziehen"
        title="Überweisung zurückziehen?"
        confirmLabel="Zurückziehen bestätigen"
        pending={revoke.pending}
        onConfirm={async () => {
          await revoke.run();
        }}
      >
        <p>
          Die Überweisung an <strong>{partner}</strong> ({label(PARTNER_SERVICE, referral.service)}) endet. Das lässt
          sich nicht rückgängig machen.
        </p>
      </ConfirmButton>
      {revoke.error && <ErrorMessage error={revoke.error} />}
    </>
  );
}

export function ReferralList({
  caseId,
  referrals,
  partners,
  closed,
}: {
  caseId: string;
  referrals: ReferralView[];
  partners?: Partner[];
  closed: boolean;
}) {
  const sorted = [...referrals].sort(
    (a, b) => Number(OPEN.includes(b.status)) - Number(OPEN.includes(a.status)) || b.sentAt.localeCompare(a.sentAt),
  );
  return (
    <div data-testid="partner-referrals">
      {sorted.length === 0 ? (
        <Empty>Keine Überweisungen.</Empty>
      ) : (
        <ul className="note-list">
          {sorted.map((r) => {
            const status = {
              label: label(REFERRAL_STATUS, r.status),
              tone: REFERRAL_STATUS_TONE[r.status] ?? 'neutral',
            };
            const partner = partnerName(partners, r.partnerId);
            const overdue = OPEN.includes(r.status) && !r.startedOn && r.dueOn && r.dueOn < today();
            return (
              <li key={r.id} className="plan-row">
                <p>
                  <strong>{partner}</strong> · {label(PARTNER_SERVICE, r.service)}{' '}
                  <Badge tone={status.tone}>{status.label}</Badge>{' '}
                  {overdue && <Badge tone="danger">Beginn überfällig</Badge>}
                </p>
                <p className="muted">
                  Überweisungscode <span className="mono">{r.referenceCode}</span> ·{' '}
                  {r.customer
                    ? `Kontaktdaten übermittelt (${[r.customer.name, r.customer.phone, r.customer.email].filter(Boolean).join(', ')})`
                    : 'ohne Kontaktdaten – die Kundin / der Kunde meldet sich mit dem Code'}
                </p>
                <Timeline r={r} />
                {OPEN.includes(r.status) && !closed && <Revoke caseId={caseId} referral={r} partner={partner} />}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export function ReferralForm({
  caseId,
  partners,
  consents,
  customerName,
}: {
  caseId: string;
  partners: Partner[];
  consents: ConsentView[];
  customerName: string;
}) {
  const [partnerId, setPartnerId] = useState('');
  const [service, setService] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [withContact, setWithContact] = useState(false);
  const [name, setName] = useState(customerName);
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useMessage<ReferralView>();
  const partner = partners.find((p) => p.id === partnerId);
  const services = partner?.services ?? [];
  const consent = consents.find(
    (c) => c.partnerId === partnerId && c.status === 'GIVEN' && c.validFrom <= today() && c.validUntil >= today(),
  );
  const contactAllowed = !!consent?.scopes?.includes('CONTACT_DETAILS');
  const send = useAction(() =>
    api<ReferralView>('network', `/api/cases/${caseId}/referrals`, {
      method: 'POST',
      body: {
        partnerId: partnerId || null,
        service: service || null,
        dueOn: dueOn || null,
        customer: withContact ? { name, phone: phone || null, email: email || null } : null,
      },
    }),
  );
  // "customer" is the consent rule (CONSENT_REQUIRED_FOR_CUSTOMER_DATA): it concerns the chosen partner
  const errors = {
    ...send.fieldErrors,
    partnerId: [...(send.fieldErrors.partnerId ?? []), ...(send.fieldErrors.customer ?? [])],
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSent(undefined);
    const r = await send.run();
    if (r) {
      setSent(r);
      setPartnerId('');
      setService('');
      setDueOn('');
      setWithContact(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={send.error} />
      <div className="row row--top">
        <SelectField
          label="Partner"
          name="partnerId"
          errors={errors}
          required
          placeholder="– Partner wählen –"
          options={partners.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
          value={partnerId}
          onChange={(e) => {
            setPartnerId(e.target.value);
            const p = partners.find((x) => x.id === e.target.value);
            setService(p?.services?.length === 1 ? p.services[0] : '');
          }}
        />
        <SelectField
          label="Leistung"
          name="service"
          errors={errors}
          required
          placeholder="– Leistung wählen –"
          options={services.map((s) => ({ value: s, label: label(PARTNER_SERVICE, s) }))}
          value={service}
          onChange={(e) => setService(e.target.value)}
        />
        <TextField
          label="Beginn erwartet bis"
          type="date"
          name="dueOn"
          errors={errors}
          value={dueOn}
          min={today()}
          onChange={(e) => setDueOn(e.target.value)}
        />
      </div>
      {partnerId && (
        <p className={`alert ${contactAllowed ? 'alert--info' : 'alert--warn'}`}>
          {contactAllowed
            ? `Eine Einwilligung für diesen Partner gibt die Kontaktdaten frei (gültig bis ${date(consent!.validUntil)}).`
            : consent
              ? 'Die Einwilligung für diesen Partner gibt keine Kontaktdaten frei: die Kundin / der Kunde erhält den Überweisungscode und meldet sich selbst.'
              : 'Für diesen Partner liegt keine Einwilligung vor: es gehen keine Kontaktdaten an ihn. Die Kundin / der Kunde erhält den Überweisungscode und meldet sich selbst.'}
        </p>
      )}
      <CheckboxField
        label="Kontaktdaten der Kundin / des Kunden mitgeben (nur mit Einwilligung)"
        name="customer"
        checked={withContact}
        onChange={setWithContact}
      />
      {withContact && (
        <div className="row row--top">
          <TextField
            label="Name"
            name="customer.name"
            errors={errors}
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label="Telefon"
            name="customer.phone"
            errors={errors}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
          <TextField
            label="E-Mail"
            type="email"
            name="customer.email"
            errors={errors}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
      )}
      {sent && (
        <Success>
          Überweisung angelegt. Überweisungscode für die Kundin / den Kunden:{' '}
          <strong className="mono">{sent.referenceCode}</strong>
        </Success>
      )}
      <div className="actions">
        <SubmitButton pending={send.pending}>Überweisung anlegen</SubmitButton>
      </div>
    </form>
  );
}
