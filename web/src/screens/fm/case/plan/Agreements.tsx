import { useRef } from 'react';
import { fetchText } from '../../../../api/client';
import { useResource } from '../../../../api/hooks';
import { Badge, Empty, Loaded } from '../../../../ui/feedback';
import { date, today } from '../../../../ui/format';
import { AGREEMENT_TYPE_LABEL, EXCEPTION_LABEL, label, type AgreementView } from './types';

function status(a: AgreementView, newest: boolean) {
  if (a.type === 'NONE') return <Badge tone="neutral">Ausnahme ohne Vereinbarung</Badge>;
  if (!newest) return <Badge tone="neutral">abgelöst</Badge>;
  if (a.validUntil && a.validUntil < today()) return <Badge tone="danger">abgelaufen – Fortschreibung nötig</Badge>;
  return <Badge tone="ok">gültig</Badge>;
}

/** The agreements of the case, newest first, each with its printable document. */
export function AgreementList({ agreements, selected, onSelect }: {
  agreements: AgreementView[];
  selected?: string;
  onSelect: (id: string) => void;
}) {
  if (agreements.length === 0) return <Empty>Noch keine Vereinbarung abgeschlossen.</Empty>;
  const sorted = [...agreements].sort((a, b) => b.agreedAt.localeCompare(a.agreedAt));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Vereinbarungen des Falls</caption>
        <thead>
          <tr>
            <th scope="col">Art</th>
            <th scope="col">Abgeschlossen am</th>
            <th scope="col">Gültig bis</th>
            <th scope="col">Status</th>
            <th scope="col">Inhalt</th>
            <th scope="col">Abgeschlossen von</th>
            <th scope="col"><span className="visually-hidden">Aktion</span></th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a, i) => (
            <tr key={a.id} aria-current={a.id === selected || undefined}>
              <th scope="row">{label(AGREEMENT_TYPE_LABEL, a.type)}</th>
              <td>{date(a.agreedOn)}</td>
              <td>{date(a.validUntil)}</td>
              <td>{status(a, i === 0)}</td>
              <td>
                {a.type === 'NONE'
                  ? <>{label(EXCEPTION_LABEL, a.exception)}{a.exceptionNote ? `: ${a.exceptionNote}` : ''}</>
                  : <>
                      {(a.jobcenterServices ?? []).length} Leistungen des Jobcenters, {(a.customerObligations ?? []).length} Bemühungen
                      {a.type === 'EINV' && (a.legalConsequenceInstruction ? ' · Rechtsfolgenbelehrung erteilt' : ' · ohne Rechtsfolgenbelehrung')}
                      {a.guardianSignedOn && ` · gesetzliche Vertretung unterschrieb am ${date(a.guardianSignedOn)}`}
                    </>}
              </td>
              <td>{a.agreedBy}</td>
              <td>
                <button type="button" className="button button--small" onClick={() => onSelect(a.id)} aria-pressed={a.id === selected}>
                  Dokument anzeigen<span className="visually-hidden"> ({label(AGREEMENT_TYPE_LABEL, a.type)} vom {date(a.agreedOn)})</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The printable agreement (HTML from planning-service) in a frame, with a print button. */
export function AgreementDocument({ caseId, agreementId }: { caseId: string; agreementId: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const doc = useResource((signal) => fetchText('planning', `/api/cases/${caseId}/agreements/${agreementId}/document`, { accept: 'text/html', signal }),
    [caseId, agreementId]);
  return (
    <Loaded resource={doc} label="Dokument wird geladen …">
      {(html) => (
        <div className="stack">
          <div className="actions">
            <button type="button" className="button" onClick={() => frame.current?.contentWindow?.print()}>Drucken</button>
          </div>
          {/* no scripts in the document; same origin so the print button can reach the frame */}
          <iframe ref={frame} className="doc-frame" title="Vereinbarung zum Ausdrucken" data-testid="agreement-document"
            sandbox="allow-same-origin allow-modals" srcDoc={html} />
        </div>
      )}
    </Loaded>
  );
}
