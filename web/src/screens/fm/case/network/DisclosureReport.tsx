import { useState } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { Empty, ErrorMessage } from '../../../../ui/feedback';
import { date, dateTime } from '../../../../ui/format';
import { partnerName, type Partner } from '../plan/lookups';
import { label, PARTNER_SERVICE, REFERRAL_STATUS } from '../../../../domain/labels';
import {
  CHANNEL_LABEL,
  CONSENT_STATUS,
  HISTORY_KIND,
  purposeLabel,
  scopeList,
  type DisclosureReportView,
} from './types';
import { scrollRegion } from '../../../../ui/table';

/** What a partner did through the partner API (network's audit actions). */
const PARTNER_ACCESS: Record<string, string> = {
  LIST: 'Liste der Überweisungen abgerufen',
  READ: 'Überweisung gelesen',
  UPDATE: 'Stand gemeldet',
  DENIED: 'Zugriff abgelehnt',
};

/** A partner access's referral in words: its service and date (the report lists the case's referrals). */
function referralText(report: DisclosureReportView, referralId?: string | null): string {
  if (!referralId) return '–';
  const referral = report.referrals?.find((r) => r.referralId === referralId);
  return referral
    ? `${label(PARTNER_SERVICE, referral.service)} vom ${date(referral.sentAt)}`
    : 'eine frühere Überweisung';
}

/** Art. 15 DSGVO: what was disclosed to whom. Produced on request, because producing it is audited. */
export function DisclosureReport({ caseId, partners }: { caseId: string; partners?: Partner[] }) {
  const [report, setReport] = useState<DisclosureReportView>();
  const load = useAction(
    () => api<DisclosureReportView>('network', `/api/cases/${caseId}/disclosure-report`),
    // a read (audited, hence on demand): it changes nothing on screen
    { invalidates: false },
  );
  const p = (id: string) => partnerName(partners, id);
  return (
    <div className="stack">
      <p className="hint">
        Für die Auskunft an die Kundin / den Kunden (Art. 15 DSGVO): jede Einwilligung mit Verlauf, jede Überweisung und
        jeder Zugriff eines Partners. Das Erstellen wird protokolliert.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={load.pending}
          onClick={async () => {
            const r = await load.run();
            if (r) setReport(r);
          }}
        >
          {load.pending ? 'Wird erstellt …' : report ? 'Auskunftsbericht neu erstellen' : 'Auskunftsbericht erstellen'}
        </button>
      </div>
      {load.error && <ErrorMessage error={load.error} />}
      {report && (
        <div data-testid="disclosure-report">
          <p className="muted">Stand: {dateTime(report.createdAt)}</p>
          <div className="table-wrap" {...scrollRegion('Einwilligungen')}>
            <table className="table">
              <caption>Einwilligungen</caption>
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col">Status</th>
                  <th scope="col">Freigegebene Informationen</th>
                  <th scope="col">Zweck</th>
                  <th scope="col">Gültig</th>
                  <th scope="col">Form</th>
                </tr>
              </thead>
              <tbody>
                {(report.consents ?? []).map((c) => (
                  <tr key={c.consentId}>
                    <th scope="row">{p(c.partnerId)}</th>
                    <td>
                      {CONSENT_STATUS[c.status]?.label ?? c.status}
                      {c.endedAt ? ` (${dateTime(c.endedAt)})` : ''}
                    </td>
                    <td>{scopeList(c.scopes)}</td>
                    <td>{purposeLabel(c.purposeCode)}</td>
                    <td>{c.status === 'REFUSED' ? '–' : `${date(c.validFrom)} – ${date(c.validUntil)}`}</td>
                    <td>{label(CHANNEL_LABEL, c.channel)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {(report.consents ?? []).length === 0 && <Empty>Keine Einwilligungen.</Empty>}
          <div className="table-wrap" {...scrollRegion('Verlauf der Einwilligungen')}>
            <table className="table">
              <caption>Verlauf der Einwilligungen</caption>
              <thead>
                <tr>
                  <th scope="col">Zeitpunkt</th>
                  <th scope="col">Partner</th>
                  <th scope="col">Schritt</th>
                  <th scope="col">Freigaben</th>
                  <th scope="col">durch</th>
                </tr>
              </thead>
              <tbody>
                {(report.history ?? []).map((h, i) => (
                  <tr key={i}>
                    <th scope="row">{dateTime(h.at)}</th>
                    <td>{p(h.partnerId)}</td>
                    <td>{label(HISTORY_KIND, h.kind)}</td>
                    <td>{scopeList(h.scopes)}</td>
                    <td>{h.actor}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap" {...scrollRegion('Überweisungen')}>
            <table className="table">
              <caption>Überweisungen</caption>
              <thead>
                <tr>
                  <th scope="col">Angefragt</th>
                  <th scope="col">Partner</th>
                  <th scope="col">Leistung</th>
                  <th scope="col">Status</th>
                  <th scope="col">Kontaktdaten übermittelt</th>
                </tr>
              </thead>
              <tbody>
                {(report.referrals ?? []).map((r) => (
                  <tr key={r.referralId}>
                    <th scope="row">{dateTime(r.sentAt)}</th>
                    <td>{p(r.partnerId)}</td>
                    <td>{label(PARTNER_SERVICE, r.service)}</td>
                    <td>{label(REFERRAL_STATUS, r.status)}</td>
                    <td>{r.contactDetailsShared ? 'ja' : 'nein'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap" {...scrollRegion('Zugriffe von Partnern')}>
            <table className="table">
              <caption>Zugriffe von Partnern</caption>
              <thead>
                <tr>
                  <th scope="col">Zeitpunkt</th>
                  <th scope="col">Partner-Kennung</th>
                  <th scope="col">Aktion</th>
                  <th scope="col">Überweisung</th>
                  <th scope="col">Grundlage</th>
                </tr>
              </thead>
              <tbody>
                {(report.partnerAccesses ?? []).map((a, i) => (
                  <tr key={i}>
                    <th scope="row">{dateTime(a.at)}</th>
                    <td>{a.partnerUser}</td>
                    <td>{label(PARTNER_ACCESS, a.action)}</td>
                    <td>{referralText(report, a.referralId)}</td>
                    <td>{a.basis ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {(report.partnerAccesses ?? []).length === 0 && <Empty>Kein Partner hat auf Daten zugegriffen.</Empty>}
        </div>
      )}
    </div>
  );
}
