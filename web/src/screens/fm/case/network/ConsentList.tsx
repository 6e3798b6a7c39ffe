import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { FormErrors, SubmitButton, TextField } from '../../../../ui/forms';
import { Badge, ConfirmButton, Empty, ErrorMessage } from '../../../../ui/feedback';
import { date, dateTime } from '../../../../ui/format';
import { partnerName, type Partner } from '../plan/lookups';
import { label } from '../../../../domain/labels';
import { ScopeChecks } from './ScopeChecks';

const SCOPE_ORDER = Object.keys(SCOPE_LABEL);
import {
  CHANNEL_LABEL,
  CONSENT_STATUS,
  HISTORY_KIND,
  purposeLabel,
  SCOPE_LABEL,
  scopeList,
  type CaseConsents,
  type ConsentView,
} from './types';
import { scrollRegion } from '../../../../ui/table';

function Limit({
  caseId,
  consent,
  onDone,
}: {
  caseId: string;
  consent: ConsentView;
  onDone: (message: string) => void;
}) {
  const [scopes, setScopes] = useState<string[]>(consent.scopes ?? []);
  const [documentRef, setDocumentRef] = useState('');
  const limit = useAction(() =>
    api<ConsentView>('network', `/api/cases/${caseId}/consents/${consent.id}/limitation`, {
      method: 'POST',
      body: { scopes, documentRef: documentRef || null },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await limit.run()) onDone('Die Einwilligung ist beschränkt: die bisherige endet, eine engere ersetzt sie.');
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <FormErrors error={limit.error} />
      <ScopeChecks
        legend="Weiterhin freigegeben"
        available={consent.scopes ?? []}
        selected={scopes}
        onChange={setScopes}
        errors={limit.fieldErrors}
        hint="Nehmen Sie die Angaben heraus, die nicht mehr ausgetauscht werden sollen."
      />
      <TextField
        label="Nachweis der Beschränkung"
        name="documentRef"
        errors={limit.fieldErrors}
        value={documentRef}
        onChange={(e) => setDocumentRef(e.target.value)}
      />
      <SubmitButton pending={limit.pending}>Beschränkung speichern</SubmitButton>
    </form>
  );
}

function Renew({
  caseId,
  consent,
  onDone,
}: {
  caseId: string;
  consent: ConsentView;
  onDone: (message: string) => void;
}) {
  const [validUntil, setValidUntil] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const renew = useAction(() =>
    api<ConsentView>('network', `/api/cases/${caseId}/consents/${consent.id}/renewal`, {
      method: 'POST',
      body: { validUntil: validUntil || null, documentRef },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    const c = await renew.run();
    if (c) onDone(`Die Einwilligung ist verlängert bis ${date(c.validUntil)}.`);
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <FormErrors error={renew.error} />
      <div className="row row--top">
        <TextField
          label="Neu gültig bis"
          type="date"
          name="validUntil"
          errors={renew.fieldErrors}
          required
          value={validUntil}
          hint="höchstens 24 Monate"
          onChange={(e) => setValidUntil(e.target.value)}
        />
        <TextField
          label="Nachweis der Verlängerung"
          name="documentRef"
          errors={renew.fieldErrors}
          required
          value={documentRef}
          onChange={(e) => setDocumentRef(e.target.value)}
        />
      </div>
      <SubmitButton pending={renew.pending}>Verlängerung speichern</SubmitButton>
    </form>
  );
}

function ConsentActions({
  caseId,
  consent,
  partner,
  onChanged,
}: {
  caseId: string;
  consent: ConsentView;
  partner: string;
  onChanged: (message: string) => void;
}) {
  const [open, setOpen] = useState<'limit' | 'renew'>();
  const revoke = useAction(() =>
    api<ConsentView>('network', `/api/cases/${caseId}/consents/${consent.id}/revocation`, { method: 'POST' }),
  );
  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={open === 'limit'}
          onClick={() => setOpen(open === 'limit' ? undefined : 'limit')}
        >
          Beschränken
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open === 'renew'}
          onClick={() => setOpen(open === 'renew' ? undefined : 'renew')}
        >
          Verlängern
        </button>
        <ConfirmButton
          label="Einwilligung widerrufen"
          title="Einwilligung widerrufen?"
          confirmLabel="Widerruf bestätigen"
          pending={revoke.pending}
          onConfirm={async () => {
            if (await revoke.run()) onChanged(`Die Einwilligung für ${partner} ist widerrufen.`);
          }}
        >
          <p>
            Die Einwilligung für <strong>{partner}</strong> endet sofort: ab der nächsten Anfrage erhält der Partner
            keine Angaben mehr über die Kundin / den Kunden.
          </p>
          <p>
            Der Widerruf hat für die Kundin / den Kunden keine Nachteile. Er lässt sich nicht rückgängig machen; eine
            neue Einwilligung kann jederzeit erfasst werden.
          </p>
        </ConfirmButton>
      </div>
      {revoke.error && <ErrorMessage error={revoke.error} />}
      {open === 'limit' && (
        <Limit
          caseId={caseId}
          consent={consent}
          onDone={(m) => {
            setOpen(undefined);
            onChanged(m);
          }}
        />
      )}
      {open === 'renew' && (
        <Renew
          caseId={caseId}
          consent={consent}
          onDone={(m) => {
            setOpen(undefined);
            onChanged(m);
          }}
        />
      )}
    </>
  );
}

/** The consents of the case (given first) with limit / renew / revoke, and the immutable history. */
export function ConsentList({
  caseId,
  data,
  partners,
  closed,
  onChanged,
}: {
  caseId: string;
  data: CaseConsents;
  partners?: Partner[];
  closed: boolean;
  onChanged: (message: string) => void;
}) {
  const all = [...(data.consents ?? [])].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  const current = all
    .filter((c) => c.status === 'GIVEN' || c.status === 'REFUSED')
    .sort((a, b) => Number(b.status === 'GIVEN') - Number(a.status === 'GIVEN'));
  const ended = all.filter((c) => c.status !== 'GIVEN' && c.status !== 'REFUSED');
  const history = [...(data.history ?? [])].sort((a, b) => b.seq - a.seq);
  const item = (c: ConsentView) => {
    const status = CONSENT_STATUS[c.status] ?? { label: c.status, tone: 'neutral' as const };
    const partner = partnerName(partners, c.partnerId);
    return (
      <li key={c.id} className="plan-row" data-testid={`consent-${c.status}`}>
        <p>
          <strong>{partner}</strong> <Badge tone={status.tone}>{status.label}</Badge>
        </p>
        {c.status === 'REFUSED' ? (
          <p className="muted">
            Abgelehnt am {date(c.validFrom)} ({label(CHANNEL_LABEL, c.channel)}) · {c.recordedBy}. Die Ablehnung hat
            keine Folgen und wird nicht weitergegeben.
          </p>
        ) : (
          <>
            <ul className="scope-list" aria-label="Freigegebene Informationen">
              {(c.scopes ?? [])
                .slice()
                .sort((a, b) => SCOPE_ORDER.indexOf(a) - SCOPE_ORDER.indexOf(b))
                .map((s) => (
                  <li key={s}>{SCOPE_LABEL[s] ?? s}</li>
                ))}
            </ul>
            <p className="muted">
              Zweck: {purposeLabel(c.purposeCode)} · gültig {date(c.validFrom)} bis {date(c.validUntil)} ·{' '}
              {label(CHANNEL_LABEL, c.channel)} · Nachweis: {c.documentRef ?? '–'} · erfasst {dateTime(c.recordedAt)}{' '}
              von {c.recordedBy}
              {c.endedAt ? ` · beendet ${dateTime(c.endedAt)}` : ''}
            </p>
          </>
        )}
        {c.status === 'GIVEN' && !closed && (
          <ConsentActions caseId={caseId} consent={c} partner={partner} onChanged={onChanged} />
        )}
      </li>
    );
  };
  return (
    <div data-testid="consents">
      {current.length === 0 ? (
        <Empty>Keine geltenden Einwilligungen oder Ablehnungen.</Empty>
      ) : (
        <ul className="note-list">{current.map(item)}</ul>
      )}
      {ended.length > 0 && (
        <details>
          <summary>Beendete Einwilligungen ({ended.length}): widerrufen, ersetzt oder abgelaufen</summary>
          <ul className="note-list">{ended.map(item)}</ul>
        </details>
      )}
      {history.length > 0 && (
        <details open>
          <summary>Verlauf (unveränderlich, {history.length} Einträge)</summary>
          <div className="table-wrap" {...scrollRegion('Verlauf der Einwilligungen')}>
            <table className="table">
              <caption className="visually-hidden">Verlauf der Einwilligungen</caption>
              <thead>
                <tr>
                  <th scope="col">Zeitpunkt</th>
                  <th scope="col">Partner</th>
                  <th scope="col">Schritt</th>
                  <th scope="col">Freigaben</th>
                  <th scope="col">Form / Nachweis</th>
                  <th scope="col">durch</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.seq}>
                    <th scope="row">{dateTime(h.occurredAt)}</th>
                    <td>{partnerName(partners, h.partnerId)}</td>
                    <td>{label(HISTORY_KIND, h.kind)}</td>
                    <td>{scopeList(h.scopes)}</td>
                    <td>
                      {h.channel ? label(CHANNEL_LABEL, h.channel) : '–'}
                      {h.documentRef ? ` · ${h.documentRef}` : ''}
                    </td>
                    <td>{h.actor}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
